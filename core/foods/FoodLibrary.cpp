#include "FoodLibrary.h"

#include "core/diary/DiaryStore.h"

#include <algorithm>

namespace stilla {

FoodLibrary::FoodLibrary(DiaryStore* diary, QObject* parent)
    : QObject(parent)
    , m_diary(diary)
{
    if (!m_diary)
        return;
    const DiaryNotifier& notifier = m_diary->notifier();
    connect(&notifier, &DiaryNotifier::customFoodsChanged, this, [this] { (void)reload(); });
    connect(&notifier, &DiaryNotifier::diaryReset, this, [this] { (void)reload(); });
    connect(&notifier, &DiaryNotifier::favouritesChanged, this, [this] {
        if (reloadFavourites())
            emit changed();
    });
}

FoodLibrary::~FoodLibrary() = default;

bool FoodLibrary::load(PreparedFoods::Foods foods)
{
    if (m_catalogue)
        return true;
    if (!foods.catalogue) {
        m_error = foods.error;
        return false;
    }
    m_catalogue = std::move(foods.catalogue);
    m_search = std::move(foods.search);
    (void)reload();
    return true;
}

Status FoodLibrary::reload()
{
    if (!m_catalogue)
        return {};
    std::vector<CustomFood> custom;
    std::vector<QString> recent;
    if (m_diary) {
        auto foods = m_diary->foods().custom();
        auto eaten = m_diary->foods().recent(kRecentFoods);
        if (!foods || !eaten) {
            m_error = foods ? eaten.errorMessage() : foods.errorMessage();
            return Error {m_error};
        }
        custom = std::move(foods).value();
        recent = std::move(eaten).value();
        if (Status read = reloadFavourites(); !read)
            return read;
    }
    emit aboutToChange();
    m_custom = std::move(custom);
    m_recent = QSet<QString>(recent.begin(), recent.end());
    std::vector<Food> asFoods;
    asFoods.reserve(m_custom.size());
    for (const CustomFood& food : m_custom)
        asFoods.push_back(FoodCatalogue::toFood(food));
    // The prepared index holds no own foods: it is made again only when there are some now or
    // were before.
    const bool hasCustom = !asFoods.empty();
    m_catalogue->setCustomFoods(std::move(asFoods));
    if (!m_search || hasCustom || m_searchHasCustomFoods)
        m_search = std::make_unique<FoodSearch>(*m_catalogue);
    m_searchHasCustomFoods = hasCustom;
    emit changed();
    return {};
}

Status FoodLibrary::reloadFavourites()
{
    if (!m_diary)
        return {};
    auto favourites = m_diary->foods().favourites();
    if (!favourites) {
        m_error = favourites.errorMessage();
        return Error {m_error};
    }
    m_favourites = std::move(favourites).value();
    return {};
}

std::vector<FoodMatch> FoodLibrary::search(FoodQuery query) const
{
    if (!m_search)
        return {};
    query.favourites = m_favourites;
    query.recent = m_recent;
    return m_search->search(query);
}

bool FoodLibrary::isFavourite(const Food& food) const
{
    return m_favourites.contains(foodKey(food));
}

std::optional<CustomFood> FoodLibrary::customFood(const Food& food) const
{
    if (food.source != FoodSource::Custom)
        return std::nullopt;
    const auto found = std::find_if(m_custom.begin(), m_custom.end(),
        [&food](const CustomFood& custom) { return QString::number(custom.id) == food.id; });
    return found == m_custom.end() ? std::nullopt : std::optional(*found);
}

void FoodLibrary::markRecent(const Food& food)
{
    m_recent.insert(foodKey(food));
}

} // namespace stilla
