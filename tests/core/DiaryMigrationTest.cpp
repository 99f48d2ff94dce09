// Every older schema, from a committed fixture, migrates to the current one.
#include "DiaryFixtures.h"
#include "DiaryTestData.h"
#include "TestUtil.h"
#include "diary/DiaryStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace stilla {
namespace {

const QString kFixtures = QStringLiteral(STILLA_SOURCE_DIR "/tests/data/schema");

/// The schema as SQLite describes it: type, name and SQL of every object, sorted.
QStringList schemaOf(const QString& path)
{
    QStringList objects;
    const QString name = QStringLiteral("test-schema");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(
            QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")));
        while (query.next()) {
            objects << QStringList {query.value(0).toString(), query.value(1).toString(),
                query.value(2).toString()}
                           .join(u'|');
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return objects;
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

TEST_F(DiaryMigrationTest, TheCurrentSchemaHasTheExpectedTables)
{
    const QString path = m_dir.filePath(QStringLiteral("d.sqlite"));
    ASSERT_TRUE(DiaryStore::open(path).store);
    const QStringList schema = schemaOf(path);
    for (const char* table : {"day", "food_intake", "supplement_intake", "medication_taken",
             "custom_food", "favourite_food"}) {
        const QString prefix = QStringLiteral("table|%1|").arg(QLatin1String(table));
        EXPECT_TRUE(std::any_of(schema.begin(), schema.end(), [&prefix](const QString& object) {
            return object.startsWith(prefix);
        })) << table;
    }
    EXPECT_EQ(schema.filter(QStringLiteral("ON DELETE CASCADE")).size(), 3);
    EXPECT_EQ(test::rawQuery(path, QStringLiteral("PRAGMA application_id")).toInt(), 0x5374696c);
}

TEST_F(DiaryMigrationTest, Version1DaysSurviveTheFoodTablesMigration)
{
    // diary-v1.sqlite: tests/data/io/diary.json imported by stilla-cli at schema version 1.
    const QString copy = m_dir.filePath(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(kFixtures + QStringLiteral("/diary-v1.sqlite"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = DiaryStore::open(copy);
    ASSERT_TRUE(opened.store) << opened.message.toStdString();
    const auto days = opened.store->days(QDate(), QDate());
    ASSERT_TRUE(days.ok());
    std::vector<DayEntry> expected = test::sampleDays();
    std::sort(expected.begin(), expected.end(),
        [](const DayEntry& a, const DayEntry& b) { return a.date < b.date; });
    ASSERT_EQ(days->size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(test::withoutIds(days->at(i)), expected[i]) << i;
    // The new tables are there, empty, and work.
    EXPECT_TRUE(opened.store->customFoods()->empty());
    EXPECT_TRUE(opened.store->favouriteFoods()->isEmpty());
    EXPECT_EQ(opened.store->recentFoods(5).value(),
        (std::vector<QString> {QStringLiteral("custom:c-1"), QStringLiteral("slv:1234")}));
    CustomFood food;
    food.name = QStringLiteral("Oat porridge");
    food.magnesiumPer100g = 27;
    EXPECT_TRUE(opened.store->saveCustomFood(food).ok());
    EXPECT_TRUE(
        opened.store->setFavouriteFood(QStringLiteral("usda"), QStringLiteral("11457"), true).ok());
    EXPECT_EQ(opened.store->integrityCheck().value(), QStringLiteral("ok"));
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
