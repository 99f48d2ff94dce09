// Each migration step on its own, from a committed fixture of the version before it: what it
// adds, and that every row already there is kept as it was. (The whole chain, the nights moved
// by version 3 and failed or newer schemas: DiaryMigrationTest.)
#include "DiaryFixtures.h"
#include "DiaryTestData.h"
#include "core/diary/DiaryStore.h"
#include "tests/TestUtil.h"

#include <QFile>
#include <QTemporaryDir>

namespace stilla {
namespace {

using test::rowsOf;

const QString kFixtures = QStringLiteral(STILLA_SOURCE_DIR "/tests/data/schema");

class DiaryMigrationStepTest : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
};

/// The rows every migration from version 3 on must keep as they were, as queries (the columns a
/// medicine had before version 5; the lab results from version 4, with their columns before
/// version 7).
QStringList tablesKeptByMigration(bool withLabResults)
{
    QStringList tables {QStringLiteral("SELECT * FROM day ORDER BY date"),
        QStringLiteral("SELECT * FROM food_intake ORDER BY id"),
        QStringLiteral("SELECT * FROM supplement_intake ORDER BY id"),
        QStringLiteral("SELECT id, day_date, position, name, medication_class FROM "
                       "medication_taken ORDER BY id")};
    if (withLabResults)
        tables << QStringLiteral("SELECT date, ferritin_ug_l, transferrin_saturation_pct, "
                                 "haemoglobin_g_l, serum_magnesium_mmol_l FROM lab_result "
                                 "ORDER BY date");
    tables << QStringLiteral("SELECT * FROM custom_food ORDER BY id")
           << QStringLiteral("SELECT * FROM favourite_food ORDER BY source, food_id");
    return tables;
}

TEST_F(DiaryMigrationStepTest, Version3GainsAnEmptyLabTableAndKeepsEveryRow)
{
    const QString copy = m_dir.filePath(QStringLiteral("v3.sqlite"));
    ASSERT_TRUE(QFile::copy(kFixtures + QStringLiteral("/diary-v3.sqlite"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QStringList tables = tablesKeptByMigration(false);
    std::vector<std::vector<QStringList>> before;
    for (const QString& sql : tables)
        before.push_back(rowsOf(copy, sql));
    ASSERT_FALSE(before[0].empty());

    auto opened = DiaryStore::open(copy);
    ASSERT_TRUE(opened.store) << opened.message.toStdString();
    for (qsizetype i = 0; i < tables.size(); ++i)
        EXPECT_EQ(rowsOf(copy, tables[i]), before[std::size_t(i)]) << tables[i].toStdString();
    EXPECT_TRUE(opened.store->labs().results().value().empty());
    LabResult result;
    result.date = QDate(2024, 3, 1);
    result.ferritin = 41;
    ASSERT_TRUE(opened.store->labs().save(result).ok());
    EXPECT_EQ(opened.store->labs().results().value(), std::vector<LabResult> {result});
}

TEST_F(DiaryMigrationStepTest, Version4GainsMedicationTimesAndKeepsEveryRow)
{
    const QString copy = m_dir.filePath(QStringLiteral("v4.sqlite"));
    ASSERT_TRUE(QFile::copy(kFixtures + QStringLiteral("/diary-v4.sqlite"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QStringList tables = tablesKeptByMigration(true);
    std::vector<std::vector<QStringList>> before;
    for (const QString& sql : tables)
        before.push_back(rowsOf(copy, sql));
    ASSERT_FALSE(before[3].empty()) << "the fixture should hold a medication";
    ASSERT_FALSE(before[4].empty()) << "the fixture should hold a lab result";

    auto opened = DiaryStore::open(copy);
    ASSERT_TRUE(opened.store) << opened.message.toStdString();
    for (qsizetype i = 0; i < tables.size(); ++i)
        EXPECT_EQ(rowsOf(copy, tables[i]), before[std::size_t(i)]) << tables[i].toStdString();
    // Every existing medication has no time; a new one keeps the time it is given.
    for (const QStringList& row :
        rowsOf(copy, QStringLiteral("SELECT time_taken IS NULL FROM medication_taken")))
        EXPECT_EQ(row, QStringList {QStringLiteral("1")});
    const QString date = before[3].front().at(1);
    DayEntry day = opened.store->day(QDate::fromString(date, Qt::ISODate)).value().value();
    ASSERT_FALSE(day.medications.empty());
    EXPECT_EQ(day.medications.front().timeTaken, std::nullopt);
    day.medications.front().timeTaken = QTime(21, 30);
    ASSERT_TRUE(opened.store->save(day).ok());
    EXPECT_EQ(opened.store->day(day.date).value()->medications.front().timeTaken, QTime(21, 30));
}

TEST_F(DiaryMigrationStepTest, Version5GainsExperimentsAndKeepsEveryRow)
{
    const QString copy = m_dir.filePath(QStringLiteral("v5.sqlite"));
    ASSERT_TRUE(QFile::copy(kFixtures + QStringLiteral("/diary-v5.sqlite"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList tables = tablesKeptByMigration(true);
    tables << QStringLiteral("SELECT * FROM medication_taken ORDER BY id");
    std::vector<std::vector<QStringList>> before;
    for (const QString& sql : tables)
        before.push_back(rowsOf(copy, sql));
    ASSERT_FALSE(before[4].empty()) << "the fixture should hold a lab result";
    ASSERT_TRUE(before.back().front().contains(QStringLiteral("21:30")))
        << "the fixture should hold a medicine's time";

    auto opened = DiaryStore::open(copy);
    ASSERT_TRUE(opened.store) << opened.message.toStdString();
    for (qsizetype i = 0; i < tables.size(); ++i)
        EXPECT_EQ(rowsOf(copy, tables[i]), before[std::size_t(i)]) << tables[i].toStdString();
    EXPECT_TRUE(opened.store->experiments().all().value().empty());
    ExperimentPlan plan;
    plan.start = QDate(2024, 4, 1);
    plan.doseMg = 200;
    ASSERT_TRUE(opened.store->experiments().save(plan).ok());
    EXPECT_EQ(opened.store->experiments().all().value(), std::vector<ExperimentPlan> {plan});
}

TEST_F(DiaryMigrationStepTest, Version6KeepsItsLabResultsAndGainsAnEmptyEgfr)
{
    const QString copy = m_dir.filePath(QStringLiteral("v6.sqlite"));
    ASSERT_TRUE(QFile::copy(kFixtures + QStringLiteral("/diary-v6.sqlite"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList tables = tablesKeptByMigration(true);
    tables << QStringLiteral("SELECT * FROM medication_taken ORDER BY id")
           << QStringLiteral("SELECT * FROM experiment ORDER BY id")
           << QStringLiteral("SELECT * FROM experiment_pause ORDER BY experiment_id, paused_from");
    std::vector<std::vector<QStringList>> before;
    for (const QString& sql : tables)
        before.push_back(rowsOf(copy, sql));
    ASSERT_EQ(before[4].size(), 1u) << "the fixture should hold a lab result";
    ASSERT_FALSE(before[before.size() - 2].empty()) << "the fixture should hold an experiment";
    ASSERT_FALSE(before.back().empty()) << "the fixture should hold a pause";

    auto opened = DiaryStore::open(copy);
    ASSERT_TRUE(opened.store) << opened.message.toStdString();
    for (qsizetype i = 0; i < tables.size(); ++i)
        EXPECT_EQ(rowsOf(copy, tables[i]), before[std::size_t(i)]) << tables[i].toStdString();
    // The fixture's result reads as it was typed, with no eGFR.
    const std::vector<LabResult> results = opened.store->labs().results().value();
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].date, QDate(2024, 2, 20));
    EXPECT_EQ(results[0].ferritin, 41);
    EXPECT_EQ(results[0].transferrinSaturation, 18.5);
    EXPECT_EQ(results[0].egfr, std::nullopt);
    // A result that holds only an eGFR is kept (the table's check takes it), and one added to
    // the old date keeps the values beside it.
    LabResult kidney;
    kidney.date = QDate(2024, 3, 1);
    kidney.egfr = 52;
    ASSERT_TRUE(opened.store->labs().save(kidney).ok());
    LabResult both = results[0];
    both.egfr = 88;
    ASSERT_TRUE(opened.store->labs().save(both).ok());
    EXPECT_EQ(opened.store->labs().results().value(), (std::vector<LabResult> {both, kidney}));
    EXPECT_EQ(opened.store->integrityCheck().value(), QStringLiteral("ok"));
}

TEST_F(DiaryMigrationStepTest, Version1DaysSurviveTheFoodTablesMigration)
{
    // diary-v1.sqlite: tests/data/io/diary-v1.json imported by stilla-cli at schema version 1.
    const QString copy = m_dir.filePath(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(kFixtures + QStringLiteral("/diary-v1.sqlite"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = DiaryStore::open(copy);
    ASSERT_TRUE(opened.store) << opened.message.toStdString();
    const auto days = opened.store->days(QDate(), QDate());
    ASSERT_TRUE(days.ok());
    // Schema version 3 moved each night to the morning it ended on.
    const std::vector<DayEntry> expected = test::sampleDaysWithNightsMoved();
    ASSERT_EQ(days->size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(test::withoutIds(days->at(i)), expected[i]) << i;
    // The new tables are there, empty, and work.
    EXPECT_TRUE(opened.store->foods().custom()->empty());
    EXPECT_TRUE(opened.store->foods().favourites()->isEmpty());
    EXPECT_EQ(opened.store->foods().recent(5).value(),
        (std::vector<QString> {QStringLiteral("custom:c-1"), QStringLiteral("slv:1234")}));
    CustomFood food;
    food.name = QStringLiteral("Oat porridge");
    food.magnesiumPer100g = 27;
    food.created = QDateTime(QDate(2026, 11, 20), QTime(18, 0));
    EXPECT_TRUE(opened.store->foods().saveCustom(food).ok());
    EXPECT_TRUE(opened.store->foods()
                    .setFavourite(QStringLiteral("usda"), QStringLiteral("11457"), true)
                    .ok());
    EXPECT_EQ(opened.store->integrityCheck().value(), QStringLiteral("ok"));
}

} // namespace
} // namespace stilla
