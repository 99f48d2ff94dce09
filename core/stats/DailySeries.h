#pragma once

#include <QDate>

#include <optional>
#include <vector>

namespace stilla {

/// One calendar day of the values the charts and statistics use. A value that was not logged
/// is std::nullopt, never 0. See docs/statistics.md for where each value comes from.
struct DailyPoint
{
    QDate date;
    std::optional<double> severity; ///< RLS severity, 0..10
    std::optional<double> sleepQuality; ///< 1..5
    std::optional<double> totalSleepMinutes; ///< SleepRecord::totalSleepMinutes()
    std::optional<double> sleepEfficiency; ///< SleepRecord::efficiency(), 0..1
    /// Magnesium, in mg. All three are missing on a day with no food and no supplement logged;
    /// on a day with either, the other one counts as 0.
    std::optional<double> magnesiumFoodMg;
    std::optional<double> magnesiumSupplementMg;
    std::optional<double> magnesiumTotalMg;

    /// True when anything was logged that day (efficiency comes with total sleep).
    bool isLogged() const
    {
        return severity || sleepQuality || totalSleepMinutes || magnesiumTotalMg;
    }
};

/// One DailyPoint per calendar day from @c from to @c to inclusive, in order; days with nothing
/// logged have every value missing.
struct DailySeries
{
    QDate from;
    QDate to;
    std::vector<DailyPoint> days;
};

} // namespace stilla
