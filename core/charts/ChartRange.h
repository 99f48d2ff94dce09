#pragma once

#include "core/experiment/ExperimentPlan.h"
#include "core/labs/LabResult.h"
#include "core/safety/Finding.h"
#include "core/stats/DailySeries.h"

#include <QDate>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace stilla {

class DayCache;
class DiaryStore;
class Settings;

/// Everything the Charts page draws for a range of days, read at once: the daily series, the
/// worst safety finding of each day, the blood tests and self-experiment phases that fall in
/// the range, and the two reference lines (the daily target and the profile's upper limit for
/// supplements). The page only presents it; the doctor's report reads the same parts.
struct ChartRange
{
    /// The periods the Charts page offers, in the order it lists them.
    enum class Period { TwoWeeks, Month, ThreeMonths, Year, All, Custom };

    /// The first and last day of @p period, ending @p today: two weeks are 14 days, a month
    /// from the same day last month plus one, and so on. All runs from the diary's first entry
    /// (else a month back) to its last or today, whichever is later. Custom has no dates of its
    /// own: both are invalid.
    static std::pair<QDate, QDate> datesOf(
        Period period, const QDate& today, const QDate& firstEntry, const QDate& lastEntry);

    QDate from;
    QDate to;
    DailySeries series;
    std::map<QDate, Severity> worstFindings; ///< caution or worse, by day
    std::vector<LabResult> labs;
    std::vector<PhaseSpan> phases;
    std::optional<double> targetMg; ///< from the profile and settings; none without a profile
    std::optional<double> supplementLimitMg; ///< the profile's upper limit for supplements
    bool hasEntries = false; ///< any day in the range has an entry

    /// Reads the range from @p days (which it fills for the range), the lab results and
    /// experiments in @p diary (may be null: then only the profile's lines are set) and the
    /// profile in @p settings. A part that cannot be read is left empty and the reason logged,
    /// so that one unreadable table never blanks the whole page.
    static ChartRange load(
        DayCache* days, const DiaryStore* diary, Settings& settings, QDate from, QDate to);
};

} // namespace stilla
