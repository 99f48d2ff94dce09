#pragma once

#include "DiaryCommand.h"
#include "core/diary/CustomFood.h"

#include <optional>

namespace stilla {

class DiaryStore;

/// Adds, changes or deletes one of the user's own foods, undoably. A deleted food comes back
/// with its own number and its favourite mark, so the days and favourites that name it find it
/// again.
class CustomFoodCommand final : public DiaryCommand
{
public:
    /// @p before: the food as stored (nullopt: a new food); @p after: as it is to be (nullopt:
    /// delete it). @p favourite: whether the food is a favourite now.
    CustomFoodCommand(DiaryStore& store, std::optional<CustomFood> before,
        std::optional<CustomFood> after, bool favourite, const QString& text);

    /// The food as the last write left it (with the number the diary gave a new food).
    const std::optional<CustomFood>& stored() const { return m_stored; }

protected:
    Status write(bool forward) override;

private:
    DiaryStore& m_store;
    std::optional<CustomFood> m_before;
    std::optional<CustomFood> m_after;
    std::optional<CustomFood> m_stored;
    bool m_favourite = false;
};

} // namespace stilla
