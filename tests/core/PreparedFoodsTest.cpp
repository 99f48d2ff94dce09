// The food catalogue made ready on a worker thread for the food picker.
#include "core/foods/PreparedFoods.h"

#include "tests/TestUtil.h"

namespace stilla {
namespace {

void expectSearchable(const PreparedFoods::Foods& foods)
{
    ASSERT_NE(foods.catalogue, nullptr) << foods.error.toStdString();
    ASSERT_NE(foods.search, nullptr);
    EXPECT_TRUE(foods.error.isEmpty());
    EXPECT_GT(foods.catalogue->foods().size(), 10000u);
    FoodQuery query;
    query.text = QStringLiteral("pumpkin seeds");
    query.language = QStringLiteral("en");
    const auto matches = foods.search->search(query);
    ASSERT_FALSE(matches.empty());
    // The index points into the catalogue it came with.
    const Food* first = matches.front().food;
    EXPECT_GE(first, foods.catalogue->foods().data());
    EXPECT_LT(first, foods.catalogue->foods().data() + foods.catalogue->foods().size());
}

TEST(PreparedFoodsTest, StartedOnAWorkerThenTakenGivesTheCatalogueAndItsIndex)
{
    PreparedFoods prepared;
    prepared.start();
    prepared.start(); // a second start does nothing
    expectSearchable(prepared.take());
}

TEST(PreparedFoodsTest, TakenWithoutStartingLoadsThereAndThen)
{
    PreparedFoods prepared;
    expectSearchable(prepared.take());
    expectSearchable(prepared.take()); // handed over once; then loaded again
}

TEST(PreparedFoodsTest, DestroyedWhileLoadingWaitsForTheWorker)
{
    auto prepared = std::make_unique<PreparedFoods>();
    prepared->start();
    prepared.reset(); // must not crash or leave the worker reading freed memory (asan run)
    SUCCEED();
}

} // namespace
} // namespace stilla
