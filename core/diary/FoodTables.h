#pragma once

#include "CustomFood.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <vector>

class QSqlDatabase;

namespace stilla {

/// The food tables of the diary (schema version 2): the user's own foods (custom_food) and
/// favourite foods (favourite_food), and recent foods read from food_intake. Each write is its
/// own transaction and replaces the change token. Internal to core/diary; DiaryStore is the
/// only user, and it adds where the diary is to the messages.
class FoodTables
{
    Q_DECLARE_TR_FUNCTIONS(stilla::FoodTables)

public:
    /// What is wrong with @p food, in one sentence per problem, or an empty string.
    static QString validate(const CustomFood& food);

    static Result<std::vector<CustomFood>> customFoods(QSqlDatabase& db);
    /// Inserts (id 0) or updates a food; returns it as stored (name trimmed, id and created
    /// filled in). Refuses an invalid food or an id that is not stored.
    /// Adds (id 0; its created time comes from the caller's Clock and is required) or updates
    /// a food; with @p putBack, adds it again with its own id (a food
    /// that was removed, for undo).
    static Result<CustomFood> saveCustomFood(
        QSqlDatabase& db, const CustomFood& food, bool putBack = false);

    struct Removal
    {
        bool food = false; ///< there was such a food
        bool favourite = false; ///< it was a favourite too (and is no longer)
    };
    /// Removes a food and its favourite mark. Days that used it keep their copy of its name and
    /// magnesium.
    static Result<Removal> removeCustomFood(QSqlDatabase& db, qint64 id);

    /// Keys "source:id".
    static Result<QSet<QString>> favourites(QSqlDatabase& db);
    /// True when something changed.
    static Result<bool> setFavourite(
        QSqlDatabase& db, const QString& source, const QString& foodId, bool favourite);
    /// Distinct "source:id" of the foods eaten most recently (latest day first), at most
    /// @p limit.
    static Result<std::vector<QString>> recent(QSqlDatabase& db, int limit);
};

} // namespace stilla
