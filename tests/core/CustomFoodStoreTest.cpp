// My foods, favourites and recent foods in the diary (schema version 2).
#include "DiaryTestData.h"
#include "core/diary/DiaryStore.h"
#include "tests/TestUtil.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <cmath>
#include <limits>

namespace stilla {
namespace {

using test::rawQuery;

class CustomFoodStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = DiaryStore::open(path());
        ASSERT_EQ(opened.problem, DiaryStore::OpenProblem::None) << opened.message.toStdString();
        m_store = std::move(opened.store);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("diary.sqlite")); }
    /// When a food is added: the caller's Clock, never the store's wall clock.
    static inline const QDateTime kAdded {QDate(2026, 3, 2), QTime(8, 15, 30, 400), Qt::UTC};
    static CustomFood bread()
    {
        CustomFood food;
        food.name = QStringLiteral("  Grandma's rye bread ");
        food.magnesiumPer100g = 70.5;
        food.portionGrams = 40;
        food.portionLabel = QStringLiteral("1 slice");
        food.created = kAdded;
        return food;
    }
    void eat(const QDate& date, std::vector<FoodIntake> foods)
    {
        DayEntry day;
        day.date = date;
        day.foods = std::move(foods);
        ASSERT_TRUE(m_store->save(day).ok());
    }
    static FoodIntake intake(const char* source, const char* id)
    {
        return {0, QLatin1String(source), QLatin1String(id), QStringLiteral("x"), 10, 5};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DiaryStore> m_store;
};

TEST_F(CustomFoodStoreTest, MyFoodsAreSavedAndSurviveReopening)
{
    QSignalSpy changed(&m_store->notifier(), &DiaryNotifier::customFoodsChanged);
    auto saved = m_store->foods().saveCustom(bread());
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    EXPECT_GT(saved->id, 0);
    EXPECT_EQ(saved->name, QStringLiteral("Grandma's rye bread"));
    EXPECT_EQ(saved->created, kAdded.addMSecs(-400)) << "the time given, to the second";
    EXPECT_EQ(changed.count(), 1);

    CustomFood plain;
    plain.name = QString::fromUtf8("Nötmix ✓");
    plain.magnesiumPer100g = 0.1 + 0.2;
    EXPECT_FALSE(m_store->foods().saveCustom(plain).ok())
        << "a new food without the time it was added";
    plain.created = kAdded;
    auto second = m_store->foods().saveCustom(plain);
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second->portionGrams);
    EXPECT_GT(second->id, saved->id);

    m_store.reset();
    m_store = std::move(DiaryStore::open(path()).store);
    ASSERT_TRUE(m_store);
    const auto foods = m_store->foods().custom();
    ASSERT_TRUE(foods.ok());
    ASSERT_EQ(foods->size(), 2u);
    EXPECT_EQ(foods->at(0), *saved);
    EXPECT_EQ(foods->at(1), *second);
    EXPECT_EQ(foods->at(1).magnesiumPer100g, 0.1 + 0.2);
}

TEST_F(CustomFoodStoreTest, UpdatingKeepsIdAndCreated)
{
    auto saved = m_store->foods().saveCustom(bread());
    ASSERT_TRUE(saved.ok());
    CustomFood changed = *saved;
    changed.name = QStringLiteral("Rye bread");
    changed.magnesiumPer100g = 80;
    changed.portionGrams.reset();
    changed.portionLabel.clear();
    changed.created = QDateTime();
    auto updated = m_store->foods().saveCustom(changed);
    ASSERT_TRUE(updated.ok()) << updated.errorMessage().toStdString();
    EXPECT_EQ(updated->id, saved->id);
    EXPECT_EQ(updated->created, saved->created);
    EXPECT_EQ(updated->name, QStringLiteral("Rye bread"));
    EXPECT_FALSE(updated->portionGrams);
    EXPECT_EQ(m_store->foods().custom()->size(), 1u);

    changed.id = saved->id + 100;
    const auto missing = m_store->foods().saveCustom(changed);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QString::number(saved->id + 100)));
    EXPECT_EQ(m_store->foods().custom()->size(), 1u);
}

TEST_F(CustomFoodStoreTest, InvalidFoodsAreRefusedAndNothingChanges)
{
    const qint64 token = m_store->changeToken().value();
    QSignalSpy changed(&m_store->notifier(), &DiaryNotifier::customFoodsChanged);
    const auto refused = [this](const CustomFood& food, const char* words) {
        const auto result = m_store->foods().saveCustom(food);
        EXPECT_FALSE(result.ok());
        EXPECT_TRUE(result.errorMessage().contains(QLatin1String(words)))
            << result.errorMessage().toStdString();
    };
    CustomFood food = bread();
    food.name = QStringLiteral("   ");
    refused(food, "name");
    food.name = QString(201, u'a');
    refused(food, "200");
    food = bread();
    food.magnesiumPer100g = -1;
    refused(food, "2000");
    food.magnesiumPer100g = 2000.5;
    refused(food, "2000");
    food.magnesiumPer100g = std::numeric_limits<double>::quiet_NaN();
    refused(food, "2000");
    food = bread();
    food.portionGrams = 0;
    refused(food, "5000");
    food.portionGrams = 5001;
    refused(food, "5000");
    food.portionGrams.reset();
    refused(food, "1 slice");
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(m_store->changeToken().value(), token);
    EXPECT_TRUE(m_store->foods().custom()->empty());

    // The limits themselves are allowed.
    food = bread();
    food.name = QString(200, u'a');
    food.magnesiumPer100g = 2000;
    food.portionGrams = 5000;
    EXPECT_TRUE(m_store->foods().saveCustom(food).ok());
    food.magnesiumPer100g = 0;
    food.portionGrams = 0.1;
    EXPECT_TRUE(m_store->foods().saveCustom(food).ok());
}

TEST_F(CustomFoodStoreTest, RemovingAFoodKeepsTheDaysThatUsedIt)
{
    auto saved = m_store->foods().saveCustom(bread());
    ASSERT_TRUE(saved.ok());
    const QString id = QString::number(saved->id);
    ASSERT_TRUE(m_store->foods().setFavourite(QStringLiteral("custom"), id, true).ok());
    FoodIntake eaten {0, QStringLiteral("custom"), id, saved->name, 40, 28.2};
    eat(QDate(2024, 3, 5), {eaten});

    QSignalSpy foods(&m_store->notifier(), &DiaryNotifier::customFoodsChanged);
    QSignalSpy favourites(&m_store->notifier(), &DiaryNotifier::favouritesChanged);
    ASSERT_TRUE(m_store->foods().removeCustom(saved->id).ok());
    EXPECT_EQ(foods.count(), 1);
    EXPECT_EQ(favourites.count(), 1);
    EXPECT_TRUE(m_store->foods().custom()->empty());
    EXPECT_TRUE(m_store->foods().favourites()->isEmpty());
    const auto day = m_store->day(QDate(2024, 3, 5)).value();
    ASSERT_TRUE(day);
    ASSERT_EQ(day->foods.size(), 1u);
    EXPECT_EQ(day->foods[0].name, saved->name);
    EXPECT_EQ(day->foods[0].magnesiumMg, 28.2);

    // Removing again is fine and announces nothing.
    ASSERT_TRUE(m_store->foods().removeCustom(saved->id).ok());
    EXPECT_EQ(foods.count(), 1);
}

TEST_F(CustomFoodStoreTest, Favourites)
{
    QSignalSpy changed(&m_store->notifier(), &DiaryNotifier::favouritesChanged);
    const qint64 token = m_store->changeToken().value();
    ASSERT_TRUE(
        m_store->foods().setFavourite(QStringLiteral("usda"), QStringLiteral("11457"), true).ok());
    ASSERT_TRUE(
        m_store->foods().setFavourite(QStringLiteral("slv"), QStringLiteral("1571"), true).ok());
    EXPECT_NE(m_store->changeToken().value(), token);
    // Marking twice changes nothing.
    ASSERT_TRUE(
        m_store->foods().setFavourite(QStringLiteral("slv"), QStringLiteral("1571"), true).ok());
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(m_store->foods().favourites().value(),
        (QSet<QString> {QStringLiteral("usda:11457"), QStringLiteral("slv:1571")}));

    ASSERT_TRUE(
        m_store->foods().setFavourite(QStringLiteral("usda"), QStringLiteral("11457"), false).ok());
    ASSERT_TRUE(
        m_store->foods().setFavourite(QStringLiteral("usda"), QStringLiteral("11457"), false).ok());
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(m_store->foods().favourites().value(), (QSet<QString> {QStringLiteral("slv:1571")}));

    EXPECT_FALSE(
        m_store->foods().setFavourite(QStringLiteral("import"), QStringLiteral("1"), true).ok());
    EXPECT_FALSE(m_store->foods().setFavourite(QStringLiteral("slv"), QString(), true).ok());
    EXPECT_FALSE(
        m_store->foods().setFavourite(QStringLiteral("slv"), QStringLiteral("a:b"), true).ok());
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(rawQuery(path(), QStringLiteral("SELECT count(*) FROM favourite_food")).toInt(), 1);
}

TEST_F(CustomFoodStoreTest, RecentFoodsAreTheNewestDistinctOnes)
{
    EXPECT_TRUE(m_store->foods().recent(10)->empty());
    eat(QDate(2024, 3, 1), {intake("slv", "1"), intake("usda", "2"), intake("slv", "3")});
    eat(QDate(2024, 3, 3), {intake("slv", "3"), intake("custom", "7"), intake("import", "")});
    eat(QDate(2024, 3, 2), {intake("usda", "2"), intake("usda", "4")});
    const auto recent = m_store->foods().recent(10);
    ASSERT_TRUE(recent.ok()) << recent.errorMessage().toStdString();
    EXPECT_EQ(*recent,
        (std::vector<QString> {QStringLiteral("custom:7"), QStringLiteral("slv:3"),
            QStringLiteral("usda:4"), QStringLiteral("usda:2"), QStringLiteral("slv:1")}));
    EXPECT_EQ(m_store->foods().recent(2)->size(), 2u);
    EXPECT_TRUE(m_store->foods().recent(0)->empty());
}

} // namespace
} // namespace stilla
