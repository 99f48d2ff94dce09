#include "FoodTables.h"

#include "DayTable.h"
#include "DiarySql.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <cmath>

namespace stilla {

namespace {

constexpr int kMaxLabelLength = 200;
constexpr int kMaxFoodIdLength = 64;

const QString kColumns
    = QStringLiteral("id, name, magnesium_per_100g, portion_grams, portion_label, created");

CustomFood fromRow(const QSqlQuery& query)
{
    CustomFood food;
    food.id = query.value(0).toLongLong();
    food.name = query.value(1).toString();
    food.magnesiumPer100g = query.value(2).toDouble();
    if (!query.value(3).isNull())
        food.portionGrams = query.value(3).toDouble();
    food.portionLabel = query.value(4).toString();
    food.created = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
    return food;
}

Result<std::vector<CustomFood>> selectFoods(QSqlDatabase& db, std::optional<qint64> id)
{
    QSqlQuery query(db);
    const QString sql = id ? QStringLiteral("SELECT %1 FROM custom_food WHERE id = ?").arg(kColumns)
                           : QStringLiteral("SELECT %1 FROM custom_food ORDER BY id").arg(kColumns);
    if (auto ok = DiarySql::prepare(query, sql); !ok)
        return Error {ok.errorMessage()};
    if (id)
        query.bindValue(0, *id);
    if (auto ok = DiarySql::exec(query); !ok)
        return Error {ok.errorMessage()};
    std::vector<CustomFood> foods;
    while (query.next())
        foods.push_back(fromRow(query));
    return foods;
}

} // namespace

QString FoodTables::validate(const CustomFood& food)
{
    QStringList problems;
    const QString name = food.name.trimmed();
    if (name.isEmpty())
        problems << tr("The food needs a name.");
    else if (name.size() > CustomFood::kMaxNameLength)
        problems << tr("The name is longer than %1 characters.").arg(CustomFood::kMaxNameLength);
    if (!std::isfinite(food.magnesiumPer100g) || food.magnesiumPer100g < 0
        || food.magnesiumPer100g > CustomFood::kMaxMagnesiumPer100g)
        problems << tr("Magnesium must be from 0 to %1\u00A0mg per 100\u00A0g.")
                        .arg(CustomFood::kMaxMagnesiumPer100g);
    if (food.portionGrams
        && (!std::isfinite(*food.portionGrams) || *food.portionGrams <= 0
            || *food.portionGrams > CustomFood::kMaxPortionGrams))
        problems << tr("A portion must weigh more than 0\u00A0g and at most %1\u00A0g.")
                        .arg(CustomFood::kMaxPortionGrams);
    if (!food.portionGrams && !food.portionLabel.trimmed().isEmpty())
        problems
            << tr("The portion \"%1\" needs its weight in grams.").arg(food.portionLabel.trimmed());
    if (food.portionLabel.trimmed().size() > kMaxLabelLength)
        problems << tr("The portion's name is longer than %1 characters.").arg(kMaxLabelLength);
    return problems.join(u' ');
}

Result<std::vector<CustomFood>> FoodTables::customFoods(QSqlDatabase& db)
{
    return selectFoods(db, std::nullopt);
}

Result<CustomFood> FoodTables::saveCustomFood(
    QSqlDatabase& db, const CustomFood& food, bool putBack)
{
    if (const QString problems = validate(food); !problems.isEmpty())
        return Error {problems};
    CustomFood stored = food;
    stored.name = food.name.trimmed();
    stored.portionLabel = food.portionGrams ? food.portionLabel.trimmed() : QString();
    if (stored.id == 0 && !stored.created.isValid())
        return Error {tr("a new food needs the time it was added")};
    stored.created = stored.created.addMSecs(-stored.created.time().msec());
    const QVariant grams = stored.portionGrams ? QVariant(*stored.portionGrams) : QVariant();
    const Status done = DayTable::inTransaction(db, [&]() -> Status {
        QSqlQuery query(db);
        if (stored.id == 0 || putBack) {
            // A food put back keeps its number (NULL lets SQLite choose one for a new food).
            if (auto ok = DiarySql::prepare(query,
                    QStringLiteral(
                        "INSERT INTO custom_food (id, name, magnesium_per_100g, "
                        "portion_grams, portion_label, created) VALUES (?, ?, ?, ?, ?, ?)"));
                !ok)
                return ok;
            query.addBindValue(stored.id == 0 ? QVariant() : QVariant(stored.id));
            query.addBindValue(stored.name);
            query.addBindValue(stored.magnesiumPer100g);
            query.addBindValue(grams);
            query.addBindValue(stored.portionLabel);
            query.addBindValue(stored.created.toUTC().toString(Qt::ISODate));
            if (auto ok = DiarySql::exec(query); !ok)
                return ok;
            stored.id = query.lastInsertId().toLongLong();
            return {};
        }
        if (auto ok = DiarySql::prepare(query,
                QStringLiteral("UPDATE custom_food SET name = ?, magnesium_per_100g = ?, "
                               "portion_grams = ?, portion_label = ? WHERE id = ?"));
            !ok)
            return ok;
        query.addBindValue(stored.name);
        query.addBindValue(stored.magnesiumPer100g);
        query.addBindValue(grams);
        query.addBindValue(stored.portionLabel);
        query.addBindValue(stored.id);
        if (auto ok = DiarySql::exec(query); !ok)
            return ok;
        if (query.numRowsAffected() != 1)
            return Error {
                tr("there is no food number %1 in the diary (was it removed?)").arg(stored.id)};
        return {};
    });
    if (!done)
        return Error {done.errorMessage()};
    auto row = selectFoods(db, stored.id);
    if (!row)
        return Error {row.errorMessage()};
    if (row->empty())
        return Error {tr("the saved food could not be read back")};
    return row->front();
}

Result<FoodTables::Removal> FoodTables::removeCustomFood(QSqlDatabase& db, qint64 id)
{
    Removal removal;
    const Status done = DayTable::inTransaction(db, [&]() -> Status {
        QSqlQuery query(db);
        if (auto ok
            = DiarySql::prepare(query, QStringLiteral("DELETE FROM custom_food WHERE id = ?"));
            !ok)
            return ok;
        query.addBindValue(id);
        if (auto ok = DiarySql::exec(query); !ok)
            return ok;
        removal.food = query.numRowsAffected() > 0;
        if (auto ok = DiarySql::prepare(query,
                QStringLiteral(
                    "DELETE FROM favourite_food WHERE source = 'custom' AND food_id = ?"));
            !ok)
            return ok;
        query.addBindValue(QString::number(id));
        if (auto ok = DiarySql::exec(query); !ok)
            return ok;
        removal.favourite = query.numRowsAffected() > 0;
        return {};
    });
    if (!done)
        return Error {done.errorMessage()};
    return removal;
}

Result<QSet<QString>> FoodTables::favourites(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (auto ok
        = DiarySql::prepare(query, QStringLiteral("SELECT source, food_id FROM favourite_food"));
        !ok)
        return Error {ok.errorMessage()};
    if (auto ok = DiarySql::exec(query); !ok)
        return Error {ok.errorMessage()};
    QSet<QString> keys;
    while (query.next())
        keys.insert(query.value(0).toString() % QLatin1Char(':') % query.value(1).toString());
    return keys;
}

Result<bool> FoodTables::setFavourite(
    QSqlDatabase& db, const QString& source, const QString& foodId, bool favourite)
{
    const bool knownSource = source == QLatin1String("slv") || source == QLatin1String("usda")
        || source == QLatin1String("custom");
    if (!knownSource)
        return Error {tr("\"%1\" is not a food source (slv, usda or custom).").arg(source)};
    if (foodId.isEmpty() || foodId.size() > kMaxFoodIdLength || foodId.contains(u':'))
        return Error {tr("\"%1\" is not a food id.").arg(foodId)};
    bool changed = false;
    const Status done = DayTable::inTransaction(db, [&]() -> Status {
        QSqlQuery query(db);
        const QString sql = favourite
            ? QStringLiteral("INSERT OR IGNORE INTO favourite_food (source, food_id) VALUES (?, ?)")
            : QStringLiteral("DELETE FROM favourite_food WHERE source = ? AND food_id = ?");
        if (auto ok = DiarySql::prepare(query, sql); !ok)
            return ok;
        query.addBindValue(source);
        query.addBindValue(foodId);
        if (auto ok = DiarySql::exec(query); !ok)
            return ok;
        changed = query.numRowsAffected() > 0;
        return {};
    });
    if (!done)
        return Error {done.errorMessage()};
    return changed;
}

Result<std::vector<QString>> FoodTables::recent(QSqlDatabase& db, int limit)
{
    std::vector<QString> keys;
    if (limit <= 0)
        return keys;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The intake rows newest first, along the day index, keeping the first use of each food
    // until there are enough: with ten years of days this reads only the last few weeks, where
    // a window function over every row took 35 ms. Aggregate "import" lines are not foods.
    if (auto ok = DiarySql::prepare(query, QStringLiteral(R"(
SELECT source, food_id FROM food_intake
WHERE source IN ('slv', 'usda', 'custom') AND food_id <> ''
ORDER BY day_date DESC, position DESC, id DESC)"));
        !ok)
        return Error {ok.errorMessage()};
    if (auto ok = DiarySql::exec(query); !ok)
        return Error {ok.errorMessage()};
    QSet<QString> seen;
    while (int(keys.size()) < limit && query.next()) {
        QString key = query.value(0).toString() % QLatin1Char(':') % query.value(1).toString();
        if (!seen.contains(key)) {
            seen.insert(key);
            keys.push_back(std::move(key));
        }
    }
    return keys;
}

} // namespace stilla
