#pragma once

namespace stilla {

struct Food;

/// Magnesium arithmetic and the "rich in magnesium" marker.
///
/// The thresholds are the EU's nutrition-claim rules, not a medical judgement:
/// - Nutrient reference value (NRV) for magnesium: 375 mg a day — Regulation (EU)
///   No 1169/2011 on the provision of food information to consumers, Annex XIII, Part A.
/// - "High in" a mineral: at least twice the "source of" amount, i.e. 30 % of the NRV per
///   100 g = 112.5 mg; "source of": 15 % of the NRV per 100 g = 56.25 mg — Regulation (EC)
///   No 1924/2006 on nutrition and health claims made on foods, Annex ("SOURCE OF [NAME OF
///   VITAMIN/S] AND/OR [NAME OF MINERAL/S]", "HIGH [NAME OF VITAMIN/S] ...") together with
///   Annex XIII, Part A, point 2 of Regulation 1169/2011 (15 % of the NRV per 100 g).
class FoodMagnesium
{
public:
    static constexpr double kNrvMg = 375.0;
    static constexpr double kSourceOfPer100g = kNrvMg * 0.15; ///< 56.25 mg
    static constexpr double kHighInPer100g = kNrvMg * 0.30; ///< 112.5 mg

    /// At least kHighInPer100g mg per 100 g: "high in magnesium" under EU 1924/2006.
    static bool isRich(const Food& food);
    /// At least kSourceOfPer100g mg per 100 g: "source of magnesium" under EU 1924/2006.
    static bool isSource(const Food& food);
    /// mg of magnesium in @p grams of @p food: per100g * grams / 100. 0 for negative grams.
    static double magnesiumFor(const Food& food, double grams);
};

} // namespace stilla
