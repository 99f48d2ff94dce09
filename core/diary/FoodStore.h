#pragma once

#include "CustomFood.h"
#include "core/Result.h"

#include <QSet>
#include <QString>

#include <vector>

namespace stilla {

class DiaryStore;

/// The foods the diary keeps: the user's own foods, favourites and the foods eaten recently
/// (DiaryStore::foods()). The SQL is in FoodTables; this adds the checks every diary call makes,
/// the messages and the notifications. Made by its DiaryStore and used through it, from the
/// thread that opened it.
class FoodStore
{
public:
    FoodStore(const FoodStore&) = delete;
    FoodStore& operator=(const FoodStore&) = delete;

    /// The user's own foods, oldest first.
    Result<std::vector<CustomFood>> custom() const;
    /// Adds (id 0) or updates one of the user's foods; returns it as stored. Refuses, changing
    /// nothing, a name that is empty or over 200 characters, magnesium outside 0-2000 mg per
    /// 100 g, or a portion outside 0-5000 g. Emits customFoodsChanged.
    Result<CustomFood> saveCustom(const CustomFood& food);
    /// Adds a food removed with removeCustom() again, with its own id and date, so favourites
    /// and days that name it find it again (for undo). Refuses an id in use.
    Result<CustomFood> putBackCustom(const CustomFood& food);
    /// Removes one of the user's foods (and its favourite mark). Days that used it keep their
    /// copy of its name and magnesium. Emits customFoodsChanged when there was one.
    Status removeCustom(qint64 id);
    /// Favourite foods as "source:id" keys ("usda:11457").
    Result<QSet<QString>> favourites() const;
    /// Marks or unmarks a food (source "slv", "usda" or "custom") as a favourite. Emits
    /// favouritesChanged when that changed anything.
    Status setFavourite(const QString& source, const QString& foodId, bool favourite);
    /// The foods eaten most recently, newest first, as distinct "source:id" keys; at most
    /// @p limit.
    Result<std::vector<QString>> recent(int limit) const;

private:
    friend class DiaryStore;
    explicit FoodStore(DiaryStore& diary)
        : m_diary(diary)
    { }
    Result<CustomFood> writeCustom(const CustomFood& food, bool putBack);

    DiaryStore& m_diary;
};

} // namespace stilla
