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

/// The diaries the migration rounds start from (schema versions 0, 1 and 2), what each looks
/// like before, and what every migrated diary must look like and hold.
class MigrationFixtures
{
public:
    explicit MigrationFixtures(const QTemporaryDir& dir)
        : m_dir(dir)
    { }

    /// A private copy of the fixture of schema version @p version, named @p name.
    QString copy(int version, const QString& name) const
    {
        const QString fixtures = QStringLiteral(STILLA_SOURCE_DIR "/tests/data/schema");
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(QFile::copy(fixtures + QStringLiteral("/diary-v%1.sqlite").arg(version), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    /// Reads the schemas and the days to expect.
    void load()
    {
        for (int version = 0; version < 3; ++version)
            oldSchema[version]
                = schemaOf(copy(version, QStringLiteral("old-v%1.sqlite").arg(version)));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        ASSERT_TRUE(DiaryStore::open(fresh).store);
        newSchema = schemaOf(fresh);
        // The sample days, each night moved to the morning it ended on (schema version 3).
        days[1] = test::sampleDaysWithNightsMoved();
        // The v2 fixture as a migration that nobody interrupts leaves it (DiaryMigrationTest
        // checks those days one by one).
        auto reference = DiaryStore::open(copy(2, QStringLiteral("reference-v2.sqlite")));
        ASSERT_TRUE(reference.store);
        const auto stored = reference.store->days({}, {});
        ASSERT_TRUE(stored.ok());
        for (const DayEntry& day : *stored)
            days[2].push_back(test::withoutIds(day));
        ASSERT_GT(days[2].size(), days[1].size());
    }

    QStringList oldSchema[3];
    QStringList newSchema;
    std::vector<DayEntry> days[3]; ///< what a migrated diary holds, by the version it came from

private:
    const QTemporaryDir& m_dir;
};

/// What the migration rounds found, for the summary line.
struct MigrationCounts
{
    int intact = 0;
    int leftOld = 0;
    int migrated = 0;
    int hotJournals = 0;
    int daysExpected = 0;
    int daysFound = 0;
};

/// The diary at @p path, a copy of version @p version whose migration was killed: exactly the
/// old version or exactly the new one, and once the app opens it, intact with every day.
void checkAfterKill(
    const MigrationFixtures& fixtures, const QString& path, int version, MigrationCounts& counts)
{
    // As the app's next start does: a kill while the diary switched to WAL leaves a hot
    // rollback journal, which SQLite undoes before anything can read the file.
    if (QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
        ++counts.hotJournals;
        ASSERT_TRUE(
            DiaryCheck::finishInterruptedChange(path, DiaryStore::kDefaultBusyTimeout).ok());
    }
    // Read-only: exactly the old version, or exactly the new one.
    const DiaryStore::FileCheck check = DiaryStore::checkFile(path);
    ASSERT_EQ(check.problem, Problem::None) << check.message.toStdString();
    const QStringList schema = schemaOf(path);
    if (check.schemaVersion == version) {
        EXPECT_EQ(schema, fixtures.oldSchema[version]);
        ++counts.leftOld;
    } else {
        EXPECT_EQ(check.schemaVersion, DiaryStore::kSchemaVersion);
        EXPECT_EQ(schema, fixtures.newSchema);
        ++counts.migrated;
    }
    // Then the app opens it (finishing the migration) and finds every day.
    auto opened = DiaryStore::open(path);
    ASSERT_TRUE(opened.store) << opened.message.toStdString();
    ASSERT_EQ(opened.store->integrityCheck().value(), QStringLiteral("ok"));
    ++counts.intact;
    const auto days = opened.store->days({}, {}).value();
    const std::vector<DayEntry>& expected = fixtures.days[version];
    counts.daysExpected += int(expected.size());
    counts.daysFound += int(days.size());
    ASSERT_EQ(days.size(), expected.size());
    for (std::size_t i = 0; i < days.size(); ++i)
        EXPECT_EQ(test::withoutIds(days[i]), expected[i]);
}

TEST(DiaryKillTest, MigrationsLeaveTheOldVersionOrTheNewOneAfterSigkill)
{
    QTemporaryDir dir;
    MigrationFixtures fixtures(dir);
    ASSERT_NO_FATAL_FAILURE(fixtures.load());

    // Kill points spread over the time from "opening" to the end of the child, measured.
    const long long window = test::timeAfterMarker("opening", 3, [&](int i) {
        return QStringList {QStringLiteral("migrate"),
            fixtures.copy(1, QStringLiteral("calibrate-%1.sqlite").arg(i))};
    });
    ASSERT_GT(window, 0);
    std::mt19937 random(20240307u);
    std::uniform_int_distribution<long long> delay(0, window * 13 / 10);

    int kills = 0;
    int rounds = 0;
    MigrationCounts counts;
    for (; moreRounds(kills, rounds); ++rounds) {
        SCOPED_TRACE(rounds);
        const int version = rounds % 3;
        const QString path
            = fixtures.copy(version, QStringLiteral("migrate-%1.sqlite").arg(rounds));
        const ChildRun run = test::runAndKillAfter(
            {QStringLiteral("migrate"), path}, "opening", std::chrono::microseconds(delay(random)));
        ASSERT_TRUE(run.started);
        kills += run.killed ? 1 : 0;
        ASSERT_TRUE(run.killed || run.exitCode == 0) << run.errors.toStdString();
        ASSERT_TRUE(run.errors.isEmpty()) << run.errors.toStdString();
        ASSERT_NO_FATAL_FAILURE(checkAfterKill(fixtures, path, version, counts));
    }

    std::ostringstream line;
    line << kindLine("migrations", rounds, kills).toStdString()
         << " (v0, v1 and v2 fixtures by turns, "
         << "kills spread over " << window / 1000 << " ms from opening), " << counts.leftOld
         << " left at the old version intact (" << counts.hotJournals
         << " with a rollback journal the next open undid), " << counts.migrated
         << " fully migrated, none between; " << counts.daysExpected << " days expected, "
         << counts.daysFound << " found, integrity ok " << counts.intact << '/' << rounds;
    test::printSummary(line.str());
    RecordProperty("left_old", counts.leftOld);
    RecordProperty("migrated", counts.migrated);
    EXPECT_GT(kills, 0);
}

// ---- backups and restores -------------------------------------------------------------------

/// The backup rounds' checks of what a killed child left: the diary, the manual backup, the
/// daily backups and the copies kept before a restore, and the temporary files. Keeps what the
/// child reported over all rounds, and the figures for the summary line.
class BackupChecks
{
public:
    explicit BackupChecks(const QTemporaryDir& dir)
        : m_path(dir.filePath(QStringLiteral("diary.sqlite")))
        , m_manual(dir.filePath(QStringLiteral("manual.sqlite")))
        , m_backups(dir.filePath(QStringLiteral("backups")))
        , m_folder(dir.path())
    { }

    /// The child's arguments for the next round: it goes on after the last day that may have
    /// been saved.
    QStringList arguments() const
    {
        return {QStringLiteral("backup"), m_path, m_backups.path(), m_manual,
            QString::number(m_nextIteration), QStringLiteral("100000")};
    }

    /// What the child of one round reported.
    void take(const ChildRun& run)
    {
        for (const auto& parts : run.reports("saved"))
            m_reportedSaves.insert(QDate::fromString(QString::fromLatin1(parts[1]), Qt::ISODate));
        for (const auto& parts : run.reports("backup")) {
            m_lastBackup = std::max(m_lastBackup, parts[1].toInt());
            ++m_backupsReported;
        }
        m_autoReported += int(run.reports("auto").size());
        m_restoresReported += int(run.reports("restored").size());
        m_nextIteration += int(run.reports("saved").size()) + 1;
    }

    /// The diary: intact, every reported save there. @p stored: its days.
    void checkDiary(std::map<QDate, DayEntry>& stored)
    {
        auto opened = DiaryStore::open(m_path);
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        ASSERT_EQ(opened.store->integrityCheck().value(), QStringLiteral("ok"));
        ++m_intact;
        stored = test::storedDaysByDate(*opened.store);
        for (const QDate& date : m_reportedSaves) {
            const auto found = stored.find(date);
            ASSERT_NE(found, stored.end()) << "lost " << date.toString(Qt::ISODate).toStdString();
            EXPECT_EQ(found->second, test::versionedDay(date, 1));
        }
        EXPECT_GE(stored.size(), std::size_t(kBackupDays) + m_reportedSaves.size());
    }

    /// The manual backup: absent before the first one, else a complete diary holding at least
    /// what the last reported backup held, every day as the diary (@p stored) has it.
    void checkManual(const std::map<QDate, DayEntry>& stored)
    {
        if (m_lastBackup < 0 && !QFile::exists(m_manual))
            return;
        checkBackup(m_manual);
        auto copy = DiaryStore::openReadOnly(m_manual, QStringLiteral("kill test"));
        ASSERT_TRUE(copy.store) << copy.message.toStdString();
        const auto inBackup = test::storedDaysByDate(*copy.store);
        for (const auto& [date, day] : inBackup) {
            ASSERT_TRUE(stored.count(date)) << date.toString(Qt::ISODate).toStdString();
            EXPECT_EQ(day, stored.at(date));
        }
        if (m_lastBackup >= 0) {
            const QDate newest = QDate(2000, 1, 1).addDays(m_lastBackup);
            EXPECT_TRUE(inBackup.count(newest)) << "the last reported backup is missing";
        }
    }

    /// Every daily backup and every copy kept before a restore is complete.
    void checkCopies()
    {
        for (const QString& name :
            m_backups.entryList({QStringLiteral("stilla-diary-*.sqlite")}, QDir::Files))
            checkBackup(m_backups.filePath(name));
        for (const QString& name :
            m_folder.entryList({QStringLiteral("diary.sqlite.before-restore-*")}, QDir::Files)) {
            if (!name.contains(QLatin1String(".partial")) && m_checkedAside.insert(name).second)
                checkBackup(m_folder.filePath(name));
        }
    }

    /// A kill may leave a temporary file, never under a final name. The next backup, daily
    /// run, restore or open removes those of earlier kills, so of each kind at most the one of
    /// this kill is there. (A temporary backup may have its -journal beside it.)
    void checkTemporaries()
    {
        auto temporaries = [](const QDir& in, const QString& pattern) {
            QStringList names = in.entryList({pattern}, QDir::Files | QDir::Hidden);
            names.removeIf(
                [](const QString& name) { return name.endsWith(QLatin1String("-journal")); });
            return names;
        };
        int left = 0;
        for (const auto& [in, pattern] : {std::pair {m_backups, QStringLiteral("*.partial*")},
                 std::pair {m_folder, QStringLiteral("manual.sqlite.partial*")},
                 std::pair {m_folder, QStringLiteral("diary.sqlite.before-restore-*.partial*")},
                 std::pair {m_folder, QStringLiteral("diary.sqlite.incoming*")}}) {
            const QStringList names = temporaries(in, pattern);
            EXPECT_LE(names.size(), 1) << names.join(u' ').toStdString();
            left += int(names.size());
        }
        m_leftovers = std::max(m_leftovers, left);
    }

    std::string summary(int rounds, int kills) const
    {
        std::ostringstream line;
        line << kindLine("backups", rounds, kills).toStdString() << ", " << m_reportedSaves.size()
             << " saves, " << m_backupsReported << " backups, " << m_autoReported
             << " daily backup runs and " << m_restoresReported << " restores reported; "
             << m_filesChecked << " backup files checked, all complete; at most " << m_leftovers
             << " temporary files left at a time, none under a final name; integrity ok "
             << m_intact << '/' << rounds;
        return line.str();
    }

    int backupsReported() const { return m_backupsReported; }
    int restoresReported() const { return m_restoresReported; }

private:
    void checkBackup(const QString& file)
    {
        const DiaryStore::FileCheck check = DiaryStore::checkFile(file);
        EXPECT_EQ(check.problem, Problem::None)
            << file.toStdString() << ": " << check.message.toStdString();
        ++m_filesChecked;
    }

    QString m_path;
    QString m_manual;
    QDir m_backups;
    QDir m_folder;
    std::set<QDate> m_reportedSaves;
    std::set<QString> m_checkedAside;
    int m_nextIteration = 0;
    int m_lastBackup = -1; ///< the last iteration whose manual backup was reported
    int m_backupsReported = 0;
    int m_autoReported = 0;
    int m_restoresReported = 0;
    int m_filesChecked = 0;
    int m_intact = 0;
    int m_leftovers = 0;
};

TEST(DiaryKillTest, BackupsAreWholeOrAbsentAfterSigkill)
{
    QTemporaryDir dir;
    {
        auto opened = DiaryStore::open(dir.filePath(QStringLiteral("diary.sqlite")));
        ASSERT_TRUE(opened.store);
        std::vector<DayEntry> days;
        for (int i = 0; i < kBackupDays; ++i)
            days.push_back(test::fullDay(QDate(1980, 1, 1).addDays(i)));
        ASSERT_TRUE(opened.store->saveMany(days, ConflictPolicy::Fail).ok());
    }
    std::mt19937 random(20240308u);
    std::uniform_int_distribution<int> delay(0, kMaxDelayMs);
    BackupChecks checks(dir);
    int kills = 0;
    int rounds = 0;
    for (; moreRounds(kills, rounds); ++rounds) {
        SCOPED_TRACE(rounds);
        const ChildRun run = test::runRound(rounds, checks.arguments(), QStringLiteral("2"),
            std::chrono::milliseconds(delay(random)));
        ASSERT_TRUE(run.started);
        kills += run.killed ? 1 : 0;
        ASSERT_TRUE(run.killed || run.exitCode == 0) << run.errors.toStdString();
        ASSERT_TRUE(run.errors.isEmpty()) << run.errors.toStdString();
        checks.take(run);
        std::map<QDate, DayEntry> stored;
        ASSERT_NO_FATAL_FAILURE(checks.checkDiary(stored));
        ASSERT_NO_FATAL_FAILURE(checks.checkManual(stored));
        checks.checkCopies();
        checks.checkTemporaries();
    }

    test::printSummary(checks.summary(rounds, kills));
    RecordProperty("backups_reported", checks.backupsReported());
    RecordProperty("restores_reported", checks.restoresReported());
    EXPECT_GT(checks.backupsReported(), 0);
    EXPECT_GT(checks.restoresReported(), 0);
    EXPECT_GT(kills, 0);
}

} // namespace
} // namespace stilla
