#include "core/diary/DiaryStore.h"

#include "DiaryTestData.h"
#include "core/diary/DayValidation.h"
#include "tests/TestUtil.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace stilla {
namespace {

using test::fullDay;
using test::rawQuery;
using test::withoutIds;

class DiaryStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = DiaryStore::open(path());
        ASSERT_EQ(opened.problem, DiaryStore::OpenProblem::None) << opened.message.toStdString();
        m_store = std::move(opened.store);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("diary.sqlite")); }
    DayEntry stored(const QDate& date) const
    {
        auto day = m_store->day(date);
        EXPECT_TRUE(day.ok()) << day.errorMessage().toStdString();
        return day.ok() && day->has_value() ? **day : DayEntry {};
    }
    int rows(const QString& table) const
    {
        return rawQuery(path(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DiaryStore> m_store;
    const QDate m_date {2024, 3, 5};
};

TEST_F(DiaryStoreTest, NewDiaryIsPrivateCurrentAndIntact)
{
    EXPECT_EQ(test::modeOf(path()), QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_EQ(rawQuery(path(), QStringLiteral("PRAGMA user_version")).toInt(),
        DiaryStore::kSchemaVersion);
    EXPECT_EQ(
        rawQuery(path(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(m_store->integrityCheck().value(), QStringLiteral("ok"));
    EXPECT_EQ(m_store->path(), QFileInfo(path()).absoluteFilePath());
    EXPECT_EQ(m_store->dayCount().value(), 0);
}

TEST_F(DiaryStoreTest, FullDayRoundTripsExactly)
{
    const DayEntry day = fullDay(m_date);
    auto saved = m_store->save(day);
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    for (const auto& food : saved->foods)
        EXPECT_GT(food.id, 0);
    for (const auto& supplement : saved->supplements)
        EXPECT_GT(supplement.id, 0);
    for (const auto& medication : saved->medications)
        EXPECT_GT(medication.id, 0);
    EXPECT_EQ(withoutIds(*saved), day);

    // Read through a second store, so nothing comes from memory.
    m_store.reset();
    auto reopened = DiaryStore::open(path());
    ASSERT_TRUE(reopened.store);
    const auto loaded = reopened.store->day(m_date);
    ASSERT_TRUE(loaded.ok() && loaded->has_value());
    EXPECT_EQ(**loaded, *saved);
    // Bit for bit, not merely close.
    EXPECT_EQ((**loaded).foods[1].grams, 0.1 + 0.2);
    EXPECT_EQ((**loaded).foods[0].magnesiumMg, 100.0 / 3.0);
    EXPECT_EQ((**loaded).foods[2].grams, std::nextafter(150.0, 200.0));
    EXPECT_EQ((**loaded).totalMagnesiumMg(), day.totalMagnesiumMg());
}

TEST_F(DiaryStoreTest, MinimalDaysRoundTrip)
{
    DayEntry severityOnly;
    severityOnly.date = m_date;
    severityOnly.symptoms.severity = 0;
    DayEntry notesOnly;
    notesOnly.date = m_date.addDays(1);
    notesOnly.notes = QStringLiteral("x");
    DayEntry falseOnly;
    falseOnly.date = m_date.addDays(2);
    falseOnly.remedies.warmBath = false;
    for (const DayEntry& day : {severityOnly, notesOnly, falseOnly}) {
        ASSERT_TRUE(m_store->save(day).ok());
        EXPECT_EQ(stored(day.date), day);
    }
}

TEST_F(DiaryStoreTest, TimesAreKeptToTheMinute)
{
    DayEntry day;
    day.date = m_date;
    day.sleep.timeIntoBed = QTime(23, 59, 59, 999);
    auto saved = m_store->save(day);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->sleep.timeIntoBed, QTime(23, 59));
    EXPECT_EQ(stored(m_date).sleep.timeIntoBed, QTime(23, 59));
    EXPECT_EQ(rawQuery(path(), QStringLiteral("SELECT sleep_into_bed FROM day")).toString(),
        QStringLiteral("23:59"));
    EXPECT_EQ(rawQuery(path(), QStringLiteral("SELECT date FROM day")).toString(),
        QStringLiteral("2024-03-05"));
}

// Times are read with a fast path for the stored form "HH:mm"; every other text must read as
// QTime::fromString(text, "HH:mm") reads it (an older or hand-edited diary), and a time that
// cannot be read is named, not taken as midnight.
TEST_F(DiaryStoreTest, StoredTimesReadAsQtReadsThem)
{
    DayEntry day;
    day.date = m_date;
    day.sleep.timeIntoBed = QTime(22, 0);
    ASSERT_TRUE(m_store->save(day).ok());
    const auto storeText = [this](const QString& text) {
        rawQuery(path(), QStringLiteral("UPDATE day SET sleep_into_bed = '%1'").arg(text));
        EXPECT_EQ(
            rawQuery(path(), QStringLiteral("SELECT sleep_into_bed FROM day")).toString(), text);
    };
    for (const QString& text :
        {QStringLiteral("00:00"), QStringLiteral("07:05"), QStringLiteral("23:59"),
            QStringLiteral("7:05"), QStringLiteral("07:5"), QStringLiteral(" 07:05")}) {
        SCOPED_TRACE(text.toStdString());
        storeText(text);
        const QTime expected = QTime::fromString(text, QStringLiteral("HH:mm"));
        const auto read = m_store->day(m_date);
        ASSERT_EQ(read.ok(), expected.isValid()) << read.errorMessage().toStdString();
        if (expected.isValid()) {
            EXPECT_EQ((*read)->sleep.timeIntoBed, expected);
        }
    }
    for (const QString& text : {QStringLiteral("24:00"), QStringLiteral("12:60"),
             QStringLiteral("ab:cd"), QStringLiteral("12-30"), QStringLiteral("")}) {
        SCOPED_TRACE(text.toStdString());
        storeText(text);
        const auto read = m_store->day(m_date);
        ASSERT_FALSE(read.ok());
        EXPECT_TRUE(read.errorMessage().contains(QStringLiteral("'%1'").arg(text)))
            << read.errorMessage().toStdString();
    }
}

TEST_F(DiaryStoreTest, AnInvalidTimeIsRefused)
{
    DayEntry day = fullDay(m_date);
    day.supplements[0].timeTaken = QTime(25, 0);
    auto saved = m_store->save(day);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.errorMessage().contains(QStringLiteral("supplements[0].time_taken")));
    EXPECT_EQ(m_store->dayCount().value(), 0);
}

TEST_F(DiaryStoreTest, ReplacingADayReplacesItsChildRows)
{
    ASSERT_TRUE(m_store->save(fullDay(m_date)).ok());
    ASSERT_TRUE(m_store->save(fullDay(m_date.addDays(1))).ok());
    DayEntry changed = fullDay(m_date);
    changed.foods.resize(1);
    changed.supplements.clear();
    changed.medications = {{0, QStringLiteral("Other"), MedicationClass::Other, std::nullopt}};
    changed.sleep = {};
    auto saved = m_store->save(changed);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(stored(m_date), *saved);
    EXPECT_EQ(rows(QStringLiteral("food_intake")), 1 + 3);
    EXPECT_EQ(rows(QStringLiteral("supplement_intake")), 0 + 2);
    EXPECT_EQ(rows(QStringLiteral("medication_taken")), 1 + 2);
    EXPECT_EQ(stored(m_date.addDays(1)).foods.size(), 3u);
}

TEST_F(DiaryStoreTest, AValidationErrorRefusesTheSaveAndKeepsThePreviousVersion)
{
    const DayEntry good = *m_store->save(fullDay(m_date));
    const qint64 token = m_store->changeToken().value();
    DayEntry bad = fullDay(m_date);
    bad.symptoms.severity = SymptomRecord::kSeverityMax + 1;
    bad.notes = QStringLiteral("must not be stored");
    auto saved = m_store->save(bad);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.errorMessage().contains(QStringLiteral("2024-03-05")));
    EXPECT_TRUE(saved.errorMessage().contains(QStringLiteral("11")));
    EXPECT_EQ(stored(m_date), good);
    EXPECT_EQ(m_store->changeToken().value(), token);
}

TEST_F(DiaryStoreTest, QuestionsDoNotStopASave)
{
    DayEntry day;
    day.date = m_date;
    day.sleep.awakenings = DayValidation::kQuestionAwakenings + 5;
    ASSERT_FALSE(DayValidation::validate(day).empty());
    EXPECT_TRUE(m_store->save(day).ok());
}

TEST_F(DiaryStoreTest, SavingAnEmptyDayRemovesIt)
{
    ASSERT_TRUE(m_store->save(fullDay(m_date)).ok());
    DayEntry empty;
    empty.date = m_date;
    QSignalSpy removed(&m_store->notifier(), &DiaryNotifier::dayRemoved);
    auto saved = m_store->save(empty);
    ASSERT_TRUE(saved.ok());
    EXPECT_TRUE(saved->isEmpty());
    EXPECT_FALSE(m_store->day(m_date)->has_value());
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(rows(QStringLiteral("food_intake")), 0);
}

TEST_F(DiaryStoreTest, RemoveDeletesTheDayAndItsChildRows)
{
    ASSERT_TRUE(m_store->save(fullDay(m_date)).ok());
    ASSERT_TRUE(m_store->remove(m_date).ok());
    EXPECT_FALSE(m_store->day(m_date)->has_value());
    for (const char* table : {"day", "food_intake", "supplement_intake", "medication_taken"})
        EXPECT_EQ(rows(QLatin1String(table)), 0) << table;
    EXPECT_TRUE(m_store->remove(m_date).ok()); // nothing there: fine
}

TEST_F(DiaryStoreTest, RangeQueries)
{
    EXPECT_FALSE(m_store->firstDate().value().isValid());
    EXPECT_FALSE(m_store->lastDate().value().isValid());
    const QDate dates[] = {{2023, 12, 31}, {2024, 1, 1}, {2024, 1, 15}, {2024, 2, 1}};
    for (auto it = std::rbegin(dates); it != std::rend(dates); ++it)
        ASSERT_TRUE(m_store->save(fullDay(*it)).ok());

    EXPECT_EQ(m_store->firstDate().value(), dates[0]);
    EXPECT_EQ(m_store->lastDate().value(), dates[3]);
    EXPECT_EQ(m_store->dayCount().value(), 4);
    const auto january = m_store->days(QDate(2024, 1, 1), QDate(2024, 1, 31)).value();
    ASSERT_EQ(january.size(), 2u);
    EXPECT_EQ(january[0].date, dates[1]);
    EXPECT_EQ(january[1].date, dates[2]);
    EXPECT_EQ(january[1].foods.size(), 3u);
    EXPECT_EQ(m_store->days(QDate(2024, 1, 15), QDate(2024, 1, 15)).value().size(), 1u);
    EXPECT_EQ(m_store->days({}, QDate(2024, 1, 1)).value().size(), 2u);
    EXPECT_EQ(m_store->days(QDate(2024, 1, 2), {}).value().size(), 2u);
    EXPECT_EQ(m_store->days({}, {}).value().size(), 4u);
    EXPECT_TRUE(m_store->days(QDate(2025, 1, 1), QDate(2025, 2, 1)).value().empty());
    const std::vector<QDate> all(std::begin(dates), std::end(dates));
    EXPECT_EQ(m_store->datesWithEntries({}, {}).value(), all);
    EXPECT_EQ(m_store->datesWithEntries(QDate(2024, 1, 2), QDate(2024, 3, 1)).value(),
        std::vector<QDate>(all.begin() + 2, all.end()));
    EXPECT_FALSE(m_store->day(QDate(2024, 1, 2)).value().has_value());
    EXPECT_FALSE(m_store->day(QDate()).value().has_value());
}

TEST_F(DiaryStoreTest, SaveManyAddsSkipsAndReplaces)
{
    ASSERT_TRUE(m_store->save(test::versionedDay(m_date, 1)).ok());
    const std::vector<DayEntry> incoming = {test::versionedDay(m_date, 2),
        test::versionedDay(m_date.addDays(1), 2), test::versionedDay(m_date.addDays(2), 2)};

    auto skipped = m_store->saveMany(incoming, ConflictPolicy::Skip);
    ASSERT_TRUE(skipped.ok()) << skipped.errorMessage().toStdString();
    EXPECT_EQ(skipped->added, 2);
    EXPECT_EQ(skipped->replaced, 0);
    EXPECT_EQ(skipped->skipped, 1);
    EXPECT_EQ(withoutIds(stored(m_date)), test::versionedDay(m_date, 1));

    auto replaced = m_store->saveMany(incoming, ConflictPolicy::Replace);
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(replaced->added, 0);
    EXPECT_EQ(replaced->replaced, 3);
    for (const DayEntry& day : incoming)
        EXPECT_EQ(withoutIds(stored(day.date)), day);
    EXPECT_EQ(rows(QStringLiteral("food_intake")),
        int(incoming[0].foods.size() + incoming[1].foods.size() + incoming[2].foods.size()));
}

TEST_F(DiaryStoreTest, SaveManyWithFailChangesNothingAndListsTheDates)
{
    ASSERT_TRUE(m_store->save(test::versionedDay(m_date, 1)).ok());
    ASSERT_TRUE(m_store->save(test::versionedDay(m_date.addDays(5), 1)).ok());
    const qint64 token = m_store->changeToken().value();
    std::vector<DayEntry> incoming;
    for (int i = 0; i < 6; ++i)
        incoming.push_back(test::versionedDay(m_date.addDays(i), 2));
    QSignalSpy reset(&m_store->notifier(), &DiaryNotifier::diaryReset);
    auto result = m_store->saveMany(incoming, ConflictPolicy::Fail);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.errorMessage().contains(QStringLiteral("2024-03-05")));
    EXPECT_TRUE(result.errorMessage().contains(QStringLiteral("2024-03-10")));
    EXPECT_EQ(m_store->dayCount().value(), 2);
    EXPECT_EQ(withoutIds(stored(m_date)), test::versionedDay(m_date, 1));
    EXPECT_EQ(m_store->changeToken().value(), token);
    EXPECT_EQ(reset.count(), 0);

    std::vector<DayEntry> fresh = {test::versionedDay(m_date.addDays(1), 3)};
    auto added = m_store->saveMany(fresh, ConflictPolicy::Fail);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->added, 1);
    EXPECT_EQ(reset.count(), 1);
}

TEST_F(DiaryStoreTest, SaveManyRefusesInvalidOrRepeatedDaysWhole)
{
    DayEntry bad = fullDay(m_date.addDays(1));
    bad.sleep.quality = 9;
    auto invalid = m_store->saveMany({fullDay(m_date), bad}, ConflictPolicy::Replace);
    ASSERT_FALSE(invalid.ok());
    EXPECT_TRUE(invalid.errorMessage().contains(QStringLiteral("2024-03-06")));
    auto repeated = m_store->saveMany({fullDay(m_date), fullDay(m_date)}, ConflictPolicy::Replace);
    ASSERT_FALSE(repeated.ok());
    EXPECT_TRUE(repeated.errorMessage().contains(QStringLiteral("2024-03-05")));
    EXPECT_EQ(m_store->dayCount().value(), 0);
}

TEST_F(DiaryStoreTest, NotifierAnnouncesCommittedChanges)
{
    DiaryNotifier& notifier = m_store->notifier();
    QSignalSpy changed(&notifier, &DiaryNotifier::dayChanged);
    QSignalSpy removed(&notifier, &DiaryNotifier::dayRemoved);
    QSignalSpy reset(&notifier, &DiaryNotifier::diaryReset);

    ASSERT_TRUE(m_store->save(fullDay(m_date)).ok());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toDate(), m_date);

    DayEntry bad = fullDay(m_date);
    bad.sleep.latencyMinutes = -1;
    EXPECT_FALSE(m_store->save(bad).ok());
    EXPECT_EQ(changed.count(), 1);

    ASSERT_TRUE(m_store->remove(m_date).ok());
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(0).toDate(), m_date);
    ASSERT_TRUE(m_store->remove(m_date).ok());
    EXPECT_EQ(removed.count(), 1);

    ASSERT_TRUE(m_store->saveMany({fullDay(m_date)}, ConflictPolicy::Fail).ok());
    EXPECT_EQ(reset.count(), 1);
    ASSERT_TRUE(m_store->saveMany({fullDay(m_date)}, ConflictPolicy::Skip).ok());
    EXPECT_EQ(reset.count(), 1); // nothing changed
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(DiaryStoreTest, ChangeTokenChangesWithEveryWrite)
{
    const qint64 first = m_store->changeToken().value();
    ASSERT_TRUE(m_store->save(fullDay(m_date)).ok());
    const qint64 second = m_store->changeToken().value();
    EXPECT_NE(first, second);
    ASSERT_TRUE(m_store->remove(m_date).ok());
    EXPECT_NE(m_store->changeToken().value(), second);
}

TEST_F(DiaryStoreTest, StoresCloseTheirConnectionsWithoutWarnings)
{
    static QStringList warnings;
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type != QtDebugMsg && type != QtInfoMsg)
                warnings << message;
        });
    {
        auto second = DiaryStore::open(m_dir.filePath(QStringLiteral("second.sqlite")));
        ASSERT_TRUE(second.store);
        ASSERT_TRUE(second.store->save(fullDay(m_date)).ok());
        ASSERT_TRUE(m_store->save(fullDay(m_date)).ok());
        EXPECT_EQ(second.store->days({}, {}).value().size(), 1u);
        ASSERT_TRUE(second.store->backupTo(m_dir.filePath(QStringLiteral("b.sqlite"))).ok());
        m_store.reset();
    }
    qInstallMessageHandler(previous);
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(u'\n').toStdString();
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal"))); // checkpointed on close
}

} // namespace
} // namespace stilla
