#include "FoodCatalogue.h"

#include "FoodPack.h"
#include "core/diary/CustomFood.h"
#include "resources/EmbeddedFiles.h"

#include <QCollator>
#include <QFile>
#include <QLocale>
#include <QResource>
#include <QSet>

#include <algorithm>

namespace stilla {

namespace {

bool lessByKey(const Food& food, FoodSource source, const QString& id)
{
    if (food.source != source)
        return food.source < source;
    return food.id < id;
}

} // namespace

Result<FoodCatalogue> FoodCatalogue::load()
{
    // The pack is stored uncompressed, so its bytes are used where they are, without a copy.
    QResource resource(embedded::foodPack());
    if (!resource.isValid())
        return Error {tr("The food catalogue (%1) is missing from this build of Stilla. Please "
                         "reinstall Stilla.")
                          .arg(embedded::foodPack())};
    QByteArray pack;
    if (resource.compressionAlgorithm() == QResource::NoCompression)
        pack = QByteArray::fromRawData(
            reinterpret_cast<const char*>(resource.data()), qsizetype(resource.size()));
    else
        pack = resource.uncompressedData();
    auto catalogue = fromPack(pack);
    if (!catalogue)
        return catalogue;
    auto curated = CuratedFoods::load();
    if (!curated)
        return Error {curated.errorMessage()};
    if (Status attached = catalogue.value().attachCurated(std::move(curated).value()); !attached)
        return Error {attached.errorMessage()};
    const auto measures = SwedishMeasures::load();
    if (!measures)
        return Error {measures.errorMessage()};
    if (Status attached = catalogue.value().attachSwedishMeasures(measures.value()); !attached)
        return Error {attached.errorMessage()};
    return catalogue;
}

Result<FoodCatalogue> FoodCatalogue::fromPack(
    const QByteArray& pack, const QByteArray& curatedJson, const QByteArray& measuresJson)
{
    auto foods = FoodPack::read(pack);
    if (!foods)
        return Error {foods.errorMessage()};
    FoodCatalogue catalogue;
    catalogue.m_foods = std::move(foods).value();
    if (!curatedJson.isEmpty()) {
        auto curated = CuratedFoods::fromJson(curatedJson);
        if (!curated)
            return Error {curated.errorMessage()};
        if (Status attached = catalogue.attachCurated(std::move(curated).value()); !attached)
            return Error {attached.errorMessage()};
    }
    if (!measuresJson.isEmpty()) {
        const auto measures = SwedishMeasures::fromJson(measuresJson);
        if (!measures)
            return Error {measures.errorMessage()};
        if (Status attached = catalogue.attachSwedishMeasures(measures.value()); !attached)
            return Error {attached.errorMessage()};
    }
    return catalogue;
}

Status FoodCatalogue::attachSwedishMeasures(const SwedishMeasures& measures)
{
    for (const SwedishMeasures::Entry& entry : measures.entries()) {
        const auto portions = SwedishMeasures::portions(entry, *this);
        if (!portions)
            return Error {portions.errorMessage()};
        Food* slv = findMutable(FoodSource::Slv, entry.slvId);
        if (!slv)
            return Error {tr("The Swedish measures name food %1, which is not in the catalogue. "
                             "Please reinstall Stilla.")
                              .arg(entry.slvId)};
        slv->portions.insert(slv->portions.end(), portions->begin(), portions->end());
    }
    return {};
}

Status FoodCatalogue::attachCurated(CuratedFoods curated)
{
    for (const CuratedFood& entry : curated.foods()) {
        Food* slv = findMutable(FoodSource::Slv, entry.slvId);
        Food* usda = findMutable(FoodSource::Usda, entry.usdaId);
        if (!slv || !usda)
            return Error {tr("The article food \"%1\" names a food that is not in the "
                             "catalogue (%2). Please reinstall Stilla.")
                              .arg(entry.key,
                                  slv ? foodKey(FoodSource::Usda, entry.usdaId)
                                      : foodKey(FoodSource::Slv, entry.slvId))};
        const auto typical = [&entry](const QString& language) {
            return FoodPortion {entry.portionLabel(language), entry.portionGrams};
        };
        slv->portions.insert(slv->portions.begin(), typical(QStringLiteral("sv")));
        usda->portions.insert(usda->portions.begin(), typical(QStringLiteral("en")));
    }
    m_curated = std::move(curated);
    return {};
}

Food* FoodCatalogue::findMutable(FoodSource source, const QString& id)
{
    const auto found = std::lower_bound(m_foods.begin(), m_foods.end(), source,
        [&id](const Food& food, FoodSource wanted) { return lessByKey(food, wanted, id); });
    if (found == m_foods.end() || found->source != source || found->id != id)
        return nullptr;
    return &*found;
}

const Food* FoodCatalogue::find(FoodSource source, const QString& id) const
{
    return const_cast<FoodCatalogue*>(this)->findMutable(source, id);
}

QStringList FoodCatalogue::groups(FoodSource source) const
{
    QSet<QString> seen;
    QStringList groups;
    for (const Food& food : m_foods) {
        if (food.source == source && !food.group.isEmpty() && !seen.contains(food.group)) {
            seen.insert(food.group);
            groups << food.group;
        }
    }
    // In the order of the groups' language (Swedish: Å, Ä, Ö after Z).
    const QCollator collator(
        QLocale(source == FoodSource::Slv ? QLocale::Swedish : QLocale::English));
    std::sort(groups.begin(), groups.end(), [&collator](const QString& a, const QString& b) {
        const int order = collator.compare(a, b);
        return order != 0 ? order < 0 : a < b;
    });
    return groups;
}

int FoodCatalogue::count(FoodSource source) const
{
    return int(std::count_if(m_foods.begin(), m_foods.end(),
        [source](const Food& food) { return food.source == source; }));
}

void FoodCatalogue::setCustomFoods(std::vector<Food> foods)
{
    m_foods.erase(std::remove_if(m_foods.begin(), m_foods.end(),
                      [](const Food& food) { return food.source == FoodSource::Custom; }),
        m_foods.end());
    for (Food& food : foods)
        food.source = FoodSource::Custom;
    std::sort(foods.begin(), foods.end(), [](const Food& a, const Food& b) { return a.id < b.id; });
    m_foods.insert(m_foods.end(), std::make_move_iterator(foods.begin()),
        std::make_move_iterator(foods.end()));
}

Food FoodCatalogue::toFood(const CustomFood& custom)
{
    Food food;
    food.source = FoodSource::Custom;
    food.id = QString::number(custom.id);
    food.name = custom.name;
    food.magnesiumPer100g = custom.magnesiumPer100g;
    if (custom.portionGrams) {
        food.portions.push_back(
            {custom.portionLabel.isEmpty() ? tr("1 portion") : custom.portionLabel,
                *custom.portionGrams});
    }
    return food;
}

} // namespace stilla
