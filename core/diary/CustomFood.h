#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace stilla {

/// A food the user added ("my foods"), stored in the diary's custom_food table. In the food
/// catalogue it has source "custom" and id = the row id as text.
struct CustomFood
{
    qint64 id = 0; ///< row id; 0 for a new food
    QString name; ///< 1 to kMaxNameLength characters
    double magnesiumPer100g = 0; ///< 0 to kMaxMagnesiumPer100g
    std::optional<double> portionGrams; ///< a typical portion, above 0 and at most kMaxPortionGrams
    QString portionLabel; ///< "1 slice"; may be empty
    QDateTime created; ///< UTC; set by the diary when a new food is saved

    static constexpr int kMaxNameLength = 200;
    static constexpr double kMaxMagnesiumPer100g = 2000;
    static constexpr double kMaxPortionGrams = 5000;

    bool operator==(const CustomFood&) const = default;
};

} // namespace stilla
