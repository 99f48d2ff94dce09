#pragma once

#include "CuratedFoods.h"
#include "Food.h"
#include "SwedishMeasures.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace stilla {

struct CustomFood;

/// Every food Stilla knows: the Swedish Food Agency's and USDA SR28's (built into the binary
/// as ":/foods/foods.pack", see resources/foods/README.md), the curated article foods, and
/// the user's own foods from the diary (setCustomFoods).
///
/// Loading reads the packed form, never CSV: about 10,400 foods and 14,600 portions in a few
/// milliseconds. A FoodCatalogue is a value: copy it, or keep one and pass it by reference
/// (to FoodSearch, for example; build a new FoodSearch after setCustomFoods()).
class FoodCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(stilla::FoodCatalogue)

public:
    /// The built-in catalogue with the curated article foods: their typical portion comes
    /// first in the food's portions (Swedish label on the Swedish food, English on the USDA one),
    /// and the Swedish household measures of common Swedish foods (SwedishMeasures).
    static Result<FoodCatalogue> load();
    /// From a pack's bytes; with @p curatedJson, also the curated foods (every id must exist).
    static Result<FoodCatalogue> fromPack(const QByteArray& pack,
        const QByteArray& curatedJson = QByteArray(),
        const QByteArray& measuresJson = QByteArray());

    /// Sorted by source (slv, usda, custom), then id.
    const std::vector<Food>& foods() const { return m_foods; }
    /// nullptr when there is no such food.
    const Food* find(FoodSource source, const QString& id) const;
    /// The food groups of @p source, sorted.
    QStringList groups(FoodSource source) const;
    const CuratedFoods& curated() const { return m_curated; }

    /// Replaces the custom foods ("my foods" from the diary). Invalidates pointers into
    /// foods().
    void setCustomFoods(std::vector<Food> foods);
    /// A diary CustomFood as a catalogue Food (source custom, id = the row id).
    static Food toFood(const CustomFood& custom);

    int count(FoodSource source) const;

private:
    Status attachCurated(CuratedFoods curated);
    /// Adds the Swedish household measures to their foods, after the curated portion.
    Status attachSwedishMeasures(const SwedishMeasures& measures);
    Food* findMutable(FoodSource source, const QString& id);

    std::vector<Food> m_foods;
    CuratedFoods m_curated;
};

} // namespace stilla
