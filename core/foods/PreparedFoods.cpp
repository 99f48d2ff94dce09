#include "PreparedFoods.h"

namespace stilla {

void PreparedFoods::start()
{
    if (!m_loading.valid())
        m_loading = std::async(std::launch::async, &PreparedFoods::loadNow);
}

PreparedFoods::Foods PreparedFoods::take()
{
    std::future<Foods> loading = std::move(m_loading);
    return loading.valid() ? loading.get() : loadNow();
}

PreparedFoods::Foods PreparedFoods::loadNow()
{
    Foods foods;
    Result<FoodCatalogue> loaded = FoodCatalogue::load();
    if (!loaded) {
        foods.error = loaded.errorMessage();
        return foods;
    }
    foods.catalogue = std::make_unique<FoodCatalogue>(std::move(loaded).value());
    foods.search = std::make_unique<FoodSearch>(*foods.catalogue);
    return foods;
}

} // namespace stilla
