#pragma once

#include "diary/DayEntry.h"
#include "experiment/ExperimentPlan.h"
#include "experiment/ExperimentResult.h"
#include "labs/LabResult.h"
#include "safety/Finding.h"
#include "safety/Profile.h"
#include "stats/DailySeries.h"
#include "stats/Statistics.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace stilla {

/// The numbers of the doctor's report for one period, computed from the days logged and the
/// profile. Finding messages and the statistics' sentences are in the language installed when
/// compute() runs (see ReportLanguage); everything else is numbers.
struct ReportSummary
{
    /// A mean and how many days it is over; value is null when n is 0.
    struct Mean
    {
        int n = 0;
        std::optional<double> value;
    };
    /// One supplement form used in the period.
    struct FormUse
    {
        SupplementForm form = SupplementForm::Other;
        int days = 0; ///< days with at least one dose of this form
        int doses = 0;
        double typicalDoseMg = 0; ///< the median single dose, elemental mg
        bool intravenous = false; ///< at least one dose was given through a drip
    };
    struct SideEffectCount
    {
        SideEffect effect = SideEffect::None;
        int days = 0;
    };
    /// One safety rule that fired in the period.
    struct FindingUse
    {
        QString rule;
        Severity severity = Severity::Info; ///< the most severe it was
        QString lastMessage; ///< the message of the last day it fired
        int days = 0;
        QDate first, last;
    };

    QDate from, to;
    int daysInPeriod = 0;
    int daysLogged = 0; ///< days with an entry in the diary
    Mean severity; ///< 0..10
    Mean sleepQuality; ///< 1..5
    Mean totalSleepMinutes;
    /// Per day, over the days with magnesium logged (docs/statistics.md, "the magnesium rule").
    Mean foodMg;
    Mean supplementMg;
    int supplementDays = 0; ///< days with at least one supplement dose
    std::vector<FormUse> forms; ///< in the order of allSupplementForms()
    std::vector<SideEffectCount> sideEffects; ///< only those noticed, in allSideEffects() order
    std::vector<FindingUse> findings; ///< most severe first, then most days, then rule id
    std::vector<DayEntry> days; ///< the days logged, in date order
    std::map<QDate, std::vector<Finding>> findingsByDay; ///< only days with findings
    /// Blood tests of the period and of the 12 months before it, oldest first.
    std::vector<LabResult> labs;
    /// The iron rules on the period's last day (lab results up to it, days with symptoms in
    /// the period's last 30 days).
    std::vector<Finding> ironFindings;
    DailySeries series; ///< every calendar day of the period
    Statistics::Relationship relationship; ///< total magnesium and severity, same day
    Statistics::Comparison supplementComparison;
    /// The self-experiment whose days overlap the period, with its result counted up to the
    /// period's end (DoctorReport::load finds it); none when there is no such experiment.
    std::optional<ExperimentPlan> experiment;
    std::optional<ExperimentResult> experimentResult;

    /// @p days may hold days outside from..to; they are left out. @p labs: the diary's lab
    /// results up to @p to (earlier ones than the report shows are used by the iron rules).
    static ReportSummary compute(std::vector<DayEntry> days, const Profile& profile,
        const QDate& from, const QDate& to, const std::vector<LabResult>& labs = {});
};

} // namespace stilla
