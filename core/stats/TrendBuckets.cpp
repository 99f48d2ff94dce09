#include "TrendBuckets.h"

#include "Statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stilla {

namespace {

// Longer ranges are drawn as means over weeks, and beyond two years over four weeks: a year of
// daily bars, or ten years of weekly ones, is under two pixels a bar in a normal window, too
// thin to read, and most of the time a range change takes (tests/bench/interaction_bench).
constexpr std::size_t kLongRangeDays = 120;
constexpr std::size_t kVeryLongRangeDays = 731;
constexpr int kWeek = 7;
constexpr int kFourWeeks = 28;
// A Monday, and the first day of ISO week 1 of 2001: where four-week buckets are counted from.
const QDate kCalendarStart(2001, 1, 1);

BucketValue summarise(
    const std::vector<std::optional<double>>& values, std::size_t from, std::size_t to)
{
    std::vector<double> logged;
    for (std::size_t i = from; i < to && i < values.size(); ++i) {
        if (values[i])
            logged.push_back(*values[i]);
    }
    BucketValue value;
    value.days = int(logged.size());
    if (logged.empty())
        return value;
    value.mean = std::accumulate(logged.begin(), logged.end(), 0.0) / double(logged.size());
    value.lowerQuartile = TrendBuckets::percentile(logged, 25);
    value.upperQuartile = TrendBuckets::percentile(std::move(logged), 75);
    return value;
}

std::vector<std::optional<double>> column(
    const DailySeries& series, std::optional<double> DailyPoint::*field)
{
    std::vector<std::optional<double>> values;
    values.reserve(series.days.size());
    for (const DailyPoint& day : series.days)
        values.push_back(day.*field);
    return values;
}

} // namespace

int TrendBuckets::daysPerBucketFor(std::size_t rangeDays)
{
    return rangeDays > kVeryLongRangeDays ? kFourWeeks : rangeDays > kLongRangeDays ? kWeek : 1;
}

std::optional<double> TrendBuckets::percentile(std::vector<double> values, double percent)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    // numpy's "linear" method (Hyndman and Fan's type 7): position (n - 1) * p between the
    // sorted values.
    const double position = double(values.size() - 1) * std::clamp(percent, 0.0, 100.0) / 100;
    const auto below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    return values[below] + (position - double(below)) * (values[above] - values[below]);
}

TrendBuckets TrendBuckets::of(
    const DailySeries& series, const std::map<QDate, Severity>& worstFinding, bool movingAverage)
{
    TrendBuckets result;
    const std::size_t days = series.days.size();
    result.daysPerBucket = daysPerBucketFor(days);
    auto severity = column(series, &DailyPoint::severity);
    auto quality = column(series, &DailyPoint::sleepQuality);
    auto hours = column(series, &DailyPoint::totalSleepMinutes);
    for (std::optional<double>& minutes : hours) {
        if (minutes)
            *minutes /= 60;
    }
    if (movingAverage) {
        severity = Statistics::movingAverage(severity, kWeek);
        quality = Statistics::movingAverage(quality, kWeek);
        hours = Statistics::movingAverage(hours, kWeek);
    }
    const auto food = column(series, &DailyPoint::magnesiumFoodMg);
    const auto supplements = column(series, &DailyPoint::magnesiumSupplementMg);
    // Buckets follow the calendar, not the range: a week is Monday to Sunday (ISO 8601, as
    // Swedish week numbers count), four weeks are counted in fours from Monday 1 January 2001.
    // The same days then make the same point whatever range shows them, and a week's mean stays
    // the same from one day to the next; the range's first and last buckets may be shorter.
    const int step = result.daysPerBucket;
    result.origin = series.days.empty() ? series.from : series.days.front().date;
    if (step > 1 && result.origin.isValid()) {
        const auto intoPeriod = int(((kCalendarStart.daysTo(result.origin) % step) + step) % step);
        result.origin = result.origin.addDays(-intoPeriod);
    }
    result.buckets.reserve(days / std::size_t(step) + 2);
    for (std::size_t start = 0; start < days;) {
        const auto intoPeriod = std::size_t(result.origin.daysTo(series.days[start].date) % step);
        const std::size_t end = std::min(days, start + std::size_t(step) - intoPeriod);
        TrendBucket bucket;
        bucket.first = series.days[start].date;
        bucket.last = series.days[end - 1].date;
        bucket.severity = summarise(severity, start, end);
        bucket.sleepQuality = summarise(quality, start, end);
        bucket.sleepHours = summarise(hours, start, end);
        bucket.food = summarise(food, start, end);
        bucket.supplements = summarise(supplements, start, end);
        for (std::size_t i = start; i < end; ++i) {
            const auto it = worstFinding.find(series.days[i].date);
            if (it == worstFinding.end())
                continue;
            ++bucket.findingDays;
            if (!bucket.worstFinding || it->second > *bucket.worstFinding)
                bucket.worstFinding = it->second;
        }
        result.buckets.push_back(bucket);
        start = end;
    }
    return result;
}

} // namespace stilla
