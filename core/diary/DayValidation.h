#pragma once

#include "DayEntry.h"

#include <QString>

#include <optional>
#include <vector>

namespace stilla {

/// One thing wrong with a day, or worth a second look.
struct FieldProblem
{
    enum class Kind {
        Error, ///< impossible: the day cannot be saved like this
        Question, ///< possible but unusual (30 awakenings): ask, never change it silently
    };
    Kind kind = Kind::Error;
    QString field; ///< stable field path: "sleep.latency_minutes", "supplements[1].elemental_mg"
    QString message; ///< for people, in the UI language
};

/// A field in one row of a day's list: "foods[1].grams" is the field "grams" of the list
/// "foods", row 1. The rules, the diary form and its messages read and write the path only
/// here, so that they agree on its format.
struct FieldPath
{
    QString list;
    std::size_t row = 0;
    QString field;

    QString toString() const;
    /// The path that stands for every row of @p list ("foods[]"), as a list's message names it.
    static QString anyRow(QStringView list);
    /// The parts of @p path; nullopt when it names no row of a list ("sleep.latency_minutes").
    static std::optional<FieldPath> parse(QStringView path);
};

/// The one set of rules for what a day may hold, shared by the diary form, import and the
/// store (which refuses to save a day with errors). Nothing is clamped: problems are reported.
class DayValidation
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DayValidation)

public:
    // Limits. A value outside [min, max] is an error; above the "question" level it is asked.
    static constexpr int kMaxLatencyMinutes = 720;
    static constexpr int kMaxAwakenings = 99;
    static constexpr int kQuestionAwakenings = 30;
    /// A night longer than this, in bed or from trying to sleep to waking, is asked about: a
    /// time in the wrong half of the day (22:00 typed for 06:00) makes a night of 22 hours.
    static constexpr int kQuestionNightMinutes = 16 * 60;
    static constexpr int kMaxWakeMinutes = 1440;
    static constexpr int kMaxCaffeineServings = 50;
    static constexpr int kMaxExerciseMinutes = 1440;
    static constexpr double kMaxFoodGrams = 5000;
    static constexpr double kMaxFoodMagnesiumMg = 10000;
    static constexpr double kMaxSupplementMg = 10000;
    /// A single supplement dose above this is almost certainly a typo (asks for confirmation).
    static constexpr double kImplausibleSupplementMg = 2000;
    static constexpr int kMaxNotesLength = 10000;
    static constexpr int kMaxNameLength = 200;

    static std::vector<FieldProblem> validate(const DayEntry& day);
    /// True when validate() finds no Error (Questions are allowed).
    static bool isSavable(const DayEntry& day);
    /// The messages of the Errors validate() finds, in one sentence; empty when isSavable().
    static QString errors(const DayEntry& day);
    /// A date as the diary's messages name it (ISO, "(no date)" when invalid).
    static QString dateText(const QDate& date);
};

} // namespace stilla
