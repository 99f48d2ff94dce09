// The food library follows the diary: own foods, favourites and recent foods are read again
// when the diary says they changed (or was restored), and the search ranks them from there.
#include "core/foods/FoodLibrary.h"

#include "core/diary/DiaryStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace stilla {
namespace {

class FoodLibraryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        m_diary = std::move(opened.store);
    }
    static CustomFood food(const char* name, double mgPer100g)
    {
        CustomFood custom;
        custom.name = QString::fromUtf8(name);
        custom.magnesiumPer100g = mgPer100g;
        custom.created = QDateTime(QDate(2026, 11, 20), QTime(18, 0));
        return custom;
    }
    static std::vector<QString> names(const std::vector<FoodMatch>& matches)
    {
        std::vector<QString> result;
        for (const FoodMatch& match : matches)
            result.push_back(match.food->name);
        return result;
    }
    static FoodQuery query(const char* text)
    {
        FoodQuery q;
        q.text = QString::fromUtf8(text);
        q.language = QStringLiteral("en");
        q.limit = 5;
        return q;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DiaryStore> m_diary;
};

TEST_F(FoodLibraryTest, WithoutADiaryItSearchesTheCatalogue)
{
    FoodLibrary library(nullptr);
    EXPECT_FALSE(library.isLoaded());
    EXPECT_TRUE(library.search(query("almonds")).empty()) << "nothing before it is loaded";
    ASSERT_TRUE(library.load(PreparedFoods::loadNow())) << library.error().toStdString();
    const auto matches = library.search(query("almonds"));
    ASSERT_FALSE(matches.empty());
    EXPECT_FALSE(library.customFood(*matches.front().food).has_value());
    EXPECT_FALSE(library.isFavourite(*matches.front().food));
}

TEST_F(FoodLibraryTest, OwnFoodsAndFavouritesFollowTheDiary)
{
    ASSERT_TRUE(m_diary->foods().saveCustom(food("Grandma's seed bread", 95)).ok());
    FoodLibrary library(m_diary.get());
    ASSERT_TRUE(library.load(PreparedFoods::loadNow()));
    auto matches = library.search(query("grandma"));
    ASSERT_FALSE(matches.empty());
    EXPECT_EQ(matches.front().food->name, QStringLiteral("Grandma's seed bread"));
    const std::optional<CustomFood> stored = library.customFood(*matches.front().food);
    ASSERT_TRUE(stored.has_value());
    EXPECT_DOUBLE_EQ(stored->magnesiumPer100g, 95);

    // A food added elsewhere (a dialog, an undo): the results are dropped first, then it is there.
    QSignalSpy aboutToChange(&library, &FoodLibrary::aboutToChange);
    QSignalSpy changed(&library, &FoodLibrary::changed);
    const CustomFood granola = m_diary->foods().saveCustom(food("Grandpa's granola", 120)).value();
    EXPECT_EQ(aboutToChange.count(), 1);
    EXPECT_EQ(changed.count(), 1);
    matches = library.search(query("grandpa"));
    ASSERT_FALSE(matches.empty());
    EXPECT_EQ(matches.front().food->name, QStringLiteral("Grandpa's granola"));

    ASSERT_TRUE(m_diary->foods()
                    .setFavourite(QStringLiteral("custom"), QString::number(granola.id), true)
                    .ok());
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(aboutToChange.count(), 1) << "a favourite does not replace the foods";
    matches = library.search(query("grandpa"));
    ASSERT_FALSE(matches.empty());
    EXPECT_TRUE(library.isFavourite(*matches.front().food));
    EXPECT_TRUE(matches.front().favourite);
}

TEST_F(FoodLibraryTest, ARestoredDiaryBringsItsOwnFoodsAndAnAddedFoodIsRecentAtOnce)
{
    const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(m_diary->backupTo(backup).ok()) << "a diary without own foods";
    ASSERT_TRUE(m_diary->foods().saveCustom(food("Grandma's seed bread", 95)).ok());
    FoodLibrary library(m_diary.get());
    ASSERT_TRUE(library.load(PreparedFoods::loadNow()));
    ASSERT_FALSE(library.search(query("grandma")).empty());
    ASSERT_EQ(
        names(library.search(query("grandma"))).front(), QStringLiteral("Grandma's seed bread"));

    ASSERT_TRUE(m_diary->restoreFrom(backup, QDateTime(QDate(2026, 11, 21), QTime(9, 0))).ok());
    for (const QString& name : names(library.search(query("grandma"))))
        EXPECT_NE(name, QStringLiteral("Grandma's seed bread"));

    auto matches = library.search(query("almonds"));
    ASSERT_FALSE(matches.empty());
    EXPECT_FALSE(matches.front().recent);
    const Food& almonds = *matches.front().food;
    library.markRecent(almonds);
    matches = library.search(query("almonds"));
    const auto found = std::find_if(matches.begin(), matches.end(),
        [&almonds](const FoodMatch& match) { return match.food == &almonds; });
    ASSERT_NE(found, matches.end());
    EXPECT_TRUE(found->recent);
}

} // namespace
} // namespace stilla
