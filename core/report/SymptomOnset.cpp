#include "SymptomOnset.h"

#include "core/stats/TrendBuckets.h"

#include <cmath>

namespace stilla {

namespace {

constexpr int kMinutesInDay = 24 * 60;
const QTime kMorning(6, 0);

SymptomOnset::Window window(const std::vector<DayEntry>& days, const QDate& from, const QDate& to)
{
    SymptomOnset::Window result {from, to, 0, std::nullopt};
    std::vector<double> minutes;
    for (const DayEntry& day : days) {
        if (day.date >= from && day.date <= to && day.symptoms.onsetTime)
            minutes.push_back(SymptomOnset::minutesFromMorning(*day.symptoms.onsetTime));
    }
    result.days = int(minutes.size());
    if (result.days < SymptomOnset::kLeastTimes)
        return result;
    // The 50th percentile as numpy computes it is the median (the mean of the middle two).
    const double median = *TrendBuckets::percentile(std::move(minutes), 50);
    result.median = kMorning.addSecs(int(std::lround(median)) % kMinutesInDay * 60);
    return result;
}

} // namespace

int SymptomOnset::minutesFromMorning(const QTime& time)
{
    const int minutes = time.hour() * 60 + time.minute();
    return (minutes - kMorning.hour() * 60 + kMinutesInDay) % kMinutesInDay;
}

std::optional<int> SymptomOnset::earlierByMinutes() const
{
    if (!first.median || !last.median)
        return std::nullopt;
    return minutesFromMorning(*first.median) - minutesFromMorning(*last.median);
}

std::optional<SymptomOnset> SymptomOnset::compare(
    const std::vector<DayEntry>& days, const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || from.daysTo(to) + 1 < 2 * kWindowDays)
        return std::nullopt;
    return SymptomOnset {window(days, from, from.addDays(kWindowDays - 1)),
        window(days, to.addDays(-(kWindowDays - 1)), to)};
}

} // namespace stilla
