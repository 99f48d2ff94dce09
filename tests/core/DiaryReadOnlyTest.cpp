// A diary that may not be written: a read-only file or folder is opened read-only (reads and
// backups work, writes refuse with the reason, nothing is created beside it), and a full disk
// refuses a save with "the disk is full", changing nothing, until there is space again.
#include "DiaryTestData.h"
#include "core/diary/DiaryStore.h"
#include "tests/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace stilla {
namespace {

using Problem = DiaryStore::OpenProblem;

constexpr QFile::Permissions kReadOnlyFolder
    = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser;
constexpr QFile::Permissions kOwnerFolder = kReadOnlyFolder | QFile::WriteOwner | QFile::WriteUser;

class DiaryReadOnlyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("data"));
        m_path = m_folder + QStringLiteral("/diary.sqlite");
        auto opened = DiaryStore::open(m_path);
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        ASSERT_TRUE(opened.store->save(test::fullDay(m_date)).ok());
        ASSERT_TRUE(opened.store->save(test::versionedDay(m_date.addDays(1), 1)).ok());
    }
    void TearDown() override
    {
        QFile::setPermissions(m_folder, kOwnerFolder);
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    QStringList folderEntries() const
    {
        return QDir(m_folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    /// Opens read-only as the app does after open() said ReadOnly, and checks that reading
    /// works, every write refuses with the reason, and neither the file nor the folder changed.
    void expectReadableButNotWritable()
    {
        const QByteArray before = test::fileHash(m_path);
        const QStringList entries = folderEntries();
        const auto refused = DiaryStore::open(m_path);
        ASSERT_EQ(refused.problem, Problem::ReadOnly) << refused.message.toStdString();
        EXPECT_TRUE(refused.message.contains(QLatin1String("read-only")));

        auto opened = DiaryStore::openReadOnly(m_path, refused.message);
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        DiaryStore& store = *opened.store;
        EXPECT_TRUE(store.isReadOnly());
        EXPECT_EQ(store.readOnlyReason(), refused.message);
        EXPECT_EQ(store.dayCount().value(), 2);
        EXPECT_EQ(test::withoutIds(*store.day(m_date).value()), test::fullDay(m_date));
        EXPECT_EQ(store.integrityCheck().value(), QStringLiteral("ok"));

        const Result<DayEntry> saved = store.save(test::versionedDay(m_date, 2));
        ASSERT_FALSE(saved.ok());
        EXPECT_TRUE(saved.errorMessage().contains(QLatin1String("read-only")));
        EXPECT_TRUE(saved.errorMessage().contains(refused.message));
        EXPECT_FALSE(store.remove(m_date).ok());
        EXPECT_FALSE(store.saveMany({test::fullDay(m_date.addDays(5))}, ConflictPolicy::Skip).ok());
        CustomFood food;
        food.name = QStringLiteral("Oats");
        food.magnesiumPer100g = 130;
        EXPECT_FALSE(store.foods().saveCustom(food).ok());
        EXPECT_FALSE(
            store.foods().setFavourite(QStringLiteral("usda"), QStringLiteral("1"), true).ok());
        EXPECT_TRUE(store.foods().custom().ok());

        // A backup of a read-only diary is still possible, elsewhere.
        const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        ASSERT_TRUE(store.backupTo(backup).ok());
        EXPECT_EQ(DiaryStore::checkFile(backup).problem, Problem::None);
        opened.store.reset();

        EXPECT_EQ(test::fileHash(m_path), before);
        EXPECT_EQ(folderEntries(), entries) << "something was created beside the diary";
    }

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_path;
    const QDate m_date {2026, 11, 20};
};

TEST_F(DiaryReadOnlyTest, AReadOnlyFileOpensReadOnly)
{
    ASSERT_TRUE(QFile::setPermissions(m_path, QFile::ReadOwner));
    expectReadableButNotWritable();
}

TEST_F(DiaryReadOnlyTest, AReadOnlyFolderOpensReadOnly)
{
    ASSERT_TRUE(QFile::setPermissions(m_folder, kReadOnlyFolder));
    expectReadableButNotWritable();
}

TEST_F(DiaryReadOnlyTest, ReadOnlyBesideAWriterSeesItsSaves)
{
    auto writer = DiaryStore::open(m_path);
    ASSERT_TRUE(writer.store);
    auto reader = DiaryStore::openReadOnly(m_path, QStringLiteral("Stilla's window has it."));
    ASSERT_TRUE(reader.store) << reader.message.toStdString();
    ASSERT_TRUE(writer.store->save(test::fullDay(m_date.addDays(9))).ok());
    EXPECT_EQ(reader.store->dayCount().value(), 3);
    EXPECT_FALSE(reader.store->save(test::fullDay(m_date.addDays(10))).ok());
    EXPECT_EQ(writer.store->dayCount().value(), 3);
}

TEST_F(DiaryReadOnlyTest, AnOlderDiaryThatCannotBeUpdatedIsRefusedReadOnly)
{
    const QString old = m_dir.filePath(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(STILLA_SOURCE_DIR "/tests/data/schema/diary-v1.sqlite"), old));
    ASSERT_TRUE(QFile::setPermissions(old, QFile::ReadOwner));
    const QByteArray before = test::fileHash(old);
    const auto opened = DiaryStore::openReadOnly(old, QStringLiteral("The file is read-only."));
    EXPECT_FALSE(opened.store);
    EXPECT_EQ(opened.problem, Problem::ReadOnly);
    EXPECT_TRUE(opened.message.contains(QLatin1String("earlier version of Stilla")))
        << opened.message.toStdString();
    EXPECT_TRUE(opened.message.contains(QLatin1String("The file is read-only.")));
    EXPECT_EQ(test::fileHash(old), before);
}

TEST_F(DiaryReadOnlyTest, ReadOnlyOpenRunsTheSameChecks)
{
    QFile text(m_dir.filePath(QStringLiteral("notes.sqlite")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("not a diary\n").repeated(400));
    text.close();
    EXPECT_EQ(DiaryStore::openReadOnly(text.fileName(), QString()).problem, Problem::NotADatabase);
    EXPECT_EQ(DiaryStore::openReadOnly(m_dir.filePath(QStringLiteral("missing.sqlite")), QString())
                  .problem,
        Problem::Io);
}

// ---- a full disk ---------------------------------------------------------------------------

TEST_F(DiaryReadOnlyTest, AFullDiskRefusesTheSaveChangingNothingUntilThereIsSpace)
{
    auto opened = DiaryStore::open(m_path);
    ASSERT_TRUE(opened.store);
    DiaryStore& store = *opened.store;
    const auto before = store.days({}, {}).value();
    const qint64 pages = test::rawQuery(m_path, QStringLiteral("PRAGMA page_count")).toLongLong();
    ASSERT_GT(pages, 0);
    ASSERT_EQ(store.setMaxPageCount(pages).value(), pages); // the disk is full now

    DayEntry big = test::fullDay(m_date);
    big.notes = QStringLiteral("A long night. ").repeated(600); // needs new pages
    const Result<DayEntry> saved = store.save(big);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.errorMessage().contains(QLatin1String("the disk is full")))
        << saved.errorMessage().toStdString();
    EXPECT_TRUE(saved.errorMessage().contains(QLatin1String("The diary was not changed")));
    std::vector<DayEntry> many;
    for (int i = 0; i < 40; ++i)
        many.push_back(test::fullDay(m_date.addDays(100 + i)));
    const auto imported = store.saveMany(many, ConflictPolicy::Fail);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.errorMessage().contains(QLatin1String("the disk is full")));
    EXPECT_EQ(store.days({}, {}).value(), before);
    EXPECT_EQ(store.integrityCheck().value(), QStringLiteral("ok"));

    // Space again: the same save goes through.
    ASSERT_GT(store.setMaxPageCount(1 << 30).value(), pages);
    ASSERT_TRUE(store.save(big).ok());
    EXPECT_EQ(store.day(m_date).value()->notes, big.notes);
    EXPECT_TRUE(store.saveMany(many, ConflictPolicy::Fail).ok());
}

} // namespace
} // namespace stilla
