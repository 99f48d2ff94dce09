#include "ChartRange.h"

#include "core/Logging.h"
#include "core/Settings.h"
#include "core/diary/DayCache.h"
#include "core/diary/DiaryStore.h"
#include "core/nutrition/IntakeTarget.h"
#include "core/safety/DiaryFindings.h"
#include "core/safety/ProfileStore.h"
#include "core/safety/SafetyFacts.h"
#include "core/stats/Statistics.h"

#include <algorithm>
#include <span>

namespace stilla {

std::pair<QDate, QDate> ChartRange::datesOf(
    Period period, const QDate& today, const QDate& firstEntry, const QDate& lastEntry)
{
    switch (period) {
    case Period::TwoWeeks:
        return {today.addDays(-13), today};
    case Period::Month:
        return {today.addMonths(-1).addDays(1), today};
    case Period::ThreeMonths:
        return {today.addMonths(-3).addDays(1), today};
    case Period::Year:
        return {today.addYears(-1).addDays(1), today};
    case Period::All:
        return {firstEntry.isValid() ? firstEntry : today.addMonths(-1),
            lastEntry.isValid() ? std::max(lastEntry, today) : today};
    case Period::Custom:
        break;
    }
    return {};
}

ChartRange ChartRange::load(
    DayCache* days, const DiaryStore* diary, Settings& settings, QDate from, QDate to)
{
    ChartRange range;
    range.from = from;
    range.to = to;
    static const std::vector<DayEntry> kNoDays;
    const std::vector<DayEntry>* all = &kNoDays;
    std::size_t first = 0;
    std::size_t last = 0;
    if (days) {
        if (const Status loaded = days->ensure(from, to); !loaded)
            qCWarning(lcDiary) << "the charts could not read the diary:" << loaded.errorMessage();
        all = &days->days();
        std::tie(first, last) = days->indexRange(from, to);
    }
    range.hasEntries = first != last;
    range.series = Statistics::daily(*all, from, to);

    const Profile profile = ProfileStore(settings).load();
    // Every lab result up to the range's end: an eGFR from before the range can show kidney
    // disease on its days (SafetyEngine::evaluate) and at its end (the target); the charts
    // draw those in the range.
    std::vector<LabResult> labs;
    if (diary) {
        if (auto read = diary->labs().results(QDate(), to); read) {
            labs = std::move(*read);
        } else {
            qCWarning(lcDiary) << "the charts could not read the lab results:"
                               << read.errorMessage();
        }
    }
    if (const auto target
        = IntakeTargets::current(settings, profile, LabRules::kidneyDisease(labs, to)))
        range.targetMg = target->mg;
    range.supplementLimitMg = SafetyFacts::supplementCeilingMg(profile);
    range.worstFindings = DiaryFindings::worstByDay(
        profile, std::span(*all).subspan(first, last - first), labs, Severity::Caution);
    std::copy_if(labs.begin(), labs.end(), std::back_inserter(range.labs),
        [&](const LabResult& result) { return result.date >= from; });

    if (!diary)
        return range;
    if (const auto experiments = diary->experiments().all(); experiments) {
        range.phases = ExperimentSchedule::phaseSpans(*experiments, from, to);
    } else {
        qCWarning(lcDiary) << "the charts could not read the self-experiments:"
                           << experiments.errorMessage();
    }
    return range;
}

} // namespace stilla
