// The integrity check in the background (DiaryStore::IntegrityCheck::InBackground): the window
// need not wait for it, yet a damaged diary is still never written to.
#include "DiaryFileTestUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace stilla {
namespace {

using Problem = DiaryStore::OpenProblem;
constexpr auto kInBackground = DiaryStore::IntegrityCheck::InBackground;

using DiaryBackgroundCheckTest = test::DiaryFileTest;

TEST_F(DiaryBackgroundCheckTest, AHealthyDiaryOpensAndSavesAsUsual)
{
    const QString path = makeDiary("healthy.sqlite");
    auto opened = DiaryStore::open(path, DiaryStore::kDefaultBusyTimeout, kInBackground);
    ASSERT_TRUE(opened.store) << opened.message.toStdString();
    EXPECT_EQ(opened.store->dayCount().value(), 120);
    ASSERT_TRUE(opened.store->save(test::fullDay(QDate(2024, 1, 1))).ok());
    EXPECT_EQ(opened.store->damage(true), std::nullopt);
    EXPECT_EQ(opened.store->integrityCheck().value(), QStringLiteral("ok"));
}

TEST_F(DiaryBackgroundCheckTest, DamageFoundAfterOpeningStopsEveryWriteAndChangesNothing)
{
    const QString path = makeDiary("damaged.sqlite");
    test::damageMiddlePages(path, 7);
    const QByteArray before = test::fileHash(path);

    auto opened = DiaryStore::open(path, DiaryStore::kDefaultBusyTimeout, kInBackground);
    ASSERT_TRUE(opened.store) << "the quick checks pass: " << opened.message.toStdString();
    DiaryStore& store = *opened.store;
    QSignalSpy found(&store.notifier(), &DiaryNotifier::damageFound);
    ASSERT_TRUE(found.wait(10000)) << "the notifier hears of the damage";
    EXPECT_TRUE(found.at(0).at(0).toString().contains(QStringLiteral("damaged")));

    const auto damage = store.damage();
    ASSERT_TRUE(damage.has_value());
    EXPECT_TRUE(damage->contains(QDir::toNativeSeparators(path))) << damage->toStdString();

    const auto saved = store.save(test::fullDay(QDate(2024, 1, 1)));
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.errorMessage().contains(QStringLiteral("damaged")));
    EXPECT_FALSE(store.remove(QDate(2023, 1, 5)).ok());
    EXPECT_FALSE(store.saveMany({test::fullDay(QDate(2024, 2, 1))}, ConflictPolicy::Replace).ok());
    EXPECT_FALSE(
        store.foods().setFavourite(QStringLiteral("usda"), QStringLiteral("1"), true).ok());
    CustomFood food;
    food.name = QStringLiteral("Seeds");
    food.magnesiumPer100g = 500;
    EXPECT_FALSE(store.foods().saveCustom(food).ok());
    // No damaged copy may become a backup.
    EXPECT_FALSE(store.backupTo(file("backup.sqlite")).ok());
    EXPECT_FALSE(QFileInfo::exists(file("backup.sqlite")));

    opened.store.reset();
    EXPECT_EQ(test::fileHash(path), before) << "the damaged file was written to";
}

TEST_F(DiaryBackgroundCheckTest, AWriteRightAfterOpeningWaitsForTheCheck)
{
    const QString path = makeDiary("early.sqlite", 600);
    test::damageMiddlePages(path, 7);
    const QByteArray before = test::fileHash(path);
    auto opened = DiaryStore::open(path, DiaryStore::kDefaultBusyTimeout, kInBackground);
    ASSERT_TRUE(opened.store) << opened.message.toStdString();
    // At once, before the event loop has run: the save still waits for the verdict.
    EXPECT_FALSE(opened.store->save(test::fullDay(QDate(2024, 1, 1))).ok());
    opened.store.reset();
    EXPECT_EQ(test::fileHash(path), before);
}

TEST_F(DiaryBackgroundCheckTest, ADiaryThatNeedsMigratingIsCheckedBeforeOpening)
{
    const QString path = makeDiary("old.sqlite");
    test::damageMiddlePages(path, 7);
    test::overwriteFile(
        path, 60, QByteArray::fromHex("00000001")); // user_version 1: migrations would write
    const QByteArray before = test::fileHash(path);
    const auto opened = DiaryStore::open(path, DiaryStore::kDefaultBusyTimeout, kInBackground);
    EXPECT_FALSE(opened.store);
    EXPECT_EQ(opened.problem, Problem::Damaged) << opened.message.toStdString();
    EXPECT_EQ(test::fileHash(path), before);
}

TEST_F(DiaryBackgroundCheckTest, ReplaceDamagedRestoresABackupAndKeepsTheDamagedFileAside)
{
    const QString backup = makeDiary("backup.sqlite", 30);
    const QString path = makeDiary("diary.sqlite");
    test::damageMiddlePages(path, 7);
    const QByteArray damagedHash = test::fileHash(path);
    auto opened = DiaryStore::open(path, DiaryStore::kDefaultBusyTimeout, kInBackground);
    ASSERT_TRUE(opened.store);
    DiaryStore& store = *opened.store;
    ASSERT_TRUE(store.damage(true).has_value());
    QSignalSpy reset(&store.notifier(), &DiaryNotifier::diaryReset);

    const QDateTime now(QDate(2026, 11, 30), QTime(8, 15, 0));
    ASSERT_TRUE(store.replaceDamaged(backup, now).ok());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(store.damage(true), std::nullopt);
    EXPECT_EQ(store.dayCount().value(), 30);
    EXPECT_TRUE(store.save(test::fullDay(QDate(2024, 1, 1))).ok());
    const QString aside = path + QStringLiteral(".damaged-20261130-081500");
    ASSERT_TRUE(QFileInfo::exists(aside));
    EXPECT_EQ(test::fileHash(aside), damagedHash) << "the damaged file is kept as it was";
}

TEST_F(DiaryBackgroundCheckTest, ReplaceDamagedWithoutABackupStartsANewDiary)
{
    const QString path = makeDiary("diary.sqlite");
    test::damageMiddlePages(path, 7);
    auto opened = DiaryStore::open(path, DiaryStore::kDefaultBusyTimeout, kInBackground);
    ASSERT_TRUE(opened.store);
    ASSERT_TRUE(opened.store->damage(true).has_value());
    ASSERT_TRUE(opened.store->replaceDamaged({}, QDateTime(QDate(2026, 11, 30), QTime(9, 0))).ok());
    EXPECT_EQ(opened.store->dayCount().value(), 0);
    EXPECT_TRUE(opened.store->save(test::fullDay(QDate(2024, 1, 1))).ok());
}

TEST_F(DiaryBackgroundCheckTest, ReplaceDamagedRefusesAHealthyDiary)
{
    const QString path = makeDiary("healthy.sqlite", 5);
    auto opened = DiaryStore::open(path, DiaryStore::kDefaultBusyTimeout, kInBackground);
    ASSERT_TRUE(opened.store);
    EXPECT_FALSE(opened.store->replaceDamaged({}, QDateTime::currentDateTime()).ok());
    EXPECT_EQ(opened.store->dayCount().value(), 5);
}

} // namespace
} // namespace stilla
