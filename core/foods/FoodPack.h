#pragma once

#include "Food.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace stilla {

/// Reads foods.pack (layout: FoodPackFormat.h). Internal to core/foods: use FoodCatalogue.
class FoodPack
{
    Q_DECLARE_TR_FUNCTIONS(stilla::FoodPack)

public:
    /// The foods in the pack, sorted by source and id. Checks every size and index, so a
    /// damaged or foreign file gives an Error, never a crash.
    static Result<std::vector<Food>> read(const QByteArray& pack);
};

} // namespace stilla
