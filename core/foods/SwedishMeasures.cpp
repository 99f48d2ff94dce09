#include "SwedishMeasures.h"

#include "FoodCatalogue.h"
#include "FoodPortions.h"
#include "resources/EmbeddedFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace stilla {

namespace {

/// dl in one Swedish volume measure; 0 for a piece.
double dlPerUnit(const QString& unit)
{
    if (unit == QLatin1String("dl"))
        return 1;
    if (unit == QLatin1String("msk"))
        return 0.15;
    if (unit == QLatin1String("tsk"))
        return 0.05;
    return 0;
}

/// "2 dl" → {2, "dl"}; amount 0 when the label is not "NUMBER UNIT".
std::pair<double, QString> split(const QString& label)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d*\.?\d+) (.+)$)"));
    const QRegularExpressionMatch match = pattern.match(label);
    if (!match.hasMatch())
        return {0, QString()};
    return {match.captured(1).toDouble(), match.captured(2)};
}

} // namespace

Result<SwedishMeasures> SwedishMeasures::load()
{
    QFile file(embedded::swedishMeasures());
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("The Swedish household measures (%1) are missing from this build of "
                         "Stilla. Please reinstall Stilla.")
                          .arg(embedded::swedishMeasures())};
    return fromJson(file.readAll());
}

Result<SwedishMeasures> SwedishMeasures::fromJson(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonArray foods = document.object().value(QLatin1String("foods")).toArray();
    if (!document.isObject() || foods.isEmpty())
        return Error {tr("The Swedish household measures are not readable. Please reinstall "
                         "Stilla.")};
    SwedishMeasures measures;
    for (const QJsonValue& value : foods) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.slvId = object.value(QLatin1String("slv")).toString();
        entry.usdaId = object.value(QLatin1String("usda")).toString();
        entry.from = object.value(QLatin1String("from")).toString();
        for (const QJsonValue& measure : object.value(QLatin1String("measures")).toArray())
            entry.measures << measure.toString();
        if (entry.slvId.isEmpty() || entry.usdaId.isEmpty() || entry.from.isEmpty()
            || entry.measures.isEmpty())
            return Error {tr("A Swedish household measure lacks its food, its USDA measure or "
                             "its labels (%1). Please reinstall Stilla.")
                              .arg(entry.slvId)};
        measures.m_entries.push_back(std::move(entry));
    }
    return measures;
}

Result<std::vector<FoodPortion>> SwedishMeasures::portions(
    const Entry& entry, const FoodCatalogue& catalogue)
{
    const Error missing {tr("The Swedish measures of food %1 refer to \"%2\" of USDA food %3, "
                            "which the catalogue does not have.")
                             .arg(entry.slvId, entry.from, entry.usdaId)};
    const Food* usda = catalogue.find(FoodSource::Usda, entry.usdaId);
    if (!usda)
        return missing;
    const auto from = std::find_if(usda->portions.begin(), usda->portions.end(),
        [&entry](const FoodPortion& portion) { return portion.label == entry.from; });
    if (from == usda->portions.end())
        return missing;
    const auto [fromAmount, fromUnit] = split(entry.from);
    std::vector<FoodPortion> portions;
    for (const QString& label : entry.measures) {
        const auto [amount, unit] = split(label);
        const bool cups = fromUnit == QLatin1String("cup") || fromUnit == QLatin1String("cups");
        if (amount <= 0 || fromAmount <= 0 || (cups != (dlPerUnit(unit) > 0))
            || (!cups && amount != 1))
            return Error {tr("The Swedish measure \"%1\" of food %2 cannot be weighed by \"%3\".")
                              .arg(label, entry.slvId, entry.from)};
        const double grams = cups
            ? from->grams / (fromAmount * FoodPortions::kDlPerUsCup) * dlPerUnit(unit) * amount
            : from->grams / fromAmount;
        // Shown with a no-break space, so "1 dl" never parts at a line end.
        portions.push_back({QString(label).replace(QLatin1Char(' '), QChar(0x00A0)), grams});
    }
    return portions;
}

} // namespace stilla
