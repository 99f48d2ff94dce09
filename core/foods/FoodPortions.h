#pragma once

#include "Food.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace stilla {

class FoodCatalogue;

/// The portions a person is offered for a food, in the UI language, with one rounding rule:
/// a portion weighs whole grams (at least 1 g), and the magnesium of a portion is worked out
/// from that weight, so the results grid and the amount panel always agree ("1 oz" of USDA
/// SR28 is 28.35 g; it is offered as 28 g).
///
/// On Swedish screens a USDA household measure is offered only when all of it can be said as a
/// Swedish kitchen says it: cups and fluid ounces in dl (1 US cup = 2.366 dl, 1 US fl oz =
/// 0.2957 dl: US Code of Federal Regulations, 21 CFR 101.9(b)(5)(viii), for nutrition
/// labelling), tablespoons as msk and teaspoons as tsk (15 and 5 ml; the US measures are 14.8
/// and 4.9 ml), and one leaf, slice, piece, small, medium or large as "1 blad", "1 skiva"...
/// Ounces, pounds and measures with English words ("1 cup, chopped", "1 steak") are left out:
/// grams and 100 g are always offered. The Swedish household measures of Swedish foods
/// (SwedishMeasures) are offered in both languages, in English as tbsp, tsp, slice and bar.
class FoodPortions
{
    Q_DECLARE_TR_FUNCTIONS(stilla::FoodPortions)

public:
    /// A US cup in dl (236.6 ml; US Code of Federal Regulations, 21 CFR 101.9(b)(5)(viii)).
    static constexpr double kDlPerUsCup = 2.366;

    /// The typical portion: the guide's for foods it names, else the first household measure
    /// offered in @p language, else 100 g.
    static FoodPortion typical(
        const FoodCatalogue& catalogue, const Food& food, const QString& language);
    /// Every portion to offer: the typical one first, then the food's other household measures
    /// in @p language, then 100 g (when the typical one is not 100 g). Each label once.
    static std::vector<FoodPortion> offered(
        const FoodCatalogue& catalogue, const Food& food, const QString& language);
    /// What a list of portions shows: "2,4 dl (36 g)", or "100 g" for a label that is the
    /// weight itself.
    static QString describe(const FoodPortion& portion);
    /// @p portion as offered in @p language: its label in the kitchen measures of the language
    /// and its weight in whole grams; nullopt when the language leaves the measure out.
    static std::optional<FoodPortion> inLanguage(
        const FoodPortion& portion, FoodSource source, const QString& language);
};

} // namespace stilla
