#include "FoodPortions.h"

#include "CuratedFoods.h"
#include "FoodCatalogue.h"
#include "core/Language.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace stilla {

namespace {

constexpr double kDlPerUsCup = FoodPortions::kDlPerUsCup;
constexpr double kDlPerUsFluidOunce = 0.2957; // 29.57 ml, 21 CFR 101.9(b)(5)(viii)

/// Whole grams, at least 1.
double wholeGrams(double grams)
{
    return std::max(1.0, std::round(grams));
}

/// @p amount in Swedish with at most one decimal and none when it is whole: "2,4", "1", "0,5".
QString swedishAmount(double amount)
{
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const double rounded = std::round(amount * 10) / 10;
    return swedish.toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

/// A USDA household measure as a Swedish kitchen measures it, when the whole label can be
/// said in Swedish: "1 cup" is "2,4 dl", "1 tbsp" "1 msk", "1 slice" "1 skiva". Nullopt for
/// the rest ("1 cup, chopped", "3 oz", "1 steak"): a Swedish screen offers grams for them.
std::optional<QString> swedishMeasure(const QString& label)
{
    static const QRegularExpression measure(
        QStringLiteral(R"(^(\d*\.?\d+) (cups?|tbsp|tablespoons?|tsp|teaspoons?|fl oz)$)"));
    const QChar space(0x00A0);
    if (const QRegularExpressionMatch match = measure.match(label); match.hasMatch()) {
        const double amount = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        if (unit.startsWith(QLatin1String("cup")))
            return swedishAmount(amount * kDlPerUsCup) + space + QStringLiteral("dl");
        if (unit == QLatin1String("fl oz"))
            return swedishAmount(amount * kDlPerUsFluidOunce) + space + QStringLiteral("dl");
        if (unit == QLatin1String("tbsp") || unit.startsWith(QLatin1String("tablespoon")))
            return swedishAmount(amount) + space + QStringLiteral("msk");
        return swedishAmount(amount) + space + QStringLiteral("tsk");
    }
    // One piece, named by a word with one Swedish counterpart.
    static const std::pair<const char*, const char*> pieces[]
        = {{"1 leaf", "1 blad"}, {"1 slice", "1 skiva"}, {"1 piece", "1 bit"},
            {"1 small", "1 liten"}, {"1 medium", "1 medelstor"}, {"1 large", "1 stor"}};
    for (const auto& [english, swedish] : pieces) {
        if (label == QLatin1String(english))
            return QString::fromUtf8(swedish);
    }
    return std::nullopt;
}

/// A Swedish household measure (SwedishMeasures) said in English: "1 msk" is "1 tbsp", "1 skiva"
/// "1 slice"; dl stays dl. The number and the unit are held by a no-break space.
QString englishMeasure(const QString& label)
{
    static const std::pair<const char*, const char*> units[]
        = {{"msk", "tbsp"}, {"tsk", "tsp"}, {"skiva", "slice"}, {"kaka", "bar"}};
    const qsizetype space = label.lastIndexOf(QChar(0x00A0));
    if (space < 0)
        return label;
    const QStringView unit = QStringView(label).mid(space + 1);
    for (const auto& [swedish, english] : units) {
        if (unit == QLatin1String(swedish))
            return label.left(space + 1) + QLatin1String(english);
    }
    return label;
}

} // namespace

std::optional<FoodPortion> FoodPortions::inLanguage(
    const FoodPortion& portion, FoodSource source, const QString& language)
{
    FoodPortion offered {portion.label, wholeGrams(portion.grams)};
    if (source == FoodSource::Usda && language == QLatin1String(Language::kSwedish)) {
        const std::optional<QString> label = swedishMeasure(portion.label);
        if (!label)
            return std::nullopt;
        offered.label = *label;
    }
    if (source == FoodSource::Slv && language != QLatin1String(Language::kSwedish))
        offered.label = englishMeasure(portion.label);
    return offered;
}

QString FoodPortions::describe(const FoodPortion& portion)
{
    const QString grams = QLocale().toString(portion.grams, 'f', 0);
    if (portion.label == tr("%1\u00A0g").arg(grams))
        return portion.label;
    return tr("%1 (%2\u00A0g)").arg(portion.label, grams);
}

FoodPortion FoodPortions::typical(
    const FoodCatalogue& catalogue, const Food& food, const QString& language)
{
    return offered(catalogue, food, language).front();
}

std::vector<FoodPortion> FoodPortions::offered(
    const FoodCatalogue& catalogue, const Food& food, const QString& language)
{
    std::vector<FoodPortion> portions;
    auto add = [&portions](const FoodPortion& portion) {
        for (const FoodPortion& known : portions) {
            if (known.label == portion.label)
                return;
        }
        portions.push_back(portion);
    };
    const CuratedFood* curated = catalogue.curated().forFood(food);
    if (curated && curated->portionGrams > 0)
        add({curated->portionLabel(language), wholeGrams(curated->portionGrams)});
    // The catalogue puts the guide's portion first, in the database's language; the guide's
    // own label in the UI language is already there.
    for (std::size_t i = curated ? 1 : 0; i < food.portions.size(); ++i) {
        if (const auto offeredPortion = inLanguage(food.portions[i], food.source, language))
            add(*offeredPortion);
    }
    if (portions.empty() || portions.front().grams != 100)
        add({tr("%1\u00A0g").arg(100), 100});
    return portions;
}

} // namespace stilla
