#pragma once

#include "Food.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace stilla {

class FoodCatalogue;

/// Swedish household measures for common foods of the Swedish Food Agency's database ("1 dl"
/// havregryn, "1 msk" pumpafrön, "1 skiva" knäckebröd), from resources/foods/
/// swedish-measures.json (":/foods/swedish-measures.json"). Each measure is weighed by a USDA
/// SR28 household measure of a comparable food in the catalogue, named in the file: a measure
/// in cups gives dl, msk (15 ml) and tsk (5 ml) with 1 US cup = 2.366 dl (21 CFR
/// 101.9(b)(5)(viii)); a measure of one piece gives the same piece. No weight is typed in by
/// hand, so each can be checked against the data that ships.
class SwedishMeasures
{
    Q_DECLARE_TR_FUNCTIONS(stilla::SwedishMeasures)

public:
    struct Entry
    {
        QString slvId;
        QString usdaId;
        QString from; ///< the USDA measure's label: "1 cup", "1 bar"
        QStringList measures; ///< Swedish labels: "1 dl", "1 msk", "1 skiva"
    };

    static Result<SwedishMeasures> load();
    /// Parses and checks the JSON (ids present, known units).
    static Result<SwedishMeasures> fromJson(const QByteArray& json);

    const std::vector<Entry>& entries() const { return m_entries; }

    /// The portions of @p entry, weighed by the USDA food's measure in @p catalogue; an error
    /// names the entry when the food or the measure is not there or the units do not match.
    static Result<std::vector<FoodPortion>> portions(
        const Entry& entry, const FoodCatalogue& catalogue);

private:
    std::vector<Entry> m_entries;
};

} // namespace stilla
