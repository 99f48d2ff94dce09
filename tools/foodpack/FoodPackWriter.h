#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace stilla::foodpack {

/// Collects foods and portions and writes them in the layout of core/foods/FoodPackFormat.h.
class FoodPackWriter
{
public:
    struct Portion
    {
        QString label;
        double grams = 0;
    };
    struct Food
    {
        quint8 source = 0; ///< 0 slv, 1 usda
        QString id;
        QString name;
        QString group;
        double magnesiumPer100g = 0;
        std::vector<Portion> portions;
    };

    void add(Food food) { m_foods.push_back(std::move(food)); }
    /// Sorts the foods by source and id and returns the pack.
    QByteArray write();

private:
    quint32 intern(const QString& text);

    std::vector<Food> m_foods;
    QHash<QString, quint32> m_stringIndex;
    std::vector<QByteArray> m_strings;
};

} // namespace stilla::foodpack
