#include "CuratedFoods.h"

#include "resources/EmbeddedFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace stilla {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list << item.toString();
    return list;
}

} // namespace

QString CuratedFood::name(const QString& language) const
{
    return language == QLatin1String("sv") ? nameSv : nameEn;
}

QString CuratedFood::portionLabel(const QString& language) const
{
    return language == QLatin1String("sv") ? portionSv : portionEn;
}

QStringList CuratedFood::searchNames() const
{
    return QStringList {nameSv, nameEn} + alsoSv + alsoEn;
}

Result<CuratedFoods> CuratedFoods::load()
{
    QFile file(embedded::curatedFoods());
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("The list of the article's foods (%1) is missing from this build of "
                         "Stilla. Please reinstall Stilla.")
                          .arg(embedded::curatedFoods())};
    return fromJson(file.readAll());
}

Result<CuratedFoods> CuratedFoods::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error {tr("The list of the article's foods is not valid JSON (at byte %1: %2).")
                          .arg(parseError.offset)
                          .arg(parseError.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != 1)
        return Error {tr("The list of the article's foods has an unknown format.")};

    CuratedFoods curated;
    QSet<QString> keys;
    const QJsonArray foods = root.value(QLatin1String("foods")).toArray();
    for (qsizetype i = 0; i < foods.size(); ++i) {
        const QJsonObject object = foods.at(i).toObject();
        CuratedFood food;
        food.key = object.value(QLatin1String("key")).toString();
        food.articleGroup = object.value(QLatin1String("article_group")).toString();
        food.nameSv = object.value(QLatin1String("sv")).toString();
        food.nameEn = object.value(QLatin1String("en")).toString();
        food.alsoSv = strings(object.value(QLatin1String("also_sv")));
        food.alsoEn = strings(object.value(QLatin1String("also_en")));
        food.slvId = object.value(QLatin1String("slv")).toString();
        food.usdaId = object.value(QLatin1String("usda")).toString();
        food.portionGrams = object.value(QLatin1String("portion_grams")).toDouble();
        food.portionSv = object.value(QLatin1String("portion_sv")).toString();
        food.portionEn = object.value(QLatin1String("portion_en")).toString();
        food.portionSource = object.value(QLatin1String("portion_source")).toString();
        const bool complete = !food.key.isEmpty() && !food.nameSv.isEmpty()
            && !food.nameEn.isEmpty() && !food.slvId.isEmpty() && !food.usdaId.isEmpty()
            && !food.portionSv.isEmpty() && !food.portionEn.isEmpty()
            && !food.portionSource.isEmpty() && std::isfinite(food.portionGrams)
            && food.portionGrams > 0;
        if (!complete)
            return Error {tr("Entry %1 (\"%2\") of the list of the article's foods is "
                             "incomplete: it needs a key, names in both languages, both ids and "
                             "a portion above 0\u00A0g with its labels and source.")
                              .arg(i + 1)
                              .arg(food.key)};
        if (keys.contains(food.key))
            return Error {tr("The key \"%1\" appears twice in the list of the article's foods.")
                              .arg(food.key)};
        keys.insert(food.key);
        curated.m_foods.push_back(std::move(food));
    }
    return curated;
}

int CuratedFoods::indexOf(FoodSource source, const QString& id) const
{
    for (std::size_t i = 0; i < m_foods.size(); ++i) {
        const CuratedFood& food = m_foods[i];
        if ((source == FoodSource::Slv && food.slvId == id)
            || (source == FoodSource::Usda && food.usdaId == id))
            return int(i);
    }
    return -1;
}

const CuratedFood* CuratedFoods::forFood(FoodSource source, const QString& id) const
{
    const int index = indexOf(source, id);
    return index < 0 ? nullptr : &m_foods[std::size_t(index)];
}

} // namespace stilla
