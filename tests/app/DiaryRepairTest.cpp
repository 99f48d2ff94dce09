// What the user is offered when the integrity check that runs after start-up finds the open
// diary damaged.
#include "app/gui/DiaryOpener.h"
#include "app/gui/widgets/MessageBox.h"
#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/diary/BackupManager.h"
#include "core/diary/DiaryStore.h"
#include "tests/TestUtil.h"
#include "tests/core/DiaryFileTestUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace stilla {
namespace {

class DiaryRepairTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = m_dir.filePath(QStringLiteral("data"));
        ASSERT_TRUE(QDir().mkpath(AppPaths::backupDir(m_dataDir)));
        // A diary with a good backup of 20 days, then 100 days, then damaged.
        const QString path = AppPaths::diaryFile(m_dataDir);
        {
            auto opened = DiaryStore::open(path);
            ASSERT_TRUE(opened.store) << opened.message.toStdString();
            ASSERT_TRUE(opened.store->saveMany(days(20), ConflictPolicy::Fail).ok());
            BackupManager backups(*opened.store, AppPaths::backupDir(m_dataDir), m_clock);
            const auto made = backups.runIfDue();
            ASSERT_TRUE(made.ok() && made.value().has_value()) << made.errorMessage().toStdString();
            std::vector<DayEntry> more = days(120);
            more.erase(more.begin(), more.begin() + 20);
            ASSERT_TRUE(opened.store->saveMany(more, ConflictPolicy::Fail).ok());
        }
        test::damageMiddlePages(path, 11);
        m_damagedHash = test::fileHash(path);

        auto opened = DiaryStore::open(
            path, DiaryStore::kDefaultBusyTimeout, DiaryStore::IntegrityCheck::InBackground);
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        m_diary = std::move(opened.store);
        m_damage = m_diary->damage(true).value_or(QString());
        ASSERT_FALSE(m_damage.isEmpty());
    }

    static std::vector<DayEntry> days(int count)
    {
        std::vector<DayEntry> entries;
        for (int i = 0; i < count; ++i)
            entries.push_back(test::fullDay(QDate(2026, 1, 1).addDays(i)));
        return entries;
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 24), QTime(21, 0))};
    std::unique_ptr<DiaryStore> m_diary;
    QString m_damage;
    QByteArray m_damagedHash;
};

TEST_F(DiaryRepairTest, RestoringTheNewestBackupReplacesTheDamagedDiary)
{
    QSignalSpy reset(&m_diary->notifier(), &DiaryNotifier::diaryReset);
    MessageBox::setNextChoice(0); // Restore the Backup, Start a New Diary, Continue Without Saving
    EXPECT_TRUE(DiaryOpener::repair(*m_diary, m_dataDir, m_clock, m_damage));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(m_diary->dayCount().value(), 20);
    EXPECT_TRUE(m_diary->save(test::fullDay(QDate(2026, 11, 24))).ok());
    const QStringList aside = QDir(m_dataDir).entryList({QStringLiteral("*.damaged-*")});
    ASSERT_EQ(aside.size(), 1) << aside.join(u' ').toStdString();
    EXPECT_EQ(test::fileHash(QDir(m_dataDir).filePath(aside.front())), m_damagedHash);
}

TEST_F(DiaryRepairTest, ContinuingWithoutSavingLeavesEverythingAsItWas)
{
    MessageBox::setNextChoice(2);
    MessageBox::takeMessages();
    EXPECT_FALSE(DiaryOpener::repair(*m_diary, m_dataDir, m_clock, m_damage));
    const QStringList shown = MessageBox::takeMessages();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown.front().startsWith(QStringLiteral("The diary is damaged: ")))
        << shown.front().toStdString();
    EXPECT_TRUE(shown.front().contains(QStringLiteral("The newest good backup is from")));
    EXPECT_FALSE(m_diary->save(test::fullDay(QDate(2026, 11, 24))).ok());
    m_diary.reset();
    EXPECT_EQ(test::fileHash(AppPaths::diaryFile(m_dataDir)), m_damagedHash);
    EXPECT_TRUE(QDir(m_dataDir).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
}

} // namespace
} // namespace stilla
