// Cronometer's "Daily Nutrition" export: each completed day's Magnesium (mg) becomes that day's
// Cronometer food line, replacing an earlier one and never the person's own food lines.
// tests/data/io/cronometer-daily-nutrition.csv has the columns the issue describes (Date, the
// nutrients in Cronometer's wording, Completed) with made-up values.
#include "core/io/CronometerCsv.h"

#include "DiaryFixtures.h"
#include "core/diary/DiaryStore.h"
#include "core/io/DiaryIo.h"
#include "tests/TestUtil.h"

#include <QTemporaryDir>

namespace stilla {
namespace {

TEST(CronometerCsvTest, TakesTheMagnesiumOfCompletedDaysAndSaysWhatItLeftOut)
{
    const QByteArray data = test::readData("cronometer-daily-nutrition.csv");
    ASSERT_TRUE(CronometerCsv::looksLike(data));
    EXPECT_FALSE(CronometerCsv::looksLike(test::readData("diary.csv"))) << "Stilla's own CSV";
    const CronometerCsv::Report report = CronometerCsv::read(data);
    ASSERT_TRUE(report.ok()) << report.problems.front().message.toStdString();
    ASSERT_EQ(report.days.size(), 3u);
    EXPECT_EQ(report.days[0].date, QDate(2026, 11, 1));
    EXPECT_DOUBLE_EQ(report.days[0].magnesiumMg, 312.45);
    EXPECT_EQ(report.days[0].caffeineMg, 95);
    EXPECT_EQ(report.days[0].line, 2);
    EXPECT_EQ(report.notCompleted, std::vector<QDate> {QDate(2026, 11, 3)});
    EXPECT_EQ(report.withoutMagnesium, std::vector<QDate> {QDate(2026, 11, 4)});
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString leftOut = CronometerCsv::describeLeftOut(report);
    QLocale::setDefault(previous);
    EXPECT_TRUE(leftOut.contains(QStringLiteral("1 day(s) not marked Completed")))
        << leftOut.toStdString();
    // (95 + 190 + 95) / 3 = 126.7: shown, never turned into servings.
    EXPECT_TRUE(leftOut.contains(QStringLiteral("127\u00A0mg a day on average over 3 day(s)")))
        << leftOut.toStdString();
    // Asked for, the day not completed is taken too.
    EXPECT_EQ(CronometerCsv::read(data, true).days.size(), 4u);
}

TEST(CronometerCsvTest, RefusesAFileWithoutMagnesiumAndNamesBadCells)
{
    const CronometerCsv::Report none = CronometerCsv::read(
        "Date,Energy (kcal),Caffeine (mg),Completed\n2026-11-01,1800,95,true\n");
    ASSERT_EQ(none.problems.size(), 1u);
    EXPECT_TRUE(none.problems.front().message.contains(QStringLiteral("no \"Magnesium (mg)\"")))
        << none.problems.front().message.toStdString();
    EXPECT_TRUE(none.days.empty());

    const CronometerCsv::Report bad = CronometerCsv::read("Completed,Magnesium (mg),Date\n"
                                                          "true,300,2026-11-01\n"
                                                          "true,3 00,2026-11-02\n"
                                                          "true,20000,2026-11-03\n"
                                                          "true,200,2026-13-01\n"
                                                          "true,250,2026-11-01\n");
    ASSERT_EQ(bad.days.size(), 1u) << "the columns may come in any order";
    QStringList where;
    for (const ImportProblem& problem : bad.problems)
        where << QStringLiteral("%1 %2").arg(problem.line).arg(problem.field);
    EXPECT_EQ(where,
        QStringList({QStringLiteral("3 Magnesium (mg)"), QStringLiteral("4 Magnesium (mg)"),
            QStringLiteral("5 Date"), QStringLiteral("6 Date")}));
}

TEST(CronometerCsvTest, ReplacesOnlyTheCronometerLineOfADay)
{
    QTemporaryDir dir;
    auto opened = DiaryStore::open(dir.filePath(QStringLiteral("diary.sqlite")));
    ASSERT_TRUE(opened.store);
    DiaryStore& store = *opened.store;
    DayEntry mine;
    mine.date = QDate(2026, 11, 1);
    mine.symptoms.severity = 5;
    mine.foods
        = {{0, QStringLiteral("custom"), QStringLiteral("1"), QStringLiteral("Oats"), 40, 54}};
    mine.supplements = {{0, SupplementForm::Citrate, 200, QTime(21, 0), Route::Oral}};
    ASSERT_TRUE(store.save(mine).ok());

    const auto import = [&store](const QByteArray& data) {
        const auto days = DiaryIo::mergeCronometer(store, CronometerCsv::read(data));
        ASSERT_TRUE(days.ok());
        ASSERT_TRUE(store.saveMany(days.value(), ConflictPolicy::Replace).ok());
    };
    import(test::readData("cronometer-daily-nutrition.csv"));
    DayEntry day = store.day(mine.date).value().value();
    ASSERT_EQ(day.foods.size(), 2u);
    EXPECT_EQ(day.foods[0].name, QStringLiteral("Oats"));
    EXPECT_EQ(day.foods[1].name, QStringLiteral("Cronometer"));
    EXPECT_EQ(day.foods[1].source, QStringLiteral("import"));
    EXPECT_DOUBLE_EQ(day.foods[1].magnesiumMg, 312.45);
    ASSERT_EQ(day.supplements.size(), 1u);
    EXPECT_EQ(day.supplements.front().timeTaken, QTime(21, 0));
    EXPECT_EQ(day.symptoms.severity, 5);
    EXPECT_TRUE(store.day(QDate(2026, 11, 2)).value().has_value()) << "a new day";
    EXPECT_FALSE(store.day(QDate(2026, 11, 3)).value().has_value()) << "not completed";

    // A new export of the same day replaces the Cronometer line, not the oats.
    import("Date,Magnesium (mg),Completed\n2026-11-01,400,true\n");
    day = store.day(mine.date).value().value();
    ASSERT_EQ(day.foods.size(), 2u);
    EXPECT_EQ(day.foods[0].name, QStringLiteral("Oats"));
    EXPECT_DOUBLE_EQ(day.foods[1].magnesiumMg, 400);
}

} // namespace
} // namespace stilla
