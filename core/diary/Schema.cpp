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

/// 2 -> 3: a day's sleep is now the night that ENDED on the morning of that day; up to
/// version 2 it was the night that began on the evening of that day. Every stored night moves
/// to the following date, whose row is added when there is none; a row that held nothing but
/// its night (no symptoms, remedies, side effects, notes, foods, supplements or medications)
/// is removed, as the store never keeps an empty day. A night on 9999-12-31 has no following
/// date and stays. Nothing else changes.
Status moveNightsToTheMorningAfter(QSqlDatabase& db)
{
    const QString sleepColumns = QStringLiteral(
        "sleep_into_bed, sleep_tried_to_sleep, sleep_latency_minutes, sleep_awakenings, "
        "sleep_wake_minutes, sleep_final_awakening, sleep_out_of_bed, sleep_quality");
    const QString hasSleep
        = QStringLiteral("(sleep_into_bed IS NOT NULL OR sleep_tried_to_sleep IS NOT NULL "
                         "OR sleep_latency_minutes IS NOT NULL OR sleep_awakenings IS NOT NULL "
                         "OR sleep_wake_minutes IS NOT NULL OR sleep_final_awakening IS NOT NULL "
                         "OR sleep_out_of_bed IS NOT NULL OR sleep_quality IS NOT NULL)");
    return runAll(db,
        {
            // The nights as they are, keyed by the morning they ended on.
            QStringLiteral("CREATE TEMP TABLE night_move AS SELECT date AS evening, "
                           "date(date, '+1 day') AS morning, %1 FROM day WHERE %2 "
                           "AND date < '9999-12-31'")
                .arg(sleepColumns, hasSleep),
            QStringLiteral("UPDATE day SET sleep_into_bed = NULL, sleep_tried_to_sleep = NULL, "
                           "sleep_latency_minutes = NULL, sleep_awakenings = NULL, "
                           "sleep_wake_minutes = NULL, sleep_final_awakening = NULL, "
                           "sleep_out_of_bed = NULL, sleep_quality = NULL "
                           "WHERE date IN (SELECT evening FROM night_move)"),
            QStringLiteral("INSERT INTO day (date) SELECT morning FROM night_move "
                           "WHERE morning NOT IN (SELECT date FROM day)"),
            QStringLiteral("UPDATE day SET (%1) = (SELECT %1 FROM night_move "
                           "WHERE night_move.morning = day.date) "
                           "WHERE date IN (SELECT morning FROM night_move)")
                .arg(sleepColumns),
            // A day that held only its night: nothing the person typed is left in it.
            QStringLiteral(R"(DELETE FROM day WHERE date IN (SELECT evening FROM night_move)
    AND date NOT IN (SELECT morning FROM night_move)
    AND symptom_severity IS NULL AND symptom_onset_time IS NULL
    AND symptom_onset_period IS NULL AND symptom_urge_to_move = 0 AND symptom_pain = 0
    AND symptom_throbbing = 0 AND symptom_other_unpleasant = 0
    AND symptom_disturbed_sleep IS NULL AND caffeine_servings IS NULL
    AND exercise_minutes IS NULL AND warm_bath IS NULL AND massage IS NULL
    AND relaxation IS NULL AND sleep_routine_kept IS NULL AND side_effects = 0 AND notes = ''
    AND NOT EXISTS (SELECT 1 FROM food_intake WHERE day_date = day.date)
    AND NOT EXISTS (SELECT 1 FROM supplement_intake WHERE day_date = day.date)
    AND NOT EXISTS (SELECT 1 FROM medication_taken WHERE day_date = day.date))"),
            QStringLiteral("DROP TABLE night_move"),
            // Backups made before tell that the diary changed since.
            QStringLiteral("UPDATE diary_state SET change_token = abs(random() / 2) WHERE id = 1"),
        });
}

/// 3 -> 4: blood test results (LabResult), one row per test date, each value optional but at
/// least one given: ferritin in µg/L, transferrin saturation in %, haemoglobin in g/L, serum
/// magnesium in mmol/L. Nothing existing changes.
Status createLabResults(QSqlDatabase& db)
{
    return runAll(db,
        {
            QStringLiteral(R"(CREATE TABLE lab_result (
    date TEXT PRIMARY KEY NOT NULL
        CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    ferritin_ug_l REAL, transferrin_saturation_pct REAL, haemoglobin_g_l REAL,
    serum_magnesium_mmol_l REAL,
    CHECK (ferritin_ug_l IS NOT NULL OR transferrin_saturation_pct IS NOT NULL
        OR haemoglobin_g_l IS NOT NULL OR serum_magnesium_mmol_l IS NOT NULL)
) WITHOUT ROWID)"),
        });
}

/// 4 -> 5: the time a medicine was taken (HH:MM, optional), so that the timing advice of the
/// interactions can be checked against the dose times. Existing rows have none.
Status addMedicationTimes(QSqlDatabase& db)
{
    return runAll(db,
        {
            QStringLiteral("ALTER TABLE medication_taken ADD COLUMN time_taken TEXT"),
        });
}

/// 5 -> 6: self-experiments (ExperimentPlan): one row per planned experiment, and the times it
/// was paused. Dates 'YYYY-MM-DD'; the pattern is A and B letters; form and outcome by their
/// stable names. Nothing existing changes.
Status createExperiments(QSqlDatabase& db)
{
    return runAll(db,
        {
            QStringLiteral(R"(CREATE TABLE experiment (
    id INTEGER PRIMARY KEY,
    start TEXT NOT NULL CHECK (start GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    pattern TEXT NOT NULL CHECK (length(pattern) >= 2 AND pattern NOT GLOB '*[^AB]*'),
    phase_days INTEGER NOT NULL CHECK (phase_days > 0),
    washout_days INTEGER NOT NULL CHECK (washout_days >= 0),
    dose_mg REAL NOT NULL CHECK (dose_mg > 0),
    form TEXT NOT NULL,
    outcome TEXT NOT NULL,
    stopped_on TEXT
))"),
            QStringLiteral(R"(CREATE TABLE experiment_pause (
    experiment_id INTEGER NOT NULL REFERENCES experiment (id) ON DELETE CASCADE,
    paused_from TEXT NOT NULL,
    paused_until TEXT,
    PRIMARY KEY (experiment_id, paused_from)
) WITHOUT ROWID)"),
        });
}

/// 6 -> 7: the kidneys' filtering (eGFR, mL/min/1.73 m²) beside the other lab values. SQLite
/// cannot change a table's CHECK, which must now accept a result holding eGFR alone, so the table
/// is made anew and every row copied into it. Nothing existing changes.
Status addEgfr(QSqlDatabase& db)
{
    return runAll(db,
        {
            QStringLiteral(R"(CREATE TABLE lab_result_v7 (
    date TEXT PRIMARY KEY NOT NULL
        CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    ferritin_ug_l REAL, transferrin_saturation_pct REAL, haemoglobin_g_l REAL,
    serum_magnesium_mmol_l REAL, egfr_ml_min_1_73m2 REAL,
    CHECK (ferritin_ug_l IS NOT NULL OR transferrin_saturation_pct IS NOT NULL
        OR haemoglobin_g_l IS NOT NULL OR serum_magnesium_mmol_l IS NOT NULL
        OR egfr_ml_min_1_73m2 IS NOT NULL)
) WITHOUT ROWID)"),
            QStringLiteral(R"(INSERT INTO lab_result_v7 (date, ferritin_ug_l,
    transferrin_saturation_pct, haemoglobin_g_l, serum_magnesium_mmol_l)
SELECT date, ferritin_ug_l, transferrin_saturation_pct, haemoglobin_g_l, serum_magnesium_mmol_l
FROM lab_result)"),
            QStringLiteral("DROP TABLE lab_result"),
            QStringLiteral("ALTER TABLE lab_result_v7 RENAME TO lab_result"),
        });
}

/// The migrations in order: kMigrations[N] turns version N into N+1. Append new ones here.
constexpr std::array<Migration, 7> kMigrations = {
    &createVersion1,
    &createVersion2,
    &moveNightsToTheMorningAfter,
    &createLabResults,
    &addMedicationTimes,
    &createExperiments,
    &addEgfr,
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
