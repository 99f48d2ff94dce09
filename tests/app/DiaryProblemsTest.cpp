// What the window does with a diary that is not healthy: a file that is not SQLite, a truncated
// file, a read-only file or folder, a diary another program holds, and a full disk. Each gets a
// clear message, the file on disk is never made worse, and the app stays usable.
#include "AppFixture.h"
#include "app/gui/DiaryOpener.h"
#include "app/gui/pages/DiaryPage.h"
#include "app/gui/pages/FoodsPage.h"
#include "app/gui/widgets/MessageBox.h"
#include "core/AppPaths.h"
#include "core/diary/BackupManager.h"
#include "tests/TestUtil.h"
#include "tests/core/DiaryTestData.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>

#include <chrono>
#include <thread>

namespace stilla {
namespace {

using namespace std::chrono_literals;

constexpr QFile::Permissions kReadOnlyFolder
    = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser;
constexpr QFile::Permissions kOwnerFolder = kReadOnlyFolder | QFile::WriteOwner | QFile::WriteUser;

/// Unattended message boxes, so nothing waits for a person; every message is recorded.
class Unattended
{
public:
    Unattended()
    {
        MessageBox::setUnattended(true);
        MessageBox::takeMessages();
    }
    ~Unattended() { MessageBox::setUnattended(false); }
};

// ---- opening: DiaryOpener --------------------------------------------------------------------

class DiaryOpenerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        ASSERT_TRUE(QDir().mkpath(m_data));
        m_path = AppPaths::diaryFile(m_data);
    }
    void TearDown() override
    {
        QFile::setPermissions(m_data, kOwnerFolder);
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }
    void makeDiary(int days)
    {
        auto opened = DiaryStore::open(m_path);
        ASSERT_TRUE(opened.store);
        std::vector<DayEntry> entries;
        for (int i = 0; i < days; ++i)
            entries.push_back(test::fullDay(QDate(2026, 1, 1).addDays(i)));
        ASSERT_TRUE(opened.store->saveMany(entries, ConflictPolicy::Fail).ok());
    }
    void makeBackup(int days)
    {
        const QString keep = m_path + QStringLiteral(".keep");
        makeDiary(days);
        ASSERT_TRUE(QDir().mkpath(AppPaths::backupDir(m_data)));
        ASSERT_TRUE(QFile::rename(m_path, keep));
        auto opened = DiaryStore::open(keep);
        ASSERT_TRUE(opened.store);
        ASSERT_TRUE(opened.store
                        ->backupTo(QDir(AppPaths::backupDir(m_data))
                                       .filePath(BackupManager::fileName(QDate(2026, 2, 1))))
                        .ok());
        opened.store.reset();
        QFile::remove(keep);
    }
    QString joinedMessages() { return MessageBox::takeMessages().join(u'\n'); }
    QStringList asideFiles() const
    {
        return QDir(m_data).entryList({QStringLiteral("diary.sqlite.damaged-*")}, QDir::Files);
    }

    QTemporaryDir m_dir;
    QString m_data;
    QString m_path;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 24), QTime(21, 0))};
    Unattended m_unattended;
};

TEST_F(DiaryOpenerTest, AFileThatIsNotSqliteIsLeftAloneUntilTheUserChooses)
{
    QFile text(m_path);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("date,severity\n2026-01-01,4\n").repeated(300));
    text.close();
    const QByteArray before = test::fileHash(m_path);

    // Unattended, the box takes "Continue Without the Diary": nothing is touched.
    EXPECT_FALSE(DiaryOpener::open(m_data, m_clock));
    const QString shown = joinedMessages();
    EXPECT_TRUE(shown.contains(QLatin1String("is not a Stilla diary"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QLatin1String("no backup to restore"))) << shown.toStdString();
    EXPECT_EQ(test::fileHash(m_path), before);

    // "Start a New Diary" (the first choice without a backup) keeps the file aside, unchanged.
    MessageBox::setNextChoice(0);
    const auto store = DiaryOpener::open(m_data, m_clock);
    ASSERT_TRUE(store);
    EXPECT_FALSE(store->isReadOnly());
    EXPECT_EQ(store->dayCount().value(), 0);
    ASSERT_EQ(asideFiles().size(), 1);
    EXPECT_EQ(test::fileHash(QDir(m_data).filePath(asideFiles().front())), before);
}

TEST_F(DiaryOpenerTest, ATruncatedDiaryIsKeptAsideAndTheNewestGoodBackupRestored)
{
    makeBackup(3);
    makeDiary(150);
    QFile cut(m_path);
    ASSERT_TRUE(cut.resize(cut.size() / 2 + 100));
    const QByteArray before = test::fileHash(m_path);

    MessageBox::setNextChoice(0); // "Restore the Backup"
    const auto store = DiaryOpener::open(m_data, m_clock);
    const QString shown = joinedMessages();
    EXPECT_TRUE(shown.contains(QLatin1String("is damaged"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QLatin1String("newest good backup"))) << shown.toStdString();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->dayCount().value(), 3);
    ASSERT_EQ(asideFiles().size(), 1);
    EXPECT_EQ(test::fileHash(QDir(m_data).filePath(asideFiles().front())), before);
}

TEST_F(DiaryOpenerTest, AReadOnlyFileOpensReadOnlyAndSaysSoFirst)
{
    makeDiary(2);
    ASSERT_TRUE(QFile::setPermissions(m_path, QFile::ReadOwner));
    const QByteArray before = test::fileHash(m_path);
    const auto store = DiaryOpener::open(m_data, m_clock);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->isReadOnly());
    EXPECT_EQ(store->dayCount().value(), 2);
    const QString shown = joinedMessages();
    EXPECT_TRUE(shown.contains(QLatin1String("The diary is open read-only")))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QLatin1String("Make the file and its folder writable")));
    EXPECT_EQ(test::fileHash(m_path), before);
}

TEST_F(DiaryOpenerTest, AReadOnlyDataFolderOpensReadOnly)
{
    makeDiary(2);
    const QStringList entries = QDir(m_data).entryList(QDir::Files | QDir::Hidden);
    ASSERT_TRUE(QFile::setPermissions(m_data, kReadOnlyFolder));
    const auto store = DiaryOpener::open(m_data, m_clock);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->isReadOnly());
    EXPECT_FALSE(store->save(test::fullDay(QDate(2026, 5, 5))).ok());
    EXPECT_EQ(QDir(m_data).entryList(QDir::Files | QDir::Hidden), entries);
}

TEST_F(DiaryOpenerTest, ALockedDiaryCanBeTriedAgain)
{
    makeDiary(2);
    // Another program holds the diary for longer than the busy timeout, then lets go.
    std::atomic<bool> holding {false};
    std::thread other([this, &holding] {
        const QString name = QStringLiteral("other-program");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            db.open();
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
            query.exec(QStringLiteral("BEGIN EXCLUSIVE"));
            query.exec(QStringLiteral("DELETE FROM day"));
            holding = true;
            std::this_thread::sleep_for(DiaryStore::kDefaultBusyTimeout + 1s);
            query.exec(QStringLiteral("ROLLBACK"));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    while (!holding)
        std::this_thread::sleep_for(10ms);
    MessageBox::setNextChoice(0); // "Try Again"
    const auto store = DiaryOpener::open(m_data, m_clock);
    other.join();
    const QString shown = joinedMessages();
    EXPECT_TRUE(shown.contains(QLatin1String("Another program is using the diary")))
        << shown.toStdString();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->dayCount().value(), 2); // the other program's change was rolled back
}

// ---- the window with a read-only diary -----------------------------------------------------

class ReadOnlyWindowTest : public test::AppFixture
{
protected:
    void SetUp() override
    {
        test::AppFixture::SetUp();
        ASSERT_TRUE(m_diary->save(test::fullDay(m_clock.today())).ok());
        const QString path = m_diary->path();
        m_diary.reset();
        ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner));
        const auto refused = DiaryStore::open(path);
        ASSERT_EQ(refused.problem, DiaryStore::OpenProblem::ReadOnly);
        auto opened = DiaryStore::openReadOnly(path, refused.message);
        ASSERT_TRUE(opened.store);
        m_diary = std::move(opened.store);
        m_context->diary = m_diary.get();
        m_hash = test::fileHash(path);
    }
    void TearDown() override
    {
        const QString path = m_diary->path();
        test::AppFixture::TearDown();
        EXPECT_EQ(test::fileHash(path), m_hash) << "the read-only diary was changed";
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    QByteArray m_hash;
    Unattended m_unattended;
};

TEST_F(ReadOnlyWindowTest, TheDiaryPageShowsTheDayAndSaysWhyNothingCanBeChanged)
{
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Diary);
    auto& page = *static_cast<DiaryPage*>(window.page(MainWindow::PageId::Diary));
    EXPECT_TRUE(page.isReadOnly());

    auto* notice = find<QLabel>("diaryNoticeLabel");
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QLatin1String("open read-only")));
    EXPECT_TRUE(notice->text().contains(QLatin1String("Make the file and its folder writable")))
        << notice->text().toStdString();
    // Told before typing, and no typing is possible: the form shows the day, disabled.
    auto* notes = find<QPlainTextEdit>("notesEdit");
    EXPECT_EQ(notes->toPlainText(), test::fullDay(m_clock.today()).notes);
    EXPECT_FALSE(notes->isEnabled());
    QTest::keyClicks(notes, QStringLiteral("lost?"));
    EXPECT_EQ(notes->toPlainText(), test::fullDay(m_clock.today()).notes);
    EXPECT_FALSE(page.hasUnsavedChanges());
    EXPECT_TRUE(page.saveNow());
    EXPECT_FALSE(find<QPushButton>("deleteDayButton")->isEnabled());

    // The window says so too, and offers only what reads.
    EXPECT_TRUE(window.windowTitle().contains(QLatin1String("(read-only)")));
    EXPECT_TRUE(window.windowTitle().endsWith(QStringLiteral(" — Stilla")));
    auto* state = find<QLabel>("diaryStateLabel");
    EXPECT_TRUE(state->isVisible());
    EXPECT_TRUE(state->text().startsWith(QLatin1String("Read-only")));
    EXPECT_FALSE(find<QAction>("importAction")->isEnabled());
    EXPECT_FALSE(find<QAction>("restoreAction")->isEnabled());
    EXPECT_TRUE(MessageBox::takeMessages().isEmpty()) << "nothing should have failed";
}

TEST_F(ReadOnlyWindowTest, TheFoodPickerCannotAddToAReadOnlyDiary)
{
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Foods);
    auto& foods = *static_cast<FoodsPage*>(window.page(MainWindow::PageId::Foods));
    foods.search(QStringLiteral("almonds"));
    foods.selectResult(0);
    EXPECT_FALSE(find<QPushButton>("addToDiaryButton")->isEnabled());
    EXPECT_FALSE(find<QPushButton>("favouriteButton")->isEnabled());
    EXPECT_FALSE(find<QPushButton>("newFoodButton")->isEnabled());
    foods.addSelected(); // by keyboard: refused as well
    EXPECT_EQ(m_diary->day(m_clock.today()).value()->foods.size(),
        test::fullDay(m_clock.today()).foods.size());
}

// ---- the window on a full disk ---------------------------------------------------------------

class FullDiskTest : public test::AppFixture
{
protected:
    Unattended m_unattended;
};

TEST_F(FullDiskTest, TheSaveFailsClearlyTheEditStaysAndTheNextSaveAfterSpaceIsFreedWorks)
{
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Diary);
    auto& page = *static_cast<DiaryPage*>(window.page(MainWindow::PageId::Diary));
    const qint64 pages
        = test::rawQuery(m_diary->path(), QStringLiteral("PRAGMA page_count")).toLongLong();
    ASSERT_EQ(m_diary->setMaxPageCount(pages).value(), pages); // the disk is full

    const QString text = QStringLiteral("Restless until three. ").repeated(300);
    auto* notes = find<QPlainTextEdit>("notesEdit");
    notes->setFocus();
    notes->setPlainText(text);
    ASSERT_TRUE(page.hasUnsavedChanges());
    EXPECT_FALSE(page.saveNow());

    auto* notice = find<QLabel>("diaryNoticeLabel");
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QLatin1String("the disk is full")))
        << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QLatin1String("stay in the form")));
    auto* state = find<QLabel>("diaryStateLabel");
    EXPECT_EQ(state->text(), QStringLiteral("Not saved"));
    EXPECT_TRUE(state->toolTip().contains(QLatin1String("the disk is full")));
    EXPECT_EQ(notes->toPlainText(), text); // nothing typed is lost
    EXPECT_TRUE(page.hasUnsavedChanges());
    EXPECT_FALSE(m_diary->day(m_clock.today()).value().has_value()); // nothing stored changed

    // Leaving asks, naming the reason; Cancel keeps everything.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(page.showDate(m_clock.today().addDays(-1)));
    EXPECT_TRUE(MessageBox::takeMessages().join(u' ').contains(QLatin1String("the disk is full")));
    EXPECT_EQ(page.currentDate(), m_clock.today());
    EXPECT_EQ(notes->toPlainText(), text);

    // Space again: the next save goes through and the notes say so no more.
    ASSERT_GT(m_diary->setMaxPageCount(1 << 30).value(), pages);
    EXPECT_TRUE(page.saveNow());
    EXPECT_FALSE(notice->isVisible());
    EXPECT_FALSE(state->isVisible());
    ASSERT_TRUE(m_diary->day(m_clock.today()).value().has_value());
    EXPECT_EQ(m_diary->day(m_clock.today()).value()->notes, text);
}

} // namespace
} // namespace stilla
