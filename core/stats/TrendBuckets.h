#pragma once

#include "DailySeries.h"
#include "core/safety/Finding.h"

#include <map>
#include <optional>
#include <vector>

namespace stilla {

/// One value over the days of a bucket: on how many days it was logged, their mean, and the
/// middle half of them (the 25th and 75th percentiles, computed as numpy.percentile's default,
/// linear interpolation between the sorted values). All null when no day of the bucket has it.
struct BucketValue
{
    int days = 0;
    std::optional<double> mean, lowerQuartile, upperQuartile;
};

/// One point of the trend over time: a day, a week or four weeks of days.
struct TrendBucket
{
    QDate first, last;
    BucketValue severity, sleepQuality, food, supplements;
    /// Hours asleep (DailyPoint::totalSleepMinutes / 60), of the night that ended on the day.
    BucketValue sleepHours;
    /// Days of the bucket with a safety finding, and the most severe of them.
    int findingDays = 0;
    std::optional<Severity> worstFinding;
};

/// The trend chart's points: the days of a range, in buckets of one day, one week (more than
/// 120 days) or four weeks (more than two years), so that every bar stays wide enough to read.
/// Buckets follow the calendar: a week runs Monday to Sunday (ISO 8601), four weeks are counted
/// from Monday 1 January 2001, so that the same days make the same point whatever the range; the
/// range's first and last buckets may be shorter. Days without a value are left out of a
/// bucket's mean and spread, never counted as zero.
struct TrendBuckets
{
    int daysPerBucket = 1;
    /// The day the first bucket's week or four weeks begins, on or before the range's first
    /// day: bucket i holds the days of the range from origin + i × daysPerBucket on. The
    /// range's first day for daily points.
    QDate origin;
    std::vector<TrendBucket> buckets;

    static int daysPerBucketFor(std::size_t rangeDays);
    /// Buckets @p series. @p worstFinding maps a day to its most severe finding. With
    /// @p movingAverage, severity, sleep quality and hours asleep are first replaced by their
    /// 7-day moving averages (Statistics::movingAverage).
    static TrendBuckets of(const DailySeries& series, const std::map<QDate, Severity>& worstFinding,
        bool movingAverage);

    /// The 25th or 75th (any 0..100th) percentile of @p values as numpy.percentile computes it
    /// by default; null for no values.
    static std::optional<double> percentile(std::vector<double> values, double percent);
};

} // namespace stilla
