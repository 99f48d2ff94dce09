#pragma once

#include "SymptomOnset.h"
#include "core/diary/DayEntry.h"
#include "core/experiment/ExperimentPlan.h"
#include "core/experiment/ExperimentResult.h"
#include "core/labs/LabResult.h"
#include "core/nutrition/IntakeTarget.h"
#include "core/safety/Finding.h"
#include "core/safety/Profile.h"
#include "core/stats/DailySeries.h"
#include "core/stats/Statistics.h"

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
        /// The amount that says most about it, from the findings' amountMg: for the dose
        /// rules the highest (mg), for the timed interactions the shortest time between the
        /// medicine and a dose (minutes; only days with both times); none for other rules.
        std::optional<double> notableAmount;
        double limit = 0; ///< the limitMg that went with notableAmount
    };
    /// A medicine logged in the period, by name as the person wrote it.
    struct MedicineUse
    {
        QString name;
        MedicationClass medicationClass = MedicationClass::Other;
        int days = 0;
    };

    QDate from, to;
    int daysInPeriod = 0;
    int daysLogged = 0; ///< days with an entry in the diary
    Mean severity; ///< 0..10
    /// The middle half of the days' severity: 25th and 75th percentiles (numpy.percentile).
    std::optional<double> severityLow, severityHigh;
    Mean sleepQuality; ///< 1..5
    Mean totalSleepMinutes;
    /// Per day, over the days with magnesium logged (docs/statistics.md, "the magnesium rule").
    Mean foodMg;
    Mean supplementMg;
    Mean totalMg; ///< food and supplements together
    int supplementDays = 0; ///< days with at least one supplement dose
    /// The mean from supplements on the days they were taken (supplementMg counts the days with
    /// only food as 0, which does not say what a usual dose was).
    double supplementMgOnDaysTaken = 0;
    double highestSupplementMg = 0; ///< the day with the most from supplements
    /// The upper limit for supplements that the safety rules use for the profile: the adult
    /// reference, or a child's by age (SafetyFacts); none for a child of unknown age.
    std::optional<double> supplementLimitMg;
    int daysAboveSupplementLimit = 0;
    /// The daily target for food and supplements together (IntakeTargets::current), when the
    /// report was given one, and on how many days with magnesium logged the total reached it.
    std::optional<IntakeTarget> target;
    int daysReachingTarget = 0;
    /// Of those, the days with supplements above the upper limit: a target reached that way is
    /// not one to aim for (the target is for food and supplements together).
    int daysReachingTargetAboveLimit = 0;
    std::vector<MedicineUse> medicines; ///< most days first, then by name
    std::vector<FormUse> forms; ///< in the order of allSupplementForms()
    std::vector<SideEffectCount> sideEffects; ///< only those noticed, in allSideEffects() order
    std::vector<FindingUse> findings; ///< most severe first, then most days, then rule id
    std::vector<DayEntry> days; ///< the days logged, in date order
    std::map<QDate, std::vector<Finding>> findingsByDay; ///< only days with findings
    /// Blood tests of the period and of the 12 months before it, oldest first.
    std::vector<LabResult> labs;
    /// The lab rules (iron and kidney function) on the period's last day (lab results up to
    /// it, days with symptoms in the period's last 30 days).
    std::vector<Finding> labFindings;
    DailySeries series; ///< every calendar day of the period
    Statistics::Relationship relationship; ///< total magnesium and severity, same day
    Statistics::Comparison supplementComparison;
    /// The self-experiment whose days overlap the period, with its result counted up to the
    /// period's end (DoctorReport::load finds it); none when there is no such experiment.
    std::optional<ExperimentPlan> experiment;
    std::optional<ExperimentResult> experimentResult;
    /// When symptoms began in the period's first and last four weeks; none for a period
    /// shorter than eight weeks.
    std::optional<SymptomOnset> onset;

    /// @p days may hold days outside from..to; they are left out. @p labs: the diary's lab
    /// results up to @p to (earlier ones than the report shows are used by the iron rules).
    static ReportSummary compute(std::vector<DayEntry> days, const Profile& profile,
        const QDate& from, const QDate& to, const std::vector<LabResult>& labs = {},
        const std::optional<IntakeTarget>& target = {});
};

} // namespace stilla
