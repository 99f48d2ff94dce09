#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace stilla {

/// Where a food's data comes from. Stored by name ("slv", "usda", "custom"), the same names as
/// FoodIntake::source in the diary.
enum class FoodSource { Slv, Usda, Custom };

/// A portion: "1 cup, chopped" weighs 30 g. The amount is part of the label ("2 tbsp").
struct FoodPortion
{
    QString label;
    double grams = 0;

    bool operator==(const FoodPortion&) const = default;
};

/// One food of the catalogue. Values are per 100 g of the edible part.
struct Food
{
    FoodSource source = FoodSource::Slv;
    QString id; ///< stable id within the source: livsmedelsnummer, ndb_no, or the diary row id
    QString name; ///< in the source's language (Swedish for slv, English for usda)
    QString group; ///< the source's own food group, in its language ("" for custom foods)
    double magnesiumPer100g = 0;
    /// The curated typical portion first (for the foods the article names), then the USDA
    /// household measures; empty for most Swedish foods.
    std::vector<FoodPortion> portions;

    bool operator==(const Food&) const = default;
};

/// "slv", "usda", "custom".
QString toName(FoodSource source);
std::optional<FoodSource> foodSourceFromName(const QString& name);
/// "source:id", the key of favourites and recent foods ("usda:11457").
QString foodKey(FoodSource source, const QString& id);
QString foodKey(const Food& food);

} // namespace stilla
