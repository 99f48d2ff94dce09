#pragma once

// The made-up self-experiment diaries of tests/data/stats/experiment_reference.py, shared by the
// experiment's tests.

#include "core/experiment/ExperimentPlan.h"
#include "core/stats/DailySeries.h"

#include <algorithm>
#include <cmath>

namespace stilla::test {

/// A plan from @p start with 200 mg a day in the B phases.
inline ExperimentPlan plan(const QDate& start, const QString& pattern, int phaseDays, int washout)
{
    ExperimentPlan plan;
    plan.start = start;
    plan.pattern = pattern;
    plan.phaseDays = phaseDays;
    plan.washoutDays = washout;
    plan.doseMg = 200;
    return plan;
}

// The made-up diaries of experiment_reference.py.
inline int noise(int i)
{
    return ((i * 37 + 11) % 7) - 3;
}
inline int streak(int i)
{
    return ((i / 5) % 3) - 1;
}
inline bool supplementLogged(int i, bool withMagnesium)
{
    return (withMagnesium && i % 13 != 0) || (!withMagnesium && i == 30);
}

inline DailySeries series(const ExperimentPlan& p, int days, bool night)
{
    DailySeries s;
    s.from = p.start;
    s.to = p.start.addDays(days);
    for (int i = 0; i <= days; ++i) {
        DailyPoint point;
        point.date = p.start.addDays(i);
        const ExperimentDay today = ExperimentSchedule::dayOf(p, point.date);
        const bool b
            = today.state == ExperimentDay::State::InPhase && today.arm == Arm::WithMagnesium;
        point.magnesiumFoodMg = 150;
        point.magnesiumSupplementMg = supplementLogged(i, b) ? 200 : 0;
        point.magnesiumTotalMg = *point.magnesiumFoodMg + *point.magnesiumSupplementMg;
        if (!night && i % 11 != 5) {
            const int value = 6 + streak(i) + int(std::floor(noise(i) / 2.0)) - (b ? 2 : 0);
            point.severity = std::clamp(value, 0, 10);
        }
        // The night stored on day i followed day i - 1: the effect is that day's arm's.
        if (night && i % 9 != 4) {
            const ExperimentDay before = ExperimentSchedule::dayOf(p, point.date.addDays(-1));
            const bool afterB
                = before.state == ExperimentDay::State::InPhase && before.arm == Arm::WithMagnesium;
            point.totalSleepMinutes = 420.0 + 10 * noise(i) + 5 * streak(i) + (afterB ? 12 : 0);
        }
        s.days.push_back(point);
    }
    return s;
}

} // namespace stilla::test
