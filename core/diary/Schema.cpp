#include "Schema.h"

#include "DiarySql.h"
#include "DiaryStore.h"

#include <QSqlDatabase>
#include <QStringList>

#include <algorithm>
#include <array>

namespace stilla {

namespace {

using Migration = Status (*)(QSqlDatabase&);

Status runAll(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        if (auto done = DiarySql::exec(db, sql); !done)
            return done;
    }
    return {};
}

/// 0 -> 1: the first schema. One row per day; foods, supplements and medications in child
/// tables that disappear with their day. Times are 'HH:MM', dates 'YYYY-MM-DD', enums by their
/// stable names (DayEntry.h toName), side effects as the SideEffect bit set.
Status createVersion1(QSqlDatabase& db)
{
    return runAll(db,
        {
            QStringLiteral("PRAGMA application_id = %1").arg(Schema::kApplicationId),
            QStringLiteral(R"(CREATE TABLE day (
    date TEXT PRIMARY KEY NOT NULL
        CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    sleep_into_bed TEXT, sleep_tried_to_sleep TEXT, sleep_latency_minutes INTEGER,
    sleep_awakenings INTEGER, sleep_wake_minutes INTEGER, sleep_final_awakening TEXT,
    sleep_out_of_bed TEXT, sleep_quality INTEGER,
    symptom_severity INTEGER, symptom_onset_time TEXT, symptom_onset_period TEXT,
    symptom_urge_to_move INTEGER NOT NULL DEFAULT 0, symptom_pain INTEGER NOT NULL DEFAULT 0,
    symptom_throbbing INTEGER NOT NULL DEFAULT 0,
    symptom_other_unpleasant INTEGER NOT NULL DEFAULT 0, symptom_disturbed_sleep INTEGER,
    caffeine_servings INTEGER, exercise_minutes INTEGER, warm_bath INTEGER, massage INTEGER,
    relaxation INTEGER, sleep_routine_kept INTEGER,
    side_effects INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE food_intake (
    id INTEGER PRIMARY KEY,
    day_date TEXT NOT NULL REFERENCES day(date) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source TEXT NOT NULL, food_id TEXT NOT NULL, name TEXT NOT NULL,
    grams REAL NOT NULL, magnesium_mg REAL NOT NULL
))"),
            QStringLiteral("CREATE INDEX food_intake_by_day ON food_intake(day_date, position)"),
            QStringLiteral(R"(CREATE TABLE supplement_intake (
    id INTEGER PRIMARY KEY,
    day_date TEXT NOT NULL REFERENCES day(date) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    form TEXT NOT NULL, elemental_mg REAL NOT NULL, time_taken TEXT, route TEXT NOT NULL
))"),
            QStringLiteral(
                "CREATE INDEX supplement_intake_by_day ON supplement_intake(day_date, position)"),
            QStringLiteral(R"(CREATE TABLE medication_taken (
    id INTEGER PRIMARY KEY,
    day_date TEXT NOT NULL REFERENCES day(date) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL, medication_class TEXT NOT NULL
))"),
            QStringLiteral(
                "CREATE INDEX medication_taken_by_day ON medication_taken(day_date, position)"),
            // A random number replaced by every write, so backups can tell whether the diary
            // changed since they were made.
            QStringLiteral("CREATE TABLE diary_state (id INTEGER PRIMARY KEY CHECK (id = 1), "
                           "change_token INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO diary_state (id, change_token) VALUES (1, 0)"),
        });
}

/// 1 -> 2: the food picker's own tables. custom_food holds the user's foods (their id, as
/// text, is the food_id of a "custom" food_intake row; intake rows keep their own copy of the
/// name and magnesium, so removing a food changes no day). favourite_food holds favourites by
/// source ("slv", "usda", "custom") and the food's id within it. Nothing existing changes.
Status createVersion2(QSqlDatabase& db)
{
    return runAll(db,
        {
            QStringLiteral(R"(CREATE TABLE custom_food (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    magnesium_per_100g REAL NOT NULL,
    portion_grams REAL,
    portion_label TEXT,
    created TEXT
))"),
            QStringLiteral(R"(CREATE TABLE favourite_food (
    source TEXT NOT NULL,
    food_id TEXT NOT NULL,
    PRIMARY KEY (source, food_id)
))"),
        });
}

/// The migrations in order: kMigrations[N] turns version N into N+1. Append new ones here.
constexpr std::array<Migration, 2> kMigrations = {
    &createVersion1,
    &createVersion2,
};

static_assert(kMigrations.size() == DiaryStore::kSchemaVersion,
    "Raise DiaryStore::kSchemaVersion together with the list of migrations");

} // namespace

int Schema::latestVersion()
{
    return int(kMigrations.size());
}

Status Schema::migrate(QSqlDatabase& db, int fromVersion)
{
    if (fromVersion >= latestVersion())
        return {};
    qCInfo(
        lcDiary, "Migrating the diary from schema version %d to %d", fromVersion, latestVersion());
    // One transaction for every step: a diary is either at its old version, untouched, or at
    // the newest one, whatever happens during the migration.
    Status step = DiarySql::begin(db);
    int version = fromVersion;
    for (; step && version < latestVersion(); ++version) {
        step = kMigrations[std::size_t(version)](db);
        if (step)
            step = DiarySql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        if (!step)
            break;
    }
    if (step)
        step = DiarySql::commit(db);
    if (!step) {
        DiarySql::rollback(db);
        return Error {tr("Could not update the diary to version %1: %2. It was left at version "
                         "%3, unchanged.")
                          .arg(std::min(version + 1, latestVersion()))
                          .arg(step.errorMessage())
                          .arg(fromVersion)};
    }
    return {};
}

} // namespace stilla
