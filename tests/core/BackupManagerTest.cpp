// Backups: the store's backupTo/restoreFrom, and BackupManager's daily runs and rotation.
#include "core/diary/BackupManager.h"

#include "DiaryTestData.h"
#include "core/Clock.h"
#include "core/diary/DiaryStore.h"
#include "tests/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace stilla {
namespace {

using test::fullDay;
using test::versionedDay;
using test::withoutIds;

constexpr QFile::Permissions kPrivate = test::kOwnerOnly;

class BackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = DiaryStore::open(path());
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        m_store = std::move(opened.store);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("diary.sqlite")); }
    QString file(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    std::vector<DayEntry> all() const { return m_store->days({}, {}).value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<DiaryStore> m_store;
    const QDate m_date {2024, 3, 5};
};

TEST_F(BackupTest, BackupIsAPrivateIntactCopy)
{
    ASSERT_TRUE(m_store->save(fullDay(m_date)).ok());
    const QString backup = file("backup.sqlite");
    ASSERT_TRUE(m_store->backupTo(backup).ok());
    EXPECT_EQ(test::modeOf(backup), kPrivate);
    EXPECT_EQ(DiaryStore::checkFile(backup).problem, DiaryStore::OpenProblem::None);
    auto copy = DiaryStore::open(backup);
    ASSERT_TRUE(copy.store);
    EXPECT_EQ(copy.store->days({}, {}).value(), all());
    EXPECT_EQ(copy.store->changeToken().value(), m_store->changeToken().value());
    copy.store.reset();

    // A second backup to the same name replaces the first.
    ASSERT_TRUE(m_store->save(fullDay(m_date.addDays(1))).ok());
    ASSERT_TRUE(m_store->backupTo(backup).ok());
    EXPECT_EQ(test::rawQuery(backup, QStringLiteral("SELECT count(*) FROM day")).toInt(), 2);
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files).size(), 0);
}

TEST_F(BackupTest, BackupToAMissingFolderFailsWithTheName)
{
    const QString target = m_dir.filePath(QStringLiteral("missing/backup.sqlite"));
    const Status result = m_store->backupTo(target);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.errorMessage().contains(QDir::toNativeSeparators(target)));
}

TEST_F(BackupTest, RestoreBringsTheBackupBackAndKeepsTheCurrentDiaryAside)
{
    const DayEntry kept = *m_store->save(versionedDay(m_date, 1));
    const QString backup = file("backup.sqlite");
    ASSERT_TRUE(m_store->backupTo(backup).ok());
    ASSERT_TRUE(m_store->remove(m_date).ok());
    ASSERT_TRUE(m_store->save(versionedDay(m_date.addDays(1), 2)).ok());
    const auto beforeRestore = all();

    QSignalSpy reset(&m_store->notifier(), &DiaryNotifier::diaryReset);
    const Status restored
        = m_store->restoreFrom(backup, QDateTime(QDate(2024, 3, 5), QTime(7, 30, 15)));
    ASSERT_TRUE(restored.ok()) << restored.errorMessage().toStdString();
    EXPECT_EQ(reset.count(), 1);
    ASSERT_EQ(all().size(), 1u);
    EXPECT_EQ(all().front(), kept);
    EXPECT_EQ(test::modeOf(path()), kPrivate);
    EXPECT_EQ(m_store->integrityCheck().value(), QStringLiteral("ok"));
    ASSERT_TRUE(m_store->save(fullDay(m_date.addDays(7))).ok()); // writable after the swap

    const QStringList aside
        = QDir(m_dir.path())
              .entryList({QStringLiteral("diary.sqlite.before-restore-*")}, QDir::Files);
    ASSERT_EQ(aside, QStringList {QStringLiteral("diary.sqlite.before-restore-20240305-073015")})
        << "named by the time it was given, not the wall clock";
    auto previous = DiaryStore::open(m_dir.filePath(aside.front()));
    ASSERT_TRUE(previous.store);
    EXPECT_EQ(previous.store->days({}, {}).value(), beforeRestore);
}

TEST_F(BackupTest, RestoreRefusesBadBackupsAndChangesNothing)
{
    ASSERT_TRUE(m_store->save(fullDay(m_date)).ok());
    const QString good = file("good.sqlite");
    ASSERT_TRUE(m_store->backupTo(good).ok());
    ASSERT_TRUE(m_store->save(fullDay(m_date.addDays(1))).ok());

    const QString newer = file("newer.sqlite");
    QFile::copy(good, newer);
    test::rawQuery(newer, QStringLiteral("PRAGMA user_version = 99"));
    const QString damaged = file("damaged.sqlite");
    QFile::copy(good, damaged);
    {
        QFile f(damaged);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(4096));
        f.write(QByteArray(4096, '\x5a'));
    }
    const QString text = file("text.sqlite");
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("date,severity\n2024-01-01,3\n");
    }
    const QString empty = file("empty.sqlite");
    QFile(empty).open(QIODevice::WriteOnly);

    const auto before = all();
    const qint64 token = m_store->changeToken().value();
    QSignalSpy reset(&m_store->notifier(), &DiaryNotifier::diaryReset);
    for (const QString& bad : {newer, damaged, text, empty, file("missing.sqlite"), path()}) {
        SCOPED_TRACE(bad.toStdString());
        const Status result = m_store->restoreFrom(bad, QDateTime(QDate(2024, 3, 5), QTime(7, 30)));
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(result.errorMessage().contains(QStringLiteral("not changed")))
            << result.errorMessage().toStdString();
        EXPECT_EQ(all(), before);
        EXPECT_EQ(m_store->changeToken().value(), token);
    }
    EXPECT_EQ(reset.count(), 0);
    EXPECT_TRUE(QDir(m_dir.path())
                    .entryList({QStringLiteral("diary.sqlite.before-restore-*")}, QDir::Files)
                    .isEmpty());
}

class BackupManagerTest : public BackupTest
{
protected:
    QString backupDir() const { return m_dir.filePath(QStringLiteral("backups")); }
    FixedClock m_clock {QDateTime(QDate(2024, 1, 1), QTime(9, 0))};
};

TEST_F(BackupManagerTest, AtMostOneBackupADayAndOnlyWhenChanged)
{
    BackupManager manager(*m_store, backupDir(), m_clock);
    auto first = manager.runIfDue();
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->has_value()); // an empty diary needs no backup

    ASSERT_TRUE(m_store->save(fullDay(m_date)).ok());
    first = manager.runIfDue();
    ASSERT_TRUE(first.ok()) << first.errorMessage().toStdString();
    ASSERT_TRUE(first->has_value());
    EXPECT_EQ((*first)->date, QDate(2024, 1, 1));
    EXPECT_EQ(
        QFileInfo((*first)->path).fileName(), QStringLiteral("stilla-diary-2024-01-01.sqlite"));
    EXPECT_GT((*first)->bytes, 0);
    EXPECT_EQ(test::modeOf((*first)->path), kPrivate);

    ASSERT_TRUE(m_store->save(fullDay(m_date.addDays(1))).ok());
    EXPECT_FALSE(manager.runIfDue()->has_value()); // one a day

    m_clock.setNow(m_clock.now().addDays(1));
    EXPECT_TRUE(manager.runIfDue()->has_value()); // changed since yesterday's backup
    m_clock.setNow(m_clock.now().addDays(1));
    EXPECT_FALSE(manager.runIfDue()->has_value()); // unchanged since the newest backup
    EXPECT_EQ(manager.list()->size(), 2u);
}

TEST_F(BackupManagerTest, RotationKeepsSevenDailyAndFourWeekly)
{
    BackupManager manager(*m_store, backupDir(), m_clock);
    QFile other(QDir(backupDir()).filePath(QStringLiteral("notes.txt")));
    QDir().mkpath(backupDir());
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();
    for (int i = 0; i < 60; ++i) { // 2024-01-01 (a Monday) to 2024-02-29 (a Thursday)
        m_clock.setNow(QDateTime(QDate(2024, 1, 1).addDays(i), QTime(9, 0)));
        ASSERT_TRUE(m_store->save(versionedDay(m_date, i)).ok());
        auto made = manager.runIfDue();
        ASSERT_TRUE(made.ok()) << made.errorMessage().toStdString();
        ASSERT_TRUE(made->has_value());
    }
    const auto backups = manager.list().value();
    std::vector<QDate> dates;
    std::vector<QDate> weekly;
    for (const BackupInfo& backup : backups) {
        dates.push_back(backup.date);
        if (backup.weekly)
            weekly.push_back(backup.date);
        EXPECT_EQ(test::modeOf(backup.path), kPrivate);
    }
    const std::vector<QDate> expected = {{2024, 2, 29}, {2024, 2, 28}, {2024, 2, 27}, {2024, 2, 26},
        {2024, 2, 25}, {2024, 2, 24}, {2024, 2, 23}, // daily
        {2024, 2, 22}, {2024, 2, 18}, {2024, 2, 11}, {2024, 2, 4}}; // weekly
    EXPECT_EQ(dates, expected);
    EXPECT_EQ(weekly, std::vector<QDate>(expected.begin() + 7, expected.end()));
    EXPECT_TRUE(other.exists()); // other files are left alone
    EXPECT_EQ(test::modeOf(backupDir()), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_F(BackupManagerTest, NewestGoodSkipsDamagedBackups)
{
    BackupManager manager(*m_store, backupDir(), m_clock);
    EXPECT_FALSE(manager.newestGood());
    for (int i = 0; i < 3; ++i) {
        m_clock.setNow(QDateTime(QDate(2024, 1, 1).addDays(i), QTime(9, 0)));
        ASSERT_TRUE(m_store->save(versionedDay(m_date, i)).ok());
        ASSERT_TRUE(manager.runIfDue()->has_value());
    }
    const auto backups = manager.list().value();
    ASSERT_EQ(backups.size(), 3u);
    ASSERT_EQ(manager.newestGood()->path, backups[0].path);
    {
        QFile newest(backups[0].path);
        ASSERT_TRUE(newest.resize(newest.size() / 2));
    }
    const auto good = BackupManager::newestGoodIn(backupDir());
    ASSERT_TRUE(good);
    EXPECT_EQ(good->date, QDate(2024, 1, 2));
    ASSERT_TRUE(m_store->restoreFrom(good->path, m_clock.now()).ok());
    EXPECT_EQ(withoutIds(*m_store->day(m_date).value()), versionedDay(m_date, 1));
}

} // namespace
} // namespace stilla
