#include "FoodMagnesium.h"

#include "Food.h"

namespace stilla {

bool FoodMagnesium::isRich(const Food& food)
{
    return food.magnesiumPer100g >= kHighInPer100g;
}

bool FoodMagnesium::isSource(const Food& food)
{
    return food.magnesiumPer100g >= kSourceOfPer100g;
}

double FoodMagnesium::magnesiumFor(const Food& food, double grams)
{
    if (!(grams > 0))
        return 0;
    return food.magnesiumPer100g * grams / 100.0;
}

} // namespace stilla
