// One recovery policy for the window and stilla-cli: a diary that cannot be written is read,
// a damaged one is never written to but set aside whole and replaced by a checked backup or a
// new diary, and an intact one replaced by a backup is kept beside it.
#include "core/diary/DiaryRecovery.h"

#include "DiaryFileTestUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

namespace stilla {
namespace {

using Problem = DiaryStore::OpenProblem;

class DiaryRecoveryTest : public test::DiaryFileTest
{
protected:
    const QDateTime m_now {QDate(2026, 12, 5), QTime(8, 30)};

    static int dayCount(const QString& path)
    {
        auto opened = DiaryStore::open(path);
        EXPECT_TRUE(opened.store) << opened.message.toStdString();
        return opened.store ? opened.store->dayCount().value() : -1;
    }
    static QByteArray bytes(const QString& path)
    {
        QFile in(path);
        EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << path.toStdString();
        return in.readAll();
    }
};

TEST_F(DiaryRecoveryTest, ADiaryThatCannotBeWrittenIsReadWhenReadingIsEnough)
{
    const QString path = makeDiary("diary.sqlite", 3);
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
    const auto restore
        = qScopeGuard([&] { QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner); });

    const auto refused = DiaryRecovery::open(path, QString(), DiaryRecovery::Fallback::None);
    EXPECT_FALSE(refused.store);
    EXPECT_EQ(refused.problem, Problem::ReadOnly);
    const auto read = DiaryRecovery::open(path, QString(), DiaryRecovery::Fallback::ReadOnly);
    ASSERT_TRUE(read.store) << read.message.toStdString();
    EXPECT_TRUE(read.store->isReadOnly());
    EXPECT_EQ(read.store->readOnlyReason(), refused.message);
    EXPECT_EQ(read.store->dayCount().value(), 3);

    // Another program has the folder: read-only for that reason, whatever the file allows.
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const auto beside = DiaryRecovery::open(
        path, QStringLiteral("Stilla has it open."), DiaryRecovery::Fallback::None);
    ASSERT_TRUE(beside.store);
    EXPECT_TRUE(beside.store->isReadOnly());
    EXPECT_EQ(beside.store->readOnlyReason(), QStringLiteral("Stilla has it open."));
}

TEST_F(DiaryRecoveryTest, ADamagedDiaryIsSetAsideWholeAndABackupOrANewDiaryTakesItsPlace)
{
    const QString backup = makeDiary("backup.sqlite", 5);
    for (const bool fromBackup : {true, false}) {
        const QString path = makeDiary(fromBackup ? "restored.sqlite" : "fresh.sqlite");
        test::damageMiddlePages(path, 7);
        const QByteArray damaged = bytes(path);
        EXPECT_TRUE(DiaryRecovery::isDamage(DiaryStore::open(path).problem));

        auto replaced = DiaryRecovery::replaceDamaged(path, fromBackup ? backup : QString(), m_now);
        ASSERT_TRUE(replaced.ok()) << replaced.errorMessage().toStdString();
        EXPECT_EQ(bytes(replaced->asideTo), damaged) << "kept aside byte for byte";
        EXPECT_TRUE(replaced->asideTo.contains(QStringLiteral("20261205-083000")));
        ASSERT_TRUE(replaced->opened.store) << replaced->opened.message.toStdString();
        EXPECT_EQ(replaced->opened.store->dayCount().value(), fromBackup ? 5 : 0);
    }
}

TEST_F(DiaryRecoveryTest, ABackupTakesThePlaceOfNoDiaryAnIntactOneOrADamagedOne)
{
    const QString backup = makeDiary("backup.sqlite", 5);
    const QString folder = m_dir.filePath(QStringLiteral("data"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/diary.sqlite");

    // No diary yet: the backup becomes it.
    DiaryRecovery::Restored restored = DiaryRecovery::restore(path, backup, m_now);
    ASSERT_TRUE(restored.status.ok()) << restored.status.errorMessage().toStdString();
    EXPECT_FALSE(restored.keptBeside);
    EXPECT_EQ(dayCount(path), 5);

    // An intact diary: kept beside it.
    test::writeDiary(path, 2, QDate(2026, 1, 1));
    ASSERT_EQ(dayCount(path), 7);
    restored = DiaryRecovery::restore(path, backup, m_now);
    ASSERT_TRUE(restored.status.ok()) << restored.status.errorMessage().toStdString();
    EXPECT_TRUE(restored.keptBeside);
    EXPECT_TRUE(restored.damagedAsideTo.isEmpty());
    EXPECT_EQ(dayCount(path), 5);

    // A damaged one: set aside, never written.
    test::writeDiary(path, 200, QDate(2027, 1, 1));
    test::damageMiddlePages(path, 11);
    const QByteArray damaged = bytes(path);
    restored = DiaryRecovery::restore(path, backup, m_now);
    ASSERT_TRUE(restored.status.ok()) << restored.status.errorMessage().toStdString();
    ASSERT_FALSE(restored.damagedAsideTo.isEmpty());
    EXPECT_EQ(bytes(restored.damagedAsideTo), damaged);
    EXPECT_EQ(dayCount(path), 5);
}

TEST_F(DiaryRecoveryTest, ABackupThatIsNotAnIntactDiaryChangesNothing)
{
    const QString path = makeDiary("diary.sqlite", 4);
    const QByteArray before = bytes(path);
    const QString notADiary = file("notes.sqlite");
    QFile out(notADiary);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("These are not the days you are looking for.");
    out.close();

    const DiaryRecovery::Restored restored = DiaryRecovery::restore(path, notADiary, m_now);
    EXPECT_FALSE(restored.status.ok());
    EXPECT_EQ(restored.problem, Problem::NotADatabase);
    EXPECT_FALSE(restored.status.errorMessage().isEmpty());
    EXPECT_EQ(bytes(path), before);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).size(), 2) << "nothing set aside";
}

} // namespace
} // namespace stilla
