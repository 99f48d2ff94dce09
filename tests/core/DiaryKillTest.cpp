// Nothing is lost when the app is killed at any moment. A child process (diary_kill_child) does
// one kind of work in a loop and is SIGKILLed at random points: saves, imports, migrations and
// backups. Afterwards everything it reported must be there, whole, every file must pass
// integrity_check, and no file under its final name may be half written. STILLA_KILL_POINTS
// sets the number of kill points over the four kinds (default 200).
// Migrations and backups, which replace whole files, are in DiaryKillFileTest.cpp.
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

using test::kindLine;
using test::kMaxDelayMs;
using test::moreRounds;

using test::ChildRun;
using Problem = DiaryStore::OpenProblem;

constexpr int kSavesPerRound = 2000;
constexpr int kDaysPerImport = 30;

// ---- every kind, run to its end --------------------------------------------------------------

// The kill rounds run the child with leak detection off (KillRun.h, Ending::MayBeKilled), so each
// kind of work also runs once to its end with every sanitizer check on: no leak, no finding and
// no error of its own on stderr, exit 0.
TEST(DiaryKillTest, EveryKindOfWorkRunsToItsEndCleanly)
{
    QTemporaryDir dir;
    const QString diary = dir.filePath(QStringLiteral("clean.sqlite"));
    auto expectClean = [](const char* kind, const ChildRun& run) {
        SCOPED_TRACE(kind);
        ASSERT_TRUE(run.started);
        EXPECT_EQ(run.exitCode, 0) << run.errors.toStdString();
        EXPECT_TRUE(run.errors.isEmpty()) << run.errors.toStdString();
        EXPECT_FALSE(run.lines.isEmpty());
    };
    expectClean("save",
        test::runToEnd(
            {QStringLiteral("save"), diary, QStringLiteral("2000-01-01"), QStringLiteral("20")}));

    const QString fileA = dir.filePath(QStringLiteral("a.json"));
    const QString fileB = dir.filePath(QStringLiteral("b.csv"));
    const std::vector<DayEntry> days {test::versionedDay(QDate(1990, 1, 1), 1)};
    ASSERT_TRUE(DiaryIo::exportFile(fileA, DiaryFormat::Json, days).ok());
    ASSERT_TRUE(DiaryIo::exportFile(fileB, DiaryFormat::Csv, days).ok());
    expectClean("import",
        test::runToEnd({QStringLiteral("import"), diary, fileA, fileB, QStringLiteral("4")}));

    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(STILLA_SOURCE_DIR "/tests/data/schema/diary-v1.sqlite"), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    expectClean("migrate", test::runToEnd({QStringLiteral("migrate"), old}));

    expectClean("backup",
        test::runToEnd({QStringLiteral("backup"), diary, dir.filePath(QStringLiteral("backups")),
            dir.filePath(QStringLiteral("manual.sqlite")), QStringLiteral("0"),
            QStringLiteral("3")}));
}

// ---- saves ----------------------------------------------------------------------------------

TEST(DiaryKillTest, ReportedSavesSurviveSigkill)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kill.sqlite"));
    std::mt19937 random(20240305u);
    std::uniform_int_distribution<int> delay(0, kMaxDelayMs);
    std::map<QDate, int> reported; // date -> newest version the child said it saved
    int reportedSaves = 0;
    int kills = 0;
    int rounds = 0;
    int intact = 0;

    for (; moreRounds(kills, rounds); ++rounds) {
        SCOPED_TRACE(rounds);
        const QDate first = QDate(2000, 1, 1).addDays(rounds * kSavesPerRound / 2);
        const ChildRun run = test::runRound(rounds,
            {QStringLiteral("save"), path, first.toString(Qt::ISODate),
                QString::number(kSavesPerRound)},
            QStringLiteral("3"), std::chrono::milliseconds(delay(random)));
        ASSERT_TRUE(run.started);
        kills += run.killed ? 1 : 0;
        ASSERT_TRUE(run.killed || run.exitCode == 0) << run.errors.toStdString();
        ASSERT_TRUE(run.errors.isEmpty()) << run.errors.toStdString();
        for (const auto& parts : run.reports("saved")) {
            ASSERT_EQ(parts.size(), 3);
            const QDate date = QDate::fromString(QString::fromLatin1(parts[1]), Qt::ISODate);
            ASSERT_TRUE(date.isValid());
            reported[date] = std::max(reported[date], parts[2].toInt());
            ++reportedSaves;
        }

        auto opened = DiaryStore::open(path);
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        ASSERT_EQ(opened.store->integrityCheck().value(), QStringLiteral("ok"));
        ++intact;
        const auto byDate = test::storedDaysByDate(*opened.store);
        for (const auto& [date, day] : byDate) {
            // Every stored day is one whole version, never a mix.
            EXPECT_TRUE(day == test::versionedDay(date, 1) || day == test::versionedDay(date, 2))
                << date.toString(Qt::ISODate).toStdString();
        }
        for (const auto& [date, version] : reported) {
            const auto found = byDate.find(date);
            ASSERT_NE(found, byDate.end()) << "lost " << date.toString(Qt::ISODate).toStdString();
            // The next version may have been committed just before the kill, unreported.
            const bool same = found->second == test::versionedDay(date, version);
            const bool newer = version == 1 && found->second == test::versionedDay(date, 2);
            EXPECT_TRUE(same || newer) << date.toString(Qt::ISODate).toStdString();
        }
    }

    auto opened = DiaryStore::open(path);
    ASSERT_TRUE(opened.store);
    const int found = opened.store->dayCount().value();
    std::ostringstream line;
    line << kindLine("saves", rounds, kills).toStdString() << ", " << reportedSaves
         << " saves reported (" << reported.size() << " days), " << found
         << " days found, integrity ok " << intact << '/' << rounds;
    test::printSummary(line.str());
    RecordProperty("saves_reported", reportedSaves);
    RecordProperty("days_found", found);
    EXPECT_GE(found, int(reported.size()));
    EXPECT_GT(reportedSaves, 0);
    EXPECT_GT(kills, 0);
}

// ---- imports --------------------------------------------------------------------------------

/// Two import files over the same days: A in JSON with version 1, B in CSV with version 2.
struct ImportPair
{
    QString fileA;
    QString fileB;
    std::vector<DayEntry> daysA; ///< as the app reads the file
    std::vector<DayEntry> daysB;
};

ImportPair writeImportPair(const QTemporaryDir& dir, int round)
{
    ImportPair pair;
    std::vector<DayEntry> first;
    std::vector<DayEntry> second;
    const QDate start = QDate(1990, 1, 1).addDays(round * (kDaysPerImport + 10));
    for (int i = 0; i < kDaysPerImport; ++i) {
        first.push_back(test::versionedDay(start.addDays(i), 1));
        second.push_back(test::versionedDay(start.addDays(i), 2));
    }
    pair.fileA = dir.filePath(QStringLiteral("import-%1.json").arg(round));
    pair.fileB = dir.filePath(QStringLiteral("import-%1.csv").arg(round));
    EXPECT_TRUE(DiaryIo::exportFile(pair.fileA, DiaryFormat::Json, first).ok());
    EXPECT_TRUE(DiaryIo::exportFile(pair.fileB, DiaryFormat::Csv, second).ok());
    const ImportReport a = DiaryIo::importFile(pair.fileA, DiaryFormat::Json);
    const ImportReport b = DiaryIo::importFile(pair.fileB, DiaryFormat::Csv);
    EXPECT_TRUE(a.ok() && b.ok());
    pair.daysA = a.days;
    pair.daysB = b.days;
    return pair;
}

/// Which file the stored days of @p pair are: 'A', 'B', '0' (none of them) or '?' (a mix).
char importState(const std::map<QDate, DayEntry>& stored, const ImportPair& pair)
{
    auto matches = [&stored](const std::vector<DayEntry>& days) {
        return std::all_of(days.begin(), days.end(), [&stored](const DayEntry& day) {
            const auto found = stored.find(day.date);
            return found != stored.end() && found->second == day;
        });
    };
    const bool none = std::none_of(pair.daysA.begin(), pair.daysA.end(),
        [&stored](const DayEntry& day) { return stored.count(day.date) > 0; });
    if (none)
        return '0';
    if (matches(pair.daysA))
        return 'A';
    if (matches(pair.daysB))
        return 'B';
    return '?';
}

TEST(DiaryKillTest, ImportsAreWholeOrNotThereAfterSigkill)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("imports.sqlite"));
    std::mt19937 random(20240306u);
    std::uniform_int_distribution<int> delay(0, kMaxDelayMs);
    std::vector<ImportPair> pairs;
    std::vector<int> reportedPerRound;
    int reportedImports = 0;
    int kills = 0;
    int rounds = 0;
    int intact = 0;

    for (; moreRounds(kills, rounds); ++rounds) {
        SCOPED_TRACE(rounds);
        pairs.push_back(writeImportPair(dir, rounds));
        const ImportPair& pair = pairs.back();
        const ChildRun run = test::runRound(rounds,
            {QStringLiteral("import"), path, pair.fileA, pair.fileB, QStringLiteral("100000")},
            QStringLiteral("2"), std::chrono::milliseconds(delay(random)));
        ASSERT_TRUE(run.started);
        kills += run.killed ? 1 : 0;
        ASSERT_TRUE(run.killed || run.exitCode == 0) << run.errors.toStdString();
        ASSERT_TRUE(run.errors.isEmpty()) << run.errors.toStdString();
        const int reported = int(run.reports("imported").size());
        reportedPerRound.push_back(reported);
        reportedImports += reported;

        auto opened = DiaryStore::open(path);
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        ASSERT_EQ(opened.store->integrityCheck().value(), QStringLiteral("ok"));
        ++intact;
        const auto stored = test::storedDaysByDate(*opened.store);
        // This round's days are one whole file (the one last reported, or the next one if it
        // committed just before the kill), or nothing if no import was reported; and every
        // earlier round's days are still one whole file.
        for (std::size_t r = 0; r < pairs.size(); ++r) {
            const char state = importState(stored, pairs[r]);
            EXPECT_NE(state, '?') << "round " << r << " holds a mix of two imports";
            if (reportedPerRound[r] > 0) {
                EXPECT_NE(state, '0') << "round " << r << ": a reported import is missing";
            }
        }
        EXPECT_EQ(stored.size() % kDaysPerImport, 0u);
    }

    auto opened = DiaryStore::open(path);
    ASSERT_TRUE(opened.store);
    const int found = opened.store->dayCount().value();
    int wholeRanges = 0;
    const auto stored = test::storedDaysByDate(*opened.store);
    for (const ImportPair& pair : pairs)
        wholeRanges += importState(stored, pair) != '0' ? 1 : 0;
    std::ostringstream line;
    line << kindLine("imports", rounds, kills).toStdString() << ", " << reportedImports
         << " imports reported (" << kDaysPerImport << " days each, JSON and CSV by turns), "
         << wholeRanges << " imported ranges found whole (" << found
         << " days), none mixed, integrity ok " << intact << '/' << rounds;
    test::printSummary(line.str());
    RecordProperty("imports_reported", reportedImports);
    EXPECT_GT(reportedImports, 0);
    EXPECT_GT(kills, 0);
}

} // namespace
} // namespace stilla
