#include "FoodSources.h"

#include <QLatin1String>

namespace stilla {

QStringList FoodSources::attributions(const QString& language)
{
    // The Swedish Food Agency's data is CC BY 4.0, which requires this attribution (in
    // Swedish; the agency gives the English wording). USDA SR28 is public domain; the text is
    // the citation USDA suggests and has no Swedish form.
    const QString usda = QStringLiteral(
        "U.S. Department of Agriculture, Agricultural Research Service. USDA National Nutrient "
        "Database for Standard Reference, Release 28.");
    if (language == QLatin1String("sv")) {
        return {QString::fromUtf8("Livsmedelsverkets livsmedelsdatabas version 2022-05-24 "
                                  "(licens: CC BY 4.0)"),
            usda + QString::fromUtf8(" (allmän egendom)")};
    }
    return {QStringLiteral("Swedish Food Agency food composition database, version 2022-05-24 "
                           "(licence: CC BY 4.0)"),
        usda + QStringLiteral(" (public domain)")};
}

} // namespace stilla
