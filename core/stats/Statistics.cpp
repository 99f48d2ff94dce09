#include "Statistics.h"

#include "Correlation.h"
#include "StatisticsText.h"
#include "WelchInterval.h"

#include <algorithm>

namespace stilla {

namespace {

std::optional<double> toDouble(const std::optional<int>& value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}

DailyPoint pointFor(const DayEntry& day)
{
    DailyPoint point;
    point.date = day.date;
    point.severity = toDouble(day.symptoms.severity);
    point.sleepQuality = toDouble(day.sleep.quality);
    point.totalSleepMinutes = toDouble(day.sleep.totalSleepMinutes());
    point.sleepEfficiency = day.sleep.efficiency();
    // No food and no supplement logged: the magnesium of the day is unknown, not 0.
    if (!day.foods.empty() || !day.supplements.empty()) {
        point.magnesiumFoodMg = day.foodMagnesiumMg();
        point.magnesiumSupplementMg = day.supplementMagnesiumMg();
        point.magnesiumTotalMg = *point.magnesiumFoodMg + *point.magnesiumSupplementMg;
    }
    return point;
}

/// Values on dates, in date order.
struct Dated
{
    std::vector<QDate> dates;
    std::vector<double> values;

    void add(const QDate& date, double value)
    {
        dates.push_back(date);
        values.push_back(value);
    }
};

/// Pearson's r of each value with the value of the next calendar day, over the pairs of
/// consecutive dates in @p series; 0 with fewer than 3 such pairs or when either side does not
/// vary.
double lagOneAutocorrelation(const Dated& series)
{
    std::vector<double> today;
    std::vector<double> tomorrow;
    for (std::size_t i = 0; i + 1 < series.dates.size(); ++i) {
        if (series.dates[i].daysTo(series.dates[i + 1]) == 1) {
            today.push_back(series.values[i]);
            tomorrow.push_back(series.values[i + 1]);
        }
    }
    if (today.size() < 3)
        return 0;
    return Correlation::pearson(today, tomorrow).value_or(0);
}

/// n(1 - a)/(1 + a) with a never below 0: an effective number of days for a mean of days
/// with lag-1 autocorrelation a.
double effectiveDays(double n, double autocorrelation)
{
    const double a = std::clamp(autocorrelation, 0.0, 1.0);
    return n * (1 - a) / (1 + a);
}

/// The share of @p days that lie from @p other's first day to its last; 0 when either is empty.
double shareWithin(const Dated& days, const Dated& other)
{
    if (days.dates.empty() || other.dates.empty())
        return 0;
    const auto span = std::minmax_element(other.dates.begin(), other.dates.end());
    const QDate first = *span.first;
    const QDate last = *span.second;
    const auto within = std::count_if(days.dates.begin(), days.dates.end(),
        [first, last](const QDate& date) { return date >= first && date <= last; });
    return double(within) / double(days.dates.size());
}

void describeDates(const Dated& days, Statistics::GroupSummary& group)
{
    if (days.dates.empty())
        return;
    const auto [first, last] = std::minmax_element(days.dates.begin(), days.dates.end());
    group.firstDate = *first;
    group.lastDate = *last;
}

Statistics::Comparison compare(const Dated& firstDays, const Dated& secondDays)
{
    const std::vector<double>& first = firstDays.values;
    const std::vector<double>& second = secondDays.values;
    Statistics::Comparison result;
    result.first.n = int(first.size());
    result.second.n = int(second.size());
    describeDates(firstDays, result.first);
    describeDates(secondDays, result.second);
    result.mixing
        = std::min(shareWithin(firstDays, secondDays), shareWithin(secondDays, firstDays));
    if (!first.empty())
        result.first.mean = WelchInterval::mean(first);
    if (!second.empty())
        result.second.mean = WelchInterval::mean(second);
    if (first.size() < 2 || second.size() < 2)
        return result;
    result.difference = *result.second.mean - *result.first.mean;
    if (const auto interval = WelchInterval::compute(first, second, 0.95)) {
        result.ci95Low = interval->low;
        result.ci95High = interval->high;
    }
    result.autocorrelationFirst = lagOneAutocorrelation(firstDays);
    result.autocorrelationSecond = lagOneAutocorrelation(secondDays);
    result.nEffectiveFirst = effectiveDays(double(first.size()), result.autocorrelationFirst);
    result.nEffectiveSecond = effectiveDays(double(second.size()), result.autocorrelationSecond);
    if (const auto interval = WelchInterval::computeEffective(
            first, second, result.nEffectiveFirst, result.nEffectiveSecond, 0.95)) {
        result.ci95LowAdjusted = interval->low;
        result.ci95HighAdjusted = interval->high;
    }
    return result;
}

} // namespace

DailySeries Statistics::daily(const std::vector<DayEntry>& days, const QDate& from, const QDate& to)
{
    DailySeries series;
    series.from = from;
    series.to = to;
    if (!from.isValid() || !to.isValid()) {
        for (const DayEntry& day : days) {
            if (!day.date.isValid())
                continue;
            if (!from.isValid() && (!series.from.isValid() || day.date < series.from))
                series.from = day.date;
            if (!to.isValid() && (!series.to.isValid() || day.date > series.to))
                series.to = day.date;
        }
    }
    if (!series.from.isValid() || !series.to.isValid() || series.from > series.to) {
        series.from = from;
        series.to = to;
        return series;
    }

    const qint64 count = series.from.daysTo(series.to) + 1;
    series.days.resize(std::size_t(count));
    for (qint64 i = 0; i < count; ++i)
        series.days[std::size_t(i)].date = series.from.addDays(i);
    for (const DayEntry& day : days) {
        if (!day.date.isValid() || day.date < series.from || day.date > series.to)
            continue;
        series.days[std::size_t(series.from.daysTo(day.date))] = pointFor(day);
    }
    return series;
}

Statistics::Spread Statistics::spread(
    const DailySeries& series, std::optional<double> DailyPoint::*field)
{
    Spread spread;
    double sum = 0;
    for (const DailyPoint& point : series.days) {
        const std::optional<double>& value = point.*field;
        if (!value)
            continue;
        spread.lowest = spread.n == 0 ? *value : std::min(*spread.lowest, *value);
        spread.highest = spread.n == 0 ? *value : std::max(*spread.highest, *value);
        sum += *value;
        ++spread.n;
    }
    if (spread.n > 0)
        spread.mean = sum / spread.n;
    return spread;
}

std::vector<std::optional<double>> Statistics::movingAverage(
    const std::vector<std::optional<double>>& values, int window)
{
    const std::size_t width = std::size_t(std::max(window, 1));
    std::vector<std::optional<double>> result(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        // Summed afresh for each day (not a running sum), so no rounding error builds up.
        double sum = 0;
        int count = 0;
        for (std::size_t j = i + 1 - std::min(width, i + 1); j <= i; ++j) {
            if (values[j]) {
                sum += *values[j];
                ++count;
            }
        }
        if (count > 0)
            result[i] = sum / count;
    }
    return result;
}

const std::optional<double>& Statistics::outcomeOf(const DailyPoint& point, Outcome outcome)
{
    switch (outcome) {
    case Outcome::SleepQuality:
        return point.sleepQuality;
    case Outcome::TotalSleep:
        return point.totalSleepMinutes;
    case Outcome::Severity:
        break;
    }
    return point.severity;
}

QString Statistics::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::SleepQuality:
        return QStringLiteral("sleep_quality");
    case Outcome::TotalSleep:
        return QStringLiteral("total_sleep_min");
    case Outcome::Severity:
        break;
    }
    return QStringLiteral("rls_severity");
}

std::optional<Statistics::Outcome> Statistics::outcomeFromName(const QString& name)
{
    for (Outcome outcome : {Outcome::Severity, Outcome::SleepQuality, Outcome::TotalSleep}) {
        if (name == outcomeName(outcome))
            return outcome;
    }
    return std::nullopt;
}

QDate Statistics::outcomeDate(const QDate& magnesiumDay, int lagDays, Outcome outcome)
{
    // A night is stored on the morning it ended: the night after day D is on day D + 1.
    const int nightAfter = outcome == Outcome::Severity ? 0 : 1;
    return magnesiumDay.addDays(lagDays + nightAfter);
}

std::vector<std::pair<double, double>> Statistics::pairs(
    const DailySeries& series, int lagDays, Outcome outcome)
{
    std::vector<std::pair<double, double>> result;
    for (const DatedPair& pair : datedPairs(series, lagDays, outcome))
        result.emplace_back(pair.magnesium, pair.outcome);
    return result;
}

std::vector<Statistics::DatedPair> Statistics::datedPairs(
    const DailySeries& series, int lagDays, Outcome outcome)
{
    std::vector<DatedPair> result;
    result.reserve(series.days.size());
    // Walk day d and its partner day together: as d rises so does its partner, for any lag.
    std::size_t partner = 0;
    for (const DailyPoint& point : series.days) {
        if (!point.magnesiumTotalMg)
            continue;
        const QDate target = outcomeDate(point.date, lagDays, outcome);
        while (partner < series.days.size() && series.days[partner].date < target)
            ++partner;
        if (partner == series.days.size())
            break;
        const std::optional<double>& value = outcomeOf(series.days[partner], outcome);
        if (series.days[partner].date == target && value)
            result.push_back({point.date, *point.magnesiumTotalMg, *value});
    }
    return result;
}

Statistics::Relationship Statistics::relationship(
    const DailySeries& series, int lagDays, Outcome outcome)
{
    Relationship result;
    result.lagDays = lagDays;
    result.outcome = outcome;

    Dated magnesium;
    Dated outcomes;
    for (const DatedPair& pair : datedPairs(series, lagDays, outcome)) {
        magnesium.add(pair.date, pair.magnesium);
        outcomes.add(pair.date, pair.outcome);
    }
    const std::vector<double>& x = magnesium.values;
    const std::vector<double>& y = outcomes.values;

    result.n = int(x.size());
    if (result.n < 3)
        return result;
    result.pearsonR = Correlation::pearson(x, y);
    result.spearmanRho = Correlation::spearman(x, y);
    if (result.pearsonR) {
        if (const auto interval = Correlation::fisherInterval(*result.pearsonR, result.n, 0.95)) {
            result.ci95Low = interval->low;
            result.ci95High = interval->high;
        }
    }
    if (const auto line = Correlation::leastSquares(x, y)) {
        result.slope = line->slope;
        result.intercept = line->intercept;
    }
    result.autocorrelationX = lagOneAutocorrelation(magnesium);
    result.autocorrelationY = lagOneAutocorrelation(outcomes);
    const double product = result.autocorrelationX * result.autocorrelationY;
    result.nEffective = std::min(double(result.n), result.n * (1 - product) / (1 + product));
    if (result.pearsonR) {
        if (const auto interval
            = Correlation::fisherInterval(*result.pearsonR, result.nEffective, 0.95)) {
            result.ci95LowAdjusted = interval->low;
            result.ci95HighAdjusted = interval->high;
        }
    }
    return result;
}

Statistics::Comparison Statistics::compareSupplementDays(const DailySeries& series)
{
    Dated without;
    Dated with;
    for (const DailyPoint& point : series.days) {
        if (!point.severity || !point.magnesiumSupplementMg)
            continue;
        (*point.magnesiumSupplementMg > 0 ? with : without).add(point.date, *point.severity);
    }
    return compare(without, with);
}

bool Statistics::Comparison::enoughDays() const
{
    return std::min(first.n, second.n) >= kEnoughPairs;
}

Statistics::TimeOrder Statistics::Comparison::timeOrder() const
{
    if (first.n < 2 || second.n < 2 || mixing >= kMixedEnough)
        return TimeOrder::Mixed;
    const auto middle = [](const GroupSummary& group) {
        return group.firstDate.toJulianDay() + group.lastDate.toJulianDay();
    };
    return middle(first) <= middle(second) ? TimeOrder::FirstBefore : TimeOrder::FirstAfter;
}

Statistics::Comparison Statistics::compareBeforeAfter(
    const DailySeries& series, const QDate& splitDate)
{
    Dated before;
    Dated after;
    for (const DailyPoint& point : series.days) {
        if (!point.severity)
            continue;
        (point.date < splitDate ? before : after).add(point.date, *point.severity);
    }
    Comparison result = compare(before, after);
    result.byDate = true;
    return result;
}

QString Statistics::describe(const Relationship& r)
{
    return StatisticsText::relationship(r);
}

QString Statistics::describe(
    const Comparison& c, const QString& firstLabel, const QString& secondLabel)
{
    return StatisticsText::comparison(c, firstLabel, secondLabel);
}

} // namespace stilla
