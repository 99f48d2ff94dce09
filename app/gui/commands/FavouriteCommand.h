#pragma once

#include "DiaryCommand.h"

namespace stilla {

class DiaryStore;

/// Marks or unmarks a food as a favourite, undoably.
class FavouriteCommand final : public DiaryCommand
{
public:
    /// @p source and @p foodId as FoodStore::setFavourite() takes them.
    FavouriteCommand(
        DiaryStore& store, QString source, QString foodId, bool favourite, const QString& text);

protected:
    Status write(bool forward) override;

private:
    DiaryStore& m_store;
    QString m_source;
    QString m_foodId;
    bool m_favourite;
};

} // namespace stilla
