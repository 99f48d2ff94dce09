// One import plan for the window and the command line: the file is read once, what it would
// change is counted before anything is written, and apply() writes exactly what was chosen.
#include "core/io/ImportPlan.h"

#include "DiaryFixtures.h"
#include "core/diary/DiaryStore.h"
#include "core/io/DiaryIo.h"
#include "tests/TestUtil.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace stilla {
namespace {

class ImportPlanTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
        ASSERT_TRUE(opened.store);
        m_store = std::move(opened.store);
    }
    QString writeFile(const QString& name, const QByteArray& content)
    {
        return test::writeFile(m_dir, name, content);
    }
    DayEntry stored(const QDate& date) { return m_store->day(date).value().value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<DiaryStore> m_store;
};

TEST_F(ImportPlanTest, TellsTheFormatFromTheNameAndCronometerFromItsColumns)
{
    EXPECT_EQ(
        ImportPlan::formatFromName(QStringLiteral("Cronometer")), ImportPlan::Format::Cronometer);
    EXPECT_EQ(ImportPlan::formatFromName(QStringLiteral("CSV")), ImportPlan::Format::Csv);
    EXPECT_EQ(ImportPlan::formatFromName(QStringLiteral("json")), ImportPlan::Format::Json);
    EXPECT_FALSE(ImportPlan::formatFromName(QStringLiteral("xlsx")));

    const QString cronometer
        = writeFile(QStringLiteral("export.csv"), test::readData("cronometer-daily-nutrition.csv"));
    EXPECT_EQ(ImportPlan::read(cronometer)->format(), ImportPlan::Format::Cronometer);
    // Named as Stilla's CSV, it is read as one (and its columns are then wrong).
    const auto asCsv = ImportPlan::read(cronometer, ImportPlan::Format::Csv);
    EXPECT_EQ(asCsv->format(), ImportPlan::Format::Csv);
    EXPECT_FALSE(asCsv->ok());

    const auto unknown = ImportPlan::read(writeFile(QStringLiteral("diary.txt"), "x"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.errorMessage().contains(QStringLiteral("diary.txt")));
    // A file that cannot be read is one problem without a line, and nothing to import.
    const auto missing = ImportPlan::read(m_dir.filePath(QStringLiteral("gone.json")));
    ASSERT_TRUE(missing.ok());
    ASSERT_EQ(missing->problems().size(), 1u);
    EXPECT_EQ(missing->problems().front().line, 0);
    EXPECT_EQ(missing->validCount(), 0);
    EXPECT_FALSE(missing->apply(*m_store, {}).ok());
}

TEST_F(ImportPlanTest, CountsWhatTheDiaryHoldsAndWritesOnlyWhatWasChosen)
{
    DayEntry mine;
    mine.date = QDate(2026, 11, 2);
    mine.symptoms.severity = 7;
    ASSERT_TRUE(m_store->save(mine).ok());
    const QString path = writeFile(QStringLiteral("days.csv"),
        test::kCsvHeader
            + "2026-11-01,,,,,,2,,,,,\n2026-11-02,,,,,,3,,,,,\n2026-11-31,,,,,,3,,,,,\n");

    const auto plan = ImportPlan::read(path);
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->format(), ImportPlan::Format::Csv);
    EXPECT_EQ(plan->fileName(), QStringLiteral("days.csv"));
    EXPECT_FALSE(plan->ok());
    ASSERT_EQ(plan->problems().size(), 1u);
    EXPECT_EQ(plan->problems().front().line, 4);
    EXPECT_EQ(plan->invalidCount(), 1);
    EXPECT_EQ(plan->validCount(), 2);
    EXPECT_EQ(plan->conflictsWith(*m_store)->days, 1);
    EXPECT_EQ(plan->conflictsWith(*m_store)->total(), 1);

    // Problems and no leave to skip them: nothing is written.
    ImportPlan::Choices choices;
    choices.onConflict = ConflictPolicy::Skip;
    const auto refused = plan->apply(*m_store, choices);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("days.csv")));
    EXPECT_EQ(m_store->dayCount().value(), 1);
    // Fail with a day already there: nothing is written either.
    choices.validOnly = true;
    choices.onConflict = ConflictPolicy::Fail;
    EXPECT_FALSE(plan->apply(*m_store, choices).ok());
    EXPECT_EQ(m_store->dayCount().value(), 1);

    choices.onConflict = ConflictPolicy::Skip;
    const auto skipped = plan->apply(*m_store, choices);
    ASSERT_TRUE(skipped.ok()) << skipped.errorMessage().toStdString();
    EXPECT_EQ(skipped->counts.added, 1);
    EXPECT_EQ(skipped->counts.skipped, 1);
    EXPECT_EQ(stored(mine.date).symptoms.severity, 7);

    choices.onConflict = ConflictPolicy::Replace;
    const auto replaced = plan->apply(*m_store, choices);
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(replaced->counts.replaced, 2);
    EXPECT_EQ(stored(mine.date).symptoms.severity, 3);
}

TEST_F(ImportPlanTest, ACsvThatWouldFlattenADaysFoodsSaysSoAndKeepsThemUnlessTold)
{
    DayEntry day;
    day.date = QDate(2026, 11, 2);
    day.foods.push_back(
        {0, QStringLiteral("slv"), QStringLiteral("1"), QStringLiteral("Oats"), 60, 80});
    day.foods.push_back(
        {0, QStringLiteral("slv"), QStringLiteral("2"), QStringLiteral("Pumpkin seeds"), 20, 110});
    ASSERT_TRUE(m_store->save(day).ok());
    const auto plan = ImportPlan::read(
        writeFile(QStringLiteral("days.csv"), test::kCsvHeader + "2026-11-02,,,,,,,250,,,,\n"));
    ASSERT_TRUE(plan.ok());
    const auto losses = plan->detailLosses(*m_store);
    ASSERT_TRUE(losses.ok());
    ASSERT_EQ(losses->size(), 1u);
    EXPECT_EQ(losses->front().date, day.date);
    EXPECT_EQ(losses->front().foodLines, 2);

    ImportPlan::Choices keep;
    keep.onConflict = ConflictPolicy::Replace;
    const auto kept = plan->apply(*m_store, keep);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->detailKept, *losses);
    EXPECT_EQ(stored(day.date).foods.size(), 2u);

    ImportPlan::Choices flatten = keep;
    flatten.csvDetail = CsvDetail::Replace;
    const auto flattened = plan->apply(*m_store, flatten);
    ASSERT_TRUE(flattened.ok());
    EXPECT_TRUE(flattened->detailKept.empty());
    ASSERT_EQ(stored(day.date).foods.size(), 1u);
    EXPECT_DOUBLE_EQ(stored(day.date).foodMagnesiumMg(), 250);
}

TEST_F(ImportPlanTest, CronometerTakesTheDaysNotCompletedOnlyWhenAsked)
{
    auto plan = ImportPlan::read(
        writeFile(QStringLiteral("export.csv"), test::readData("cronometer-daily-nutrition.csv")));
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->ok());
    EXPECT_EQ(plan->validCount(), 3);
    EXPECT_EQ(plan->notCompleted(), std::vector<QDate> {QDate(2026, 11, 3)});
    EXPECT_EQ(plan->conflictsWith(*m_store)->total(), 0) << "only its own line is ever set";
    EXPECT_TRUE(plan->detailLosses(*m_store)->empty());
    plan.value().includeNotCompleted();
    EXPECT_EQ(plan->validCount(), 4);

    const auto applied = plan->apply(*m_store, {});
    ASSERT_TRUE(applied.ok()) << applied.errorMessage().toStdString();
    EXPECT_EQ(applied->days, 4);
    EXPECT_EQ(applied->counts.added, 4);
    EXPECT_FALSE(applied->leftOut.isEmpty()) << "the day without magnesium and the caffeine";
    EXPECT_EQ(stored(QDate(2026, 11, 1)).foods.front().name, QStringLiteral("Cronometer"));
}

TEST_F(ImportPlanTest, AJsonFileCountsItsLabResultsAndExperimentsToo)
{
    DayEntry day;
    day.date = QDate(2024, 3, 5);
    day.symptoms.severity = 2; // (an empty day is not stored)
    ASSERT_TRUE(m_store->save(day).ok());
    LabResult lab;
    lab.date = QDate(2024, 3, 1);
    lab.ferritin = 40;
    ASSERT_TRUE(m_store->labs().save(lab).ok());
    std::vector<LabResult> labs {lab};
    labs.front().ferritin = 55;
    const QString path = writeFile(QStringLiteral("diary.json"),
        DiaryIo::serialize(DiaryFormat::Json, test::sampleDays(), labs));
    const auto plan = ImportPlan::read(path);
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->ok());
    const auto conflicts = plan->conflictsWith(*m_store);
    ASSERT_TRUE(conflicts.ok());
    EXPECT_EQ(conflicts->days, 1);
    EXPECT_EQ(conflicts->labs, 1);
    EXPECT_EQ(conflicts->experiments, 0);

    ImportPlan::Choices choices;
    choices.onConflict = ConflictPolicy::Skip;
    const auto applied = plan->apply(*m_store, choices);
    ASSERT_TRUE(applied.ok());
    EXPECT_EQ(applied->counts.labsSkipped, 1);
    EXPECT_EQ(m_store->labs().result(lab.date).value()->ferritin, 40);
}

/// Everything the diary holds, row ids left out (a day put back gets new ones).
struct Everything
{
    std::vector<DayEntry> days;
    std::vector<LabResult> labs;
    std::vector<ExperimentPlan> experiments;
    bool operator==(const Everything&) const = default;
};

TEST_F(ImportPlanTest, AnImportPutBackLeavesTheDiaryAsItWasAndKeepsWhatCameAfter)
{
    DayEntry day;
    day.date = QDate(2024, 3, 5);
    day.symptoms.severity = 2;
    ASSERT_TRUE(m_store->save(day).ok());
    LabResult lab;
    lab.date = QDate(2024, 3, 1);
    lab.ferritin = 40;
    ASSERT_TRUE(m_store->labs().save(lab).ok());
    ExperimentPlan experiment;
    experiment.start = QDate(2024, 4, 1);
    experiment.doseMg = 200;
    ASSERT_TRUE(m_store->experiments().save(experiment).ok());
    auto everything = [&] {
        Everything all {m_store->days({}, {}).value(), m_store->labs().results({}, {}).value(),
            m_store->experiments().all().value()};
        for (DayEntry& stored : all.days)
            stored = stored.withoutRowIds();
        return all;
    };
    const Everything before = everything();

    // The file replaces the day, the lab result and the experiment, and adds days.
    std::vector<LabResult> labs {lab};
    labs.front().ferritin = 55;
    ExperimentPlan changed = experiment;
    changed.id = 0;
    changed.doseMg = 300;
    const QString path = writeFile(QStringLiteral("diary.json"),
        DiaryIo::serialize(DiaryFormat::Json, test::sampleDays(), labs, {changed}));
    const auto plan = ImportPlan::read(path);
    ASSERT_TRUE(plan.ok() && plan->ok());
    const auto snapshot = plan->snapshotOf(*m_store);
    ASSERT_TRUE(snapshot.ok()) << snapshot.errorMessage().toStdString();
    EXPECT_EQ(snapshot->days.size(), 1u);
    EXPECT_EQ(snapshot->labs.size(), 1u);
    EXPECT_EQ(snapshot->experiments.size(), 1u);
    ImportPlan::Choices choices;
    choices.onConflict = ConflictPolicy::Replace;
    ASSERT_TRUE(plan->apply(*m_store, choices).ok());
    ASSERT_NE(everything(), before);
    EXPECT_EQ(m_store->experiments().all().value().front().doseMg, 300);

    // A day written after the import, on a date the file does not have, stays.
    DayEntry later;
    later.date = QDate(2024, 6, 1);
    later.symptoms.severity = 5;
    ASSERT_TRUE(m_store->save(later).ok());
    QSignalSpy reset(&m_store->notifier(), &DiaryNotifier::diaryReset);
    const Status putBack = m_store->putBack(*snapshot);
    ASSERT_TRUE(putBack.ok()) << putBack.errorMessage().toStdString();
    EXPECT_EQ(reset.count(), 1);
    Everything expected = before;
    expected.days.push_back(later);
    EXPECT_EQ(everything(), expected);
    EXPECT_EQ(m_store->experiments().all().value().front().id, experiment.id) << "its own number";
}

} // namespace
} // namespace stilla
