#pragma once

#include "Food.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace stilla {

/// A food the guide's article names as rich in magnesium, mapped to the plain, common item in
/// both databases, with names in both languages and a typical portion.
struct CuratedFood
{
    QString key; ///< stable: "spinach", "pumpkin_seeds"
    QString articleGroup; ///< the article's list it comes from: "dark_greens", "nuts_seeds"...
    QString nameSv;
    QString nameEn;
    QStringList alsoSv; ///< other names searched, not shown ("Mandlar")
    QStringList alsoEn;
    QString slvId; ///< livsmedelsnummer
    QString usdaId; ///< ndb_no
    double portionGrams = 0;
    QString portionSv;
    QString portionEn;
    QString portionSource; ///< where the portion comes from (a USDA SR28 household measure)

    /// The name in @p language ("sv" or "en"; anything else gives English).
    QString name(const QString& language) const;
    QString portionLabel(const QString& language) const;
    /// Every name to search by, both languages.
    QStringList searchNames() const;
};

/// The curated article foods, from resources/foods/curated.json (":/foods/curated.json").
class CuratedFoods
{
    Q_DECLARE_TR_FUNCTIONS(stilla::CuratedFoods)

public:
    static Result<CuratedFoods> load();
    /// Parses and checks the JSON (keys unique, ids and names present, portion in grams > 0).
    static Result<CuratedFoods> fromJson(const QByteArray& json);

    /// In the order of the file (the article's order).
    const std::vector<CuratedFood>& foods() const { return m_foods; }
    /// The curated entry for a database food, or nullptr.
    const CuratedFood* forFood(FoodSource source, const QString& id) const;
    const CuratedFood* forFood(const Food& food) const { return forFood(food.source, food.id); }
    /// The entry's position in foods(), or -1.
    int indexOf(FoodSource source, const QString& id) const;

private:
    std::vector<CuratedFood> m_foods;
};

} // namespace stilla
