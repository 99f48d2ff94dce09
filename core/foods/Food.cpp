#include "Food.h"

#include <QLatin1String>

namespace stilla {

QString toName(FoodSource source)
{
    switch (source) {
    case FoodSource::Slv:
        return QStringLiteral("slv");
    case FoodSource::Usda:
        return QStringLiteral("usda");
    case FoodSource::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<FoodSource> foodSourceFromName(const QString& name)
{
    for (FoodSource source : {FoodSource::Slv, FoodSource::Usda, FoodSource::Custom}) {
        if (name == toName(source))
            return source;
    }
    return std::nullopt;
}

QString foodKey(FoodSource source, const QString& id)
{
    return toName(source) % QLatin1Char(':') % id;
}

QString foodKey(const Food& food)
{
    return foodKey(food.source, food.id);
}

} // namespace stilla
