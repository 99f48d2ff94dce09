// Every older schema, from a committed fixture, migrates to the current one.
#include "DiaryFixtures.h"
#include "DiaryTestData.h"
#include "core/diary/DiaryStore.h"
#include "tests/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <map>
#include <set>

namespace stilla {
namespace {

using test::rowsOf;
using test::schemaOf;

const QString kFixtures = QStringLiteral(STILLA_SOURCE_DIR "/tests/data/schema");

/// The day table of a diary at schema version 1 or 2 as it must read after the move to
/// version 3, worked out here on its own: each night one day later (a row added for a morning
/// that had none), and a row that then holds nothing is gone.
std::map<QString, QStringList> dayRowsWithNightsMoved(const QString& path)
{
    QStringList columns;
    const auto rows = rowsOf(path, QStringLiteral("SELECT * FROM day ORDER BY date"), &columns);
    std::vector<int> sleep;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].startsWith(QLatin1String("sleep_"))
            && columns[i] != QLatin1String("sleep_routine_kept"))
            sleep.push_back(i);
    }
    EXPECT_EQ(sleep.size(), 8u);
    const int dateColumn = int(columns.indexOf(QStringLiteral("date")));
    const auto hasNight = [&sleep](const QStringList& row) {
        return std::any_of(
            sleep.begin(), sleep.end(), [&row](int i) { return row[i] != QLatin1String("NULL"); });
    };
    // A row as a new day has it: NULL, or the column's default.
    QStringList empty;
    for (const QString& column : columns) {
        const bool zero = column == QLatin1String("side_effects")
            || column == QLatin1String("symptom_urge_to_move")
            || column == QLatin1String("symptom_pain")
            || column == QLatin1String("symptom_throbbing")
            || column == QLatin1String("symptom_other_unpleasant");
        empty << (column == QLatin1String("notes") ? QString()
                : zero                             ? QStringLiteral("0")
                                                   : QStringLiteral("NULL"));
    }
    const QSet<QString> withChildren = [&] {
        QSet<QString> dates;
        for (const char* table : {"food_intake", "supplement_intake", "medication_taken"}) {
            for (const QStringList& row :
                rowsOf(path, QStringLiteral("SELECT day_date FROM %1").arg(QLatin1String(table))))
                dates.insert(row[0]);
        }
        return dates;
    }();

    std::map<QString, QStringList> expected;
    for (const QStringList& row : rows)
        expected[row[dateColumn]] = row;
    std::set<QString> evenings;
    std::set<QString> mornings;
    for (const QStringList& row : rows) {
        if (!hasNight(row) || row[dateColumn] == QLatin1String("9999-12-31"))
            continue;
        evenings.insert(row[dateColumn]);
        const QString morning
            = QDate::fromString(row[dateColumn], Qt::ISODate).addDays(1).toString(Qt::ISODate);
        mornings.insert(morning);
        if (!expected.contains(morning)) {
            expected[morning] = empty;
            expected[morning][dateColumn] = morning;
        }
    }
    // Clear every evening's night, then give each morning the night before it.
    for (const QString& evening : evenings) {
        for (int i : sleep)
            expected[evening][i] = QStringLiteral("NULL");
    }
    for (const QStringList& row : rows) {
        if (!evenings.contains(row[dateColumn]))
            continue;
        const QString morning
            = QDate::fromString(row[dateColumn], Qt::ISODate).addDays(1).toString(Qt::ISODate);
        for (int i : sleep)
            expected[morning][i] = row[i];
    }
    for (const QString& evening : evenings) {
        QStringList blank = empty;
        blank[dateColumn] = evening;
        if (!mornings.contains(evening) && expected[evening] == blank
            && !withChildren.contains(evening))
            expected.erase(evening);
    }
    return expected;
}

class DiaryMigrationTest : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
};

TEST_F(DiaryMigrationTest, ThereIsAFixtureForEveryEarlierVersion)
{
    for (int version = 0; version < DiaryStore::kSchemaVersion; ++version) {
        const QString fixture = kFixtures + QStringLiteral("/diary-v%1.sqlite").arg(version);
        ASSERT_TRUE(QFile::exists(fixture)) << fixture.toStdString();
        EXPECT_EQ(test::rawQuery(fixture, QStringLiteral("PRAGMA user_version")).toInt(), version);
    }
}

TEST_F(DiaryMigrationTest, EveryEarlierVersionMigratesToTheCurrentSchema)
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    ASSERT_TRUE(DiaryStore::open(fresh).store);
    const QStringList currentSchema = schemaOf(fresh);
    ASSERT_FALSE(currentSchema.isEmpty());

    for (int version = 0; version < DiaryStore::kSchemaVersion; ++version) {
        SCOPED_TRACE(version);
        const QString copy = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        ASSERT_TRUE(
            QFile::copy(kFixtures + QStringLiteral("/diary-v%1.sqlite").arg(version), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const int foodRows = version == 0
            ? 0
            : test::rawQuery(copy, QStringLiteral("SELECT count(*) FROM food_intake")).toInt();
        {
            auto opened = DiaryStore::open(copy);
            ASSERT_TRUE(opened.store) << opened.message.toStdString();
            // The migrated diary works: a full day round-trips and cascades.
            auto saved = opened.store->save(test::fullDay(QDate(2024, 2, 29)));
            ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
            EXPECT_EQ(opened.store->day(QDate(2024, 2, 29)).value(), *saved);
            ASSERT_TRUE(opened.store->remove(QDate(2024, 2, 29)).ok());
            EXPECT_EQ(opened.store->integrityCheck().value(), QStringLiteral("ok"));
        }
        EXPECT_EQ(test::rawQuery(copy, QStringLiteral("PRAGMA user_version")).toInt(),
            DiaryStore::kSchemaVersion);
        EXPECT_EQ(test::rawQuery(copy, QStringLiteral("SELECT count(*) FROM food_intake")).toInt(),
            foodRows);
        EXPECT_EQ(schemaOf(copy), currentSchema);
        // Opening again runs nothing more and changes nothing.
        const QByteArray before = test::fileHash(copy);
        ASSERT_TRUE(DiaryStore::open(copy).store);
        EXPECT_EQ(test::fileHash(copy), before);
    }
}

TEST_F(DiaryMigrationTest, EveryFixtureHasItsNightsMovedToTheMorningAfter)
{
    // Up to schema version 2 a day held the night that began on its evening; from version 3
    // the night that ended on its morning. Every other value, row and table stays as it was.
    const QStringList untouched {QStringLiteral("SELECT * FROM food_intake ORDER BY id"),
        QStringLiteral("SELECT * FROM supplement_intake ORDER BY id"),
        QStringLiteral("SELECT id, day_date, position, name, medication_class FROM "
                       "medication_taken ORDER BY id")};
    int nightsMoved = 0;
    constexpr int kNightsOnTheirMorning = 3; // the schema version that moved them
    for (int version = 0; version < kNightsOnTheirMorning; ++version) {
        SCOPED_TRACE(version);
        const QString copy = m_dir.filePath(QStringLiteral("nights-v%1.sqlite").arg(version));
        ASSERT_TRUE(
            QFile::copy(kFixtures + QStringLiteral("/diary-v%1.sqlite").arg(version), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const bool hasDays = version >= 1;
        const bool hasFoodTables = version >= 2;
        std::map<QString, QStringList> expected;
        std::vector<std::vector<QStringList>> before;
        if (hasDays) {
            expected = dayRowsWithNightsMoved(copy);
            for (const QString& sql : untouched)
                before.push_back(rowsOf(copy, sql));
            nightsMoved += test::rawQuery(copy,
                QStringLiteral(
                    "SELECT count(*) FROM day WHERE sleep_quality IS NOT NULL "
                    "OR sleep_into_bed IS NOT NULL OR sleep_final_awakening IS NOT NULL"))
                               .toInt();
        }
        const auto customFoods = hasFoodTables
            ? rowsOf(copy, QStringLiteral("SELECT * FROM custom_food ORDER BY id"))
            : std::vector<QStringList> {};
        const auto favourites = hasFoodTables
            ? rowsOf(copy, QStringLiteral("SELECT * FROM favourite_food ORDER BY source, food_id"))
            : std::vector<QStringList> {};

        ASSERT_TRUE(DiaryStore::open(copy).store);

        const auto after = rowsOf(copy, QStringLiteral("SELECT * FROM day ORDER BY date"));
        ASSERT_EQ(after.size(), expected.size());
        auto wanted = expected.begin();
        for (const QStringList& row : after) {
            EXPECT_EQ(row, wanted->second) << wanted->first.toStdString();
            ++wanted;
        }
        if (hasDays) {
            for (qsizetype i = 0; i < untouched.size(); ++i)
                EXPECT_EQ(rowsOf(copy, untouched[i]), before[std::size_t(i)])
                    << untouched[i].toStdString();
        }
        if (hasFoodTables) {
            EXPECT_EQ(
                rowsOf(copy, QStringLiteral("SELECT * FROM custom_food ORDER BY id")), customFoods);
            EXPECT_EQ(rowsOf(copy,
                          QStringLiteral("SELECT * FROM favourite_food ORDER BY source, food_id")),
                favourites);
        }
    }
    EXPECT_GT(nightsMoved, 5) << "the fixtures should hold nights to move";
}

TEST_F(DiaryMigrationTest, Version2NightsLandOnTheMorningTheyEnded)
{
    // diary-v2.sqlite: diary-v1.json and diary-v2-extra.json imported at schema version 2,
    // when each night was on the evening it began (tests/data/schema/README.md).
    const QString copy = m_dir.filePath(QStringLiteral("v2.sqlite"));
    ASSERT_TRUE(QFile::copy(kFixtures + QStringLiteral("/diary-v2.sqlite"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray tokenBefore
        = test::rawQuery(copy, QStringLiteral("SELECT change_token FROM diary_state"))
              .toByteArray();
    auto opened = DiaryStore::open(copy);
    ASSERT_TRUE(opened.store) << opened.message.toStdString();
    const auto stored = opened.store->days(QDate(), QDate());
    ASSERT_TRUE(stored.ok());
    std::map<QDate, DayEntry> days;
    for (const DayEntry& day : *stored)
        days[day.date] = test::withoutIds(day);
    const auto day = [&days](int month, int dayOfMonth) {
        const auto found = days.find(QDate(2024, month, dayOfMonth));
        EXPECT_NE(found, days.end()) << month << "-" << dayOfMonth;
        return found == days.end() ? DayEntry {} : found->second;
    };
    std::vector<QDate> dates;
    for (const auto& [date, entry] : days)
        dates.push_back(date);
    EXPECT_EQ(dates,
        (std::vector<QDate> {QDate(2024, 2, 28), QDate(2024, 2, 29), QDate(2024, 3, 4),
            QDate(2024, 3, 5), QDate(2024, 3, 6), QDate(2024, 3, 11), QDate(2024, 3, 12),
            QDate(2024, 3, 13), QDate(2024, 3, 14)}));

    // The 28th keeps its supplement; its night is now on the leap day, a new day.
    EXPECT_TRUE(day(2, 28).sleep.isEmpty());
    ASSERT_EQ(day(2, 28).supplements.size(), 1u);
    EXPECT_EQ(day(2, 28).supplements[0].elementalMg, 150);
    EXPECT_EQ(day(2, 29).sleep.timeIntoBed, QTime(23, 5));
    EXPECT_EQ(day(2, 29).sleep.finalAwakening, QTime(6, 50));
    EXPECT_EQ(day(2, 29).sleep.quality, 2);
    EXPECT_TRUE(day(2, 29).supplements.empty());
    // The sample days, each night one day later.
    const std::vector<DayEntry> sample = test::sampleDaysWithNightsMoved();
    EXPECT_EQ(day(3, 4), sample[0]);
    EXPECT_EQ(day(3, 5), sample[1]);
    EXPECT_EQ(day(3, 6), sample[2]);
    // The 10th held only its night: gone, and the night is on the 11th.
    EXPECT_EQ(days.count(QDate(2024, 3, 10)), 0u);
    EXPECT_EQ(day(3, 11).sleep.timeIntoBed, QTime(0, 40));
    EXPECT_EQ(day(3, 11).sleep.timeOutOfBed, QTime(8, 10));
    EXPECT_EQ(day(3, 11).sleep.awakenings, 1);
    EXPECT_EQ(day(3, 11).sleep.quality, 3);
    // Two nights in a row: each one day on; the 12th's notes and the 13th's severity stay.
    EXPECT_TRUE(day(3, 12).sleep.isEmpty());
    EXPECT_EQ(day(3, 12).notes, QStringLiteral("Night of the 12th, written the evening it began."));
    EXPECT_EQ(day(3, 13).sleep.timeIntoBed, QTime(22, 0));
    EXPECT_EQ(day(3, 13).sleep.latencyMinutes, 35);
    EXPECT_EQ(day(3, 13).sleep.quality, 1);
    EXPECT_EQ(day(3, 13).symptoms.severity, 4);
    EXPECT_EQ(day(3, 14).sleep.timeTriedToSleep, QTime(23, 30));
    EXPECT_EQ(day(3, 14).sleep.wakeAfterSleepOnsetMinutes, 50);
    EXPECT_EQ(day(3, 14).sleep.quality, 5);
    EXPECT_TRUE(day(3, 14).symptoms.isEmpty());
    // Derived values are clock-time based and travel with the night.
    EXPECT_EQ(day(3, 13).sleep.timeInBedMinutes(), std::nullopt);
    EXPECT_EQ(day(3, 11).sleep.timeInBedMinutes(), 7 * 60 + 30);

    // The food picker's tables are as they were.
    ASSERT_EQ(opened.store->foods().custom()->size(), 1u);
    EXPECT_EQ(opened.store->foods().custom()->front().name, QStringLiteral("Oat porridge"));
    EXPECT_EQ(opened.store->foods().favourites()->size(), 2);
    EXPECT_EQ(opened.store->integrityCheck().value(), QStringLiteral("ok"));
    EXPECT_NE(
        test::rawQuery(copy, QStringLiteral("SELECT change_token FROM diary_state")).toByteArray(),
        tokenBefore)
        << "backups made before the move must see that the diary changed";
}

TEST_F(DiaryMigrationTest, TheCurrentSchemaHasTheExpectedTables)
{
    const QString path = m_dir.filePath(QStringLiteral("d.sqlite"));
    ASSERT_TRUE(DiaryStore::open(path).store);
    const QStringList schema = schemaOf(path);
    for (const char* table : {"day", "food_intake", "supplement_intake", "medication_taken",
             "custom_food", "favourite_food", "lab_result", "experiment", "experiment_pause"}) {
        const QString prefix = QStringLiteral("table|%1|").arg(QLatin1String(table));
        EXPECT_TRUE(std::any_of(schema.begin(), schema.end(), [&prefix](const QString& object) {
            return object.startsWith(prefix);
        })) << table;
    }
    // A day's foods, supplements and medicines; an experiment's pauses.
    EXPECT_EQ(schema.filter(QStringLiteral("ON DELETE CASCADE")).size(), 4);
    EXPECT_EQ(test::rawQuery(path, QStringLiteral("PRAGMA application_id")).toInt(), 0x5374696c);
}

TEST_F(DiaryMigrationTest, AMigrationThatFailsChangesNothing)
{
    // A version 0 diary in which the last step cannot run (its table is already there): the
    // steps before it must not stay either.
    const QString path = m_dir.filePath(QStringLiteral("blocked.sqlite"));
    ASSERT_TRUE(QFile::copy(kFixtures + QStringLiteral("/diary-v0.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    test::rawQuery(path, QStringLiteral("PRAGMA application_id = %1").arg(0x5374696c));
    test::rawQuery(path, QStringLiteral("CREATE TABLE custom_food (x)"));
    const QStringList before = schemaOf(path);

    const auto opened = DiaryStore::open(path);
    EXPECT_FALSE(opened.store);
    EXPECT_TRUE(opened.message.contains(QLatin1String("left at version 0")))
        << opened.message.toStdString();
    EXPECT_EQ(test::rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    EXPECT_EQ(schemaOf(path), before) << "a step before the failing one stayed";
}

TEST_F(DiaryMigrationTest, ANewerSchemaIsNotTouched)
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    ASSERT_TRUE(DiaryStore::open(path).store);
    test::rawQuery(
        path, QStringLiteral("PRAGMA user_version = %1").arg(DiaryStore::kSchemaVersion + 1));
    const QByteArray before = test::fileHash(path);
    const auto opened = DiaryStore::open(path);
    EXPECT_EQ(opened.problem, DiaryStore::OpenProblem::TooNew);
    EXPECT_FALSE(opened.store);
    EXPECT_EQ(test::fileHash(path), before);
}

} // namespace
} // namespace stilla
