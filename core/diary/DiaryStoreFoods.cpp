// DiaryStore: the user's own foods, favourites and recent foods. The SQL is in FoodTables;
// this file adds the checks every DiaryStore call makes, the messages and the notifications.
// (DiaryStore.cpp holds opening, days, backup and restore.)
#include "DiaryStore.h"
#include "FoodTables.h"

#include <QDir>

namespace stilla {

namespace {

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<std::vector<CustomFood>> DiaryStore::customFoods() const
{
    if (auto ok = requireOpen(); !ok)
        return Error {ok.errorMessage()};
    auto foods = FoodTables::customFoods(m_db);
    if (!foods)
        return Error {tr("Could not read your foods from the diary %1: %2.")
                          .arg(shownPath(m_path), foods.errorMessage())};
    return foods;
}

Result<CustomFood> DiaryStore::saveCustomFood(const CustomFood& food)
{
    return writeCustomFood(food, false);
}

Result<CustomFood> DiaryStore::putBackCustomFood(const CustomFood& food)
{
    return writeCustomFood(food, true);
}

Result<CustomFood> DiaryStore::writeCustomFood(const CustomFood& food, bool putBack)
{
    if (auto ok = requireWritable(); !ok)
        return Error {ok.errorMessage()};
    if (const QString problems = FoodTables::validate(food); !problems.isEmpty())
        return Error {tr("The food \"%1\" was not saved: %2").arg(food.name.trimmed(), problems)};
    auto stored = FoodTables::saveCustomFood(m_db, food, putBack);
    if (!stored)
        return Error {tr("Could not save the food \"%1\" in the diary %2: %3. The diary was not "
                         "changed.")
                          .arg(food.name.trimmed(), shownPath(m_path), stored.errorMessage())};
    emit m_notifier->customFoodsChanged();
    return stored;
}

Status DiaryStore::removeCustomFood(qint64 id)
{
    if (auto ok = requireWritable(); !ok)
        return ok;
    auto removed = FoodTables::removeCustomFood(m_db, id);
    if (!removed)
        return Error {tr("Could not remove the food from the diary %1: %2. The diary was not "
                         "changed.")
                          .arg(shownPath(m_path), removed.errorMessage())};
    if (removed->food)
        emit m_notifier->customFoodsChanged();
    if (removed->favourite)
        emit m_notifier->favouritesChanged();
    return {};
}

Result<QSet<QString>> DiaryStore::favouriteFoods() const
{
    if (auto ok = requireOpen(); !ok)
        return Error {ok.errorMessage()};
    auto keys = FoodTables::favourites(m_db);
    if (!keys)
        return Error {tr("Could not read your favourite foods from the diary %1: %2.")
                          .arg(shownPath(m_path), keys.errorMessage())};
    return keys;
}

Status DiaryStore::setFavouriteFood(const QString& source, const QString& foodId, bool favourite)
{
    if (auto ok = requireWritable(); !ok)
        return ok;
    auto changed = FoodTables::setFavourite(m_db, source, foodId, favourite);
    if (!changed)
        return Error {tr("Could not change your favourite foods in the diary %1: %2 The diary "
                         "was not changed.")
                          .arg(shownPath(m_path), changed.errorMessage())};
    if (*changed)
        emit m_notifier->favouritesChanged();
    return {};
}

Result<std::vector<QString>> DiaryStore::recentFoods(int limit) const
{
    if (auto ok = requireOpen(); !ok)
        return Error {ok.errorMessage()};
    auto keys = FoodTables::recent(m_db, limit);
    if (!keys)
        return Error {tr("Could not read your recent foods from the diary %1: %2.")
                          .arg(shownPath(m_path), keys.errorMessage())};
    return keys;
}

} // namespace stilla
