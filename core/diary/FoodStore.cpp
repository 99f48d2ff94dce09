#include "FoodStore.h"

#include "DiaryStore.h"
#include "FoodTables.h"

namespace stilla {

Result<std::vector<CustomFood>> FoodStore::custom() const
{
    if (auto ok = m_diary.requireOpen(); !ok)
        return Error {ok.errorMessage()};
    auto foods = FoodTables::customFoods(m_diary.m_db);
    if (!foods)
        return Error {DiaryStore::tr("Could not read your foods from the diary %1: %2.")
                          .arg(m_diary.shownPath(), foods.errorMessage())};
    return foods;
}

Result<CustomFood> FoodStore::saveCustom(const CustomFood& food)
{
    return writeCustom(food, false);
}

Result<CustomFood> FoodStore::putBackCustom(const CustomFood& food)
{
    return writeCustom(food, true);
}

Result<CustomFood> FoodStore::writeCustom(const CustomFood& food, bool putBack)
{
    if (auto ok = m_diary.requireWritable(); !ok)
        return Error {ok.errorMessage()};
    if (const QString problems = FoodTables::validate(food); !problems.isEmpty())
        return Error {
            DiaryStore::tr("The food \"%1\" was not saved: %2").arg(food.name.trimmed(), problems)};
    auto stored = FoodTables::saveCustomFood(m_diary.m_db, food, putBack);
    if (!stored)
        return Error {
            DiaryStore::tr("Could not save the food \"%1\" in the diary %2: %3. The diary was not "
                           "changed.")
                .arg(food.name.trimmed(), m_diary.shownPath(), stored.errorMessage())};
    emit m_diary.m_notifier->customFoodsChanged();
    return stored;
}

Status FoodStore::removeCustom(qint64 id)
{
    if (auto ok = m_diary.requireWritable(); !ok)
        return ok;
    auto removed = FoodTables::removeCustomFood(m_diary.m_db, id);
    if (!removed)
        return Error {
            DiaryStore::tr("Could not remove the food from the diary %1: %2. The diary was not "
                           "changed.")
                .arg(m_diary.shownPath(), removed.errorMessage())};
    if (removed->food)
        emit m_diary.m_notifier->customFoodsChanged();
    if (removed->favourite)
        emit m_diary.m_notifier->favouritesChanged();
    return {};
}

Result<QSet<QString>> FoodStore::favourites() const
{
    if (auto ok = m_diary.requireOpen(); !ok)
        return Error {ok.errorMessage()};
    auto keys = FoodTables::favourites(m_diary.m_db);
    if (!keys)
        return Error {DiaryStore::tr("Could not read your favourite foods from the diary %1: %2.")
                          .arg(m_diary.shownPath(), keys.errorMessage())};
    return keys;
}

Status FoodStore::setFavourite(const QString& source, const QString& foodId, bool favourite)
{
    if (auto ok = m_diary.requireWritable(); !ok)
        return ok;
    auto changed = FoodTables::setFavourite(m_diary.m_db, source, foodId, favourite);
    if (!changed)
        return Error {
            DiaryStore::tr("Could not change your favourite foods in the diary %1: %2 The diary "
                           "was not changed.")
                .arg(m_diary.shownPath(), changed.errorMessage())};
    if (*changed)
        emit m_diary.m_notifier->favouritesChanged();
    return {};
}

Result<std::vector<QString>> FoodStore::recent(int limit) const
{
    if (auto ok = m_diary.requireOpen(); !ok)
        return Error {ok.errorMessage()};
    auto keys = FoodTables::recent(m_diary.m_db, limit);
    if (!keys)
        return Error {DiaryStore::tr("Could not read your recent foods from the diary %1: %2.")
                          .arg(m_diary.shownPath(), keys.errorMessage())};
    return keys;
}

} // namespace stilla
