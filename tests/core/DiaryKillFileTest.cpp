// Nothing is lost when the app is killed while it replaces whole files: migrations and backups
// (saves and imports are in DiaryKillTest.cpp; both files make one suite, DiaryKillTest). A
// child process (diary_kill_child) does one kind of work in a loop and is SIGKILLed at random
// points. Afterwards every file must pass integrity_check and be either the old one or the new
// one, never half written. STILLA_KILL_POINTS sets the kill points over the four kinds.
#include "DiaryFixtures.h"
#include "DiaryTestData.h"
#include "KillRun.h"
#include "core/diary/BackupManager.h"
#include "core/diary/DiaryCheck.h"
#include "core/diary/DiaryStore.h"
#include "core/io/DiaryIo.h"
#include "tests/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace stilla {
namespace {

using test::ChildRun;
using test::kindLine;
using test::kMaxDelayMs;
using test::moreRounds;
using test::schemaOf;
using Problem = DiaryStore::OpenProblem;

constexpr int kBackupDays = 200; ///< already in the diary before the backup rounds

// ---- migrations -----------------------------------------------------------------------------

TEST(DiaryKillTest, MigrationsLeaveTheOldVersionOrTheNewOneAfterSigkill)
{
    QTemporaryDir dir;
    const QString fixtures = QStringLiteral(STILLA_SOURCE_DIR "/tests/data/schema");
    const QString fixture[3] = {fixtures + QStringLiteral("/diary-v0.sqlite"),
        fixtures + QStringLiteral("/diary-v1.sqlite"),
        fixtures + QStringLiteral("/diary-v2.sqlite")};
    auto copyFixture = [&](int version, const QString& name) {
        const QString path = dir.filePath(name);
        EXPECT_TRUE(QFile::copy(fixture[version], path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    };
    // What each fixture looks like before, and what every migrated diary must look like.
    const QStringList oldSchema[3] = {schemaOf(copyFixture(0, QStringLiteral("old-v0.sqlite"))),
        schemaOf(copyFixture(1, QStringLiteral("old-v1.sqlite"))),
        schemaOf(copyFixture(2, QStringLiteral("old-v2.sqlite")))};
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    ASSERT_TRUE(DiaryStore::open(fresh).store);
    const QStringList newSchema = schemaOf(fresh);
    // The sample days, each night moved to the morning it ended on (schema version 3).
    const std::vector<DayEntry> v1Days = test::sampleDaysWithNightsMoved();
    // The v2 fixture as a migration that nobody interrupts leaves it (DiaryMigrationTest checks
    // those days one by one).
    std::vector<DayEntry> v2Days;
    {
        auto reference = DiaryStore::open(copyFixture(2, QStringLiteral("reference-v2.sqlite")));
        ASSERT_TRUE(reference.store);
        const auto days = reference.store->days({}, {});
        ASSERT_TRUE(days.ok());
        for (const DayEntry& day : *days)
            v2Days.push_back(test::withoutIds(day));
        ASSERT_GT(v2Days.size(), v1Days.size());
    }

    // Kill points spread over the time from "opening" to the end of the child, measured.
    const long long window = test::timeAfterMarker("opening", 3, [&](int i) {
        return QStringList {QStringLiteral("migrate"),
            copyFixture(1, QStringLiteral("calibrate-%1.sqlite").arg(i))};
    });
    ASSERT_GT(window, 0);
    std::mt19937 random(20240307u);
    std::uniform_int_distribution<long long> delay(0, window * 13 / 10);

    int kills = 0;
    int rounds = 0;
    int intact = 0;
    int leftOld = 0;
    int migrated = 0;
    int hotJournals = 0;
    int daysExpected = 0;
    int daysFound = 0;
    for (; moreRounds(kills, rounds); ++rounds) {
        SCOPED_TRACE(rounds);
        const int version = rounds % 3;
        const QString path = copyFixture(version, QStringLiteral("migrate-%1.sqlite").arg(rounds));
        const ChildRun run = test::runAndKillAfter(
            {QStringLiteral("migrate"), path}, "opening", std::chrono::microseconds(delay(random)));
        ASSERT_TRUE(run.started);
        kills += run.killed ? 1 : 0;
        ASSERT_TRUE(run.killed || run.exitCode == 0) << run.errors.toStdString();
        ASSERT_TRUE(run.errors.isEmpty()) << run.errors.toStdString();

        // As the app's next start does: a kill while the diary switched to WAL leaves a hot
        // rollback journal, which SQLite undoes before anything can read the file.
        if (QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
            ++hotJournals;
            ASSERT_TRUE(
                DiaryCheck::finishInterruptedChange(path, DiaryStore::kDefaultBusyTimeout).ok());
        }
        // Read-only: exactly the old version, or exactly the new one.
        const DiaryStore::FileCheck check = DiaryStore::checkFile(path);
        ASSERT_EQ(check.problem, Problem::None) << check.message.toStdString();
        const QStringList schema = schemaOf(path);
        if (check.schemaVersion == version) {
            EXPECT_EQ(schema, oldSchema[version]);
            ++leftOld;
        } else {
            EXPECT_EQ(check.schemaVersion, DiaryStore::kSchemaVersion);
            EXPECT_EQ(schema, newSchema);
            ++migrated;
        }
        // Then the app opens it (finishing the migration) and finds every day.
        auto opened = DiaryStore::open(path);
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        ASSERT_EQ(opened.store->integrityCheck().value(), QStringLiteral("ok"));
        ++intact;
        const auto days = opened.store->days({}, {}).value();
        const std::vector<DayEntry> expected = version == 1 ? v1Days
            : version == 2                                  ? v2Days
                                                            : std::vector<DayEntry>();
        daysExpected += int(expected.size());
        daysFound += int(days.size());
        ASSERT_EQ(days.size(), expected.size());
        for (std::size_t i = 0; i < days.size(); ++i)
            EXPECT_EQ(test::withoutIds(days[i]), expected[i]);
    }

    std::ostringstream line;
    line << kindLine("migrations", rounds, kills).toStdString()
         << " (v0, v1 and v2 fixtures by turns, "
         << "kills spread over " << window / 1000 << " ms from opening), " << leftOld
         << " left at the old version intact (" << hotJournals
         << " with a rollback journal the next open undid), " << migrated
         << " fully migrated, none between; " << daysExpected << " days expected, " << daysFound
         << " found, integrity ok " << intact << '/' << rounds;
    test::printSummary(line.str());
    RecordProperty("left_old", leftOld);
    RecordProperty("migrated", migrated);
    EXPECT_GT(kills, 0);
}

// ---- backups and restores -------------------------------------------------------------------

TEST(DiaryKillTest, BackupsAreWholeOrAbsentAfterSigkill)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.sqlite"));
    const QString backupDir = dir.filePath(QStringLiteral("backups"));
    const QString manual = dir.filePath(QStringLiteral("manual.sqlite"));
    {
        auto opened = DiaryStore::open(path);
        ASSERT_TRUE(opened.store);
        std::vector<DayEntry> days;
        for (int i = 0; i < kBackupDays; ++i)
            days.push_back(test::fullDay(QDate(1980, 1, 1).addDays(i)));
        ASSERT_TRUE(opened.store->saveMany(days, ConflictPolicy::Fail).ok());
    }
    std::mt19937 random(20240308u);
    std::uniform_int_distribution<int> delay(0, kMaxDelayMs);
    std::set<QDate> reportedSaves;
    std::set<QString> checkedAside;
    int nextIteration = 0;
    int lastBackup = -1; // the last iteration whose manual backup was reported
    int backupsReported = 0;
    int autoReported = 0;
    int restoresReported = 0;
    int filesChecked = 0;
    int kills = 0;
    int rounds = 0;
    int intact = 0;
    int leftovers = 0;

    auto checkBackup = [&](const QString& file) {
        const DiaryStore::FileCheck check = DiaryStore::checkFile(file);
        EXPECT_EQ(check.problem, Problem::None)
            << file.toStdString() << ": " << check.message.toStdString();
        ++filesChecked;
    };

    for (; moreRounds(kills, rounds); ++rounds) {
        SCOPED_TRACE(rounds);
        const ChildRun run
            = test::runAndKill({QStringLiteral("backup"), path, backupDir, manual,
                                   QString::number(nextIteration), QStringLiteral("100000")},
                std::chrono::milliseconds(delay(random)));
        ASSERT_TRUE(run.started);
        kills += run.killed ? 1 : 0;
        ASSERT_TRUE(run.killed || run.exitCode == 0) << run.errors.toStdString();
        ASSERT_TRUE(run.errors.isEmpty()) << run.errors.toStdString();
        for (const auto& parts : run.reports("saved"))
            reportedSaves.insert(QDate::fromString(QString::fromLatin1(parts[1]), Qt::ISODate));
        for (const auto& parts : run.reports("backup")) {
            lastBackup = std::max(lastBackup, parts[1].toInt());
            ++backupsReported;
        }
        autoReported += int(run.reports("auto").size());
        restoresReported += int(run.reports("restored").size());
        // The next round goes on after the last day that may have been saved.
        nextIteration += int(run.reports("saved").size()) + 1;

        // The diary: intact, every reported save there.
        auto opened = DiaryStore::open(path);
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        ASSERT_EQ(opened.store->integrityCheck().value(), QStringLiteral("ok"));
        ++intact;
        const auto stored = test::storedDaysByDate(*opened.store);
        for (const QDate& date : reportedSaves) {
            const auto found = stored.find(date);
            ASSERT_NE(found, stored.end()) << "lost " << date.toString(Qt::ISODate).toStdString();
            EXPECT_EQ(found->second, test::versionedDay(date, 1));
        }
        EXPECT_GE(stored.size(), std::size_t(kBackupDays) + reportedSaves.size());
        opened.store.reset();

        // The manual backup: absent before the first one, else a complete diary holding at
        // least what the last reported backup held, every day as the diary has it.
        if (lastBackup >= 0 || QFile::exists(manual)) {
            checkBackup(manual);
            auto copy = DiaryStore::openReadOnly(manual, QStringLiteral("kill test"));
            ASSERT_TRUE(copy.store) << copy.message.toStdString();
            const auto inBackup = test::storedDaysByDate(*copy.store);
            for (const auto& [date, day] : inBackup) {
                ASSERT_TRUE(stored.count(date)) << date.toString(Qt::ISODate).toStdString();
                EXPECT_EQ(day, stored.at(date));
            }
            if (lastBackup >= 0) {
                const QDate newest = QDate(2000, 1, 1).addDays(lastBackup);
                EXPECT_TRUE(inBackup.count(newest)) << "the last reported backup is missing";
            }
        }
        // Every daily backup and every copy kept before a restore is complete.
        const QDir backups(backupDir);
        for (const QString& name :
            backups.entryList({QStringLiteral("stilla-diary-*.sqlite")}, QDir::Files))
            checkBackup(backups.filePath(name));
        const QDir folder(dir.path());
        for (const QString& name :
            folder.entryList({QStringLiteral("diary.sqlite.before-restore-*")}, QDir::Files)) {
            if (!name.contains(QLatin1String(".partial")) && checkedAside.insert(name).second)
                checkBackup(folder.filePath(name));
        }
        // A kill may leave a temporary file, never under a final name. The next backup, daily
        // run, restore or open removes those of earlier kills, so of each kind at most the
        // one of this kill is there. (A temporary backup may have its -journal beside it.)
        auto temporaries = [](const QDir& in, const QString& pattern) {
            QStringList names = in.entryList({pattern}, QDir::Files | QDir::Hidden);
            names.removeIf(
                [](const QString& name) { return name.endsWith(QLatin1String("-journal")); });
            return names;
        };
        int left = 0;
        for (const auto& [in, pattern] : {std::pair {backups, QStringLiteral("*.partial*")},
                 std::pair {folder, QStringLiteral("manual.sqlite.partial*")},
                 std::pair {folder, QStringLiteral("diary.sqlite.before-restore-*.partial*")},
                 std::pair {folder, QStringLiteral("diary.sqlite.incoming*")}}) {
            const QStringList names = temporaries(in, pattern);
            EXPECT_LE(names.size(), 1) << names.join(u' ').toStdString();
            left += int(names.size());
        }
        leftovers = std::max(leftovers, left);
    }

    std::ostringstream line;
    line << kindLine("backups", rounds, kills).toStdString() << ", " << reportedSaves.size()
         << " saves, " << backupsReported << " backups, " << autoReported
         << " daily backup runs and " << restoresReported << " restores reported; " << filesChecked
         << " backup files checked, all complete; at most " << leftovers
         << " temporary files left at a time, none under a final name; integrity ok " << intact
         << '/' << rounds;
    test::printSummary(line.str());
    RecordProperty("backups_reported", backupsReported);
    RecordProperty("restores_reported", restoresReported);
    EXPECT_GT(backupsReported, 0);
    EXPECT_GT(restoresReported, 0);
    EXPECT_GT(kills, 0);
}

} // namespace
} // namespace stilla
