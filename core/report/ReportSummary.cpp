#include "ReportSummary.h"

#include "core/safety/LabRules.h"
#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyFacts.h"
#include "core/stats/TrendBuckets.h"

#include <algorithm>

namespace stilla {

namespace {

ReportSummary::Mean meanOf(const DailySeries& series, std::optional<double> DailyPoint::*field)
{
    const Statistics::Spread spread = Statistics::spread(series, field);
    return {spread.n, spread.mean};
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

void addForms(ReportSummary& summary)
{
    for (SupplementForm form : allSupplementForms()) {
        ReportSummary::FormUse use;
        use.form = form;
        std::vector<double> doses;
        for (const DayEntry& day : summary.days) {
            bool taken = false;
            for (const SupplementIntake& dose : day.supplements) {
                if (dose.form != form)
                    continue;
                taken = true;
                doses.push_back(dose.elementalMg);
                use.intravenous = use.intravenous || dose.route == Route::Intravenous;
            }
            use.days += taken ? 1 : 0;
        }
        if (doses.empty())
            continue;
        use.doses = int(doses.size());
        use.typicalDoseMg = median(std::move(doses));
        summary.forms.push_back(use);
    }
}

/// Keeps the finding's amount when it says more than the one kept so far: the highest dose,
/// or the shortest time between a timed medicine and a dose.
void noteAmount(ReportSummary::FindingUse& use, const Finding& finding)
{
    using namespace SafetyRule;
    const bool timed = finding.medicineTime.isValid() && finding.doseTime.isValid();
    const bool dose = finding.rule == QLatin1String(kSupplementAboveReference)
        || finding.rule == QLatin1String(kSupplementAboveArticleRange)
        || finding.rule == QLatin1String(kChildAboveUpperLimit)
        || finding.rule == QLatin1String(kSingleDoseLarge)
        || finding.rule == QLatin1String(kImplausibleDose);
    if (!timed && !dose)
        return;
    if (!use.notableAmount
        || (timed ? finding.amountMg < *use.notableAmount
                  : finding.amountMg > *use.notableAmount)) {
        use.notableAmount = finding.amountMg;
        use.limit = finding.limitMg;
    }
}

void addMedicines(ReportSummary& summary)
{
    std::map<QString, ReportSummary::MedicineUse> byName;
    for (const DayEntry& day : summary.days) {
        QStringList seen;
        for (const MedicationTaken& medicine : day.medications) {
            const QString name = medicine.name.trimmed();
            const QString key = name.toCaseFolded();
            if (name.isEmpty() || seen.contains(key))
                continue;
            seen << key;
            ReportSummary::MedicineUse& use = byName[key];
            if (use.days == 0) {
                use.name = name;
                use.medicationClass = medicine.medicationClass;
            }
            ++use.days;
        }
    }
    for (auto& entry : byName)
        summary.medicines.push_back(std::move(entry.second));
    std::stable_sort(summary.medicines.begin(), summary.medicines.end(),
        [](const auto& a, const auto& b) { return a.days > b.days; });
}

/// The rules that say a day's supplements were above the upper limit (an adult's or a child's).
bool isSupplementLimitRule(const QString& rule)
{
    return rule == QLatin1String(SafetyRule::kSupplementAboveReference)
        || rule == QLatin1String(SafetyRule::kChildAboveUpperLimit);
}

/// Whether the safety rules found @p date's supplements above the upper limit.
bool aboveSupplementLimit(const ReportSummary& summary, const QDate& date)
{
    const auto found = summary.findingsByDay.find(date);
    return found != summary.findingsByDay.end()
        && std::any_of(found->second.begin(), found->second.end(),
            [](const Finding& finding) { return isSupplementLimitRule(finding.rule); });
}

void addMagnesium(
    ReportSummary& summary, const Profile& profile, const std::optional<IntakeTarget>& target)
{
    summary.totalMg = meanOf(summary.series, &DailyPoint::magnesiumTotalMg);
    double supplementTotal = 0;
    for (const DayEntry& day : summary.days) {
        if (!day.supplements.empty()) {
            ++summary.supplementDays;
            supplementTotal += day.supplementMagnesiumMg();
        }
    }
    if (summary.supplementDays > 0)
        summary.supplementMgOnDaysTaken = supplementTotal / summary.supplementDays;
    summary.supplementLimitMg = SafetyFacts::supplementCeilingMg(profile);
    summary.target = target;
    for (const DailyPoint& point : summary.series.days) {
        if (!point.magnesiumTotalMg)
            continue;
        summary.highestSupplementMg
            = std::max(summary.highestSupplementMg, point.magnesiumSupplementMg.value_or(0));
        if (target && *point.magnesiumTotalMg >= target->mg) {
            ++summary.daysReachingTarget;
            if (aboveSupplementLimit(summary, point.date))
                ++summary.daysReachingTargetAboveLimit;
        }
    }
    for (const ReportSummary::FindingUse& use : summary.findings) {
        if (isSupplementLimitRule(use.rule))
            summary.daysAboveSupplementLimit = use.days;
    }
}

void addFindings(ReportSummary& summary, const Profile& profile, const std::vector<LabResult>& labs)
{
    std::map<QString, ReportSummary::FindingUse> byRule;
    for (const DayEntry& day : summary.days) {
        std::vector<Finding> findings = SafetyEngine::evaluate(profile, day, labs);
        if (findings.empty())
            continue;
        for (const Finding& finding : findings) {
            ReportSummary::FindingUse& use = byRule[finding.rule];
            if (use.days == 0) {
                use.rule = finding.rule;
                use.first = day.date;
                use.severity = finding.severity;
            }
            use.severity = std::max(use.severity, finding.severity);
            use.lastMessage = finding.message;
            noteAmount(use, finding);
            use.last = day.date;
            ++use.days;
        }
        summary.findingsByDay.emplace(day.date, std::move(findings));
    }
    for (auto& entry : byRule)
        summary.findings.push_back(std::move(entry.second));
    std::stable_sort(summary.findings.begin(), summary.findings.end(),
        [](const ReportSummary::FindingUse& a, const ReportSummary::FindingUse& b) {
            if (a.severity != b.severity)
                return a.severity > b.severity;
            if (a.days != b.days)
                return a.days > b.days;
            return a.rule < b.rule;
        });
}

} // namespace

ReportSummary ReportSummary::compute(std::vector<DayEntry> days, const Profile& profile,
    const QDate& from, const QDate& to, const std::vector<LabResult>& labs,
    const std::optional<IntakeTarget>& target)
{
    ReportSummary summary;
    summary.from = from;
    summary.to = to;
    summary.daysInPeriod
        = from.isValid() && to.isValid() && from <= to ? int(from.daysTo(to)) + 1 : 0;
    std::erase_if(days, [&](const DayEntry& day) {
        return !day.date.isValid() || day.date < from || day.date > to;
    });
    std::sort(days.begin(), days.end(),
        [](const DayEntry& a, const DayEntry& b) { return a.date < b.date; });
    summary.days = std::move(days);
    summary.daysLogged = int(summary.days.size());

    summary.series = Statistics::daily(summary.days, from, to);
    summary.severity = meanOf(summary.series, &DailyPoint::severity);
    summary.sleepQuality = meanOf(summary.series, &DailyPoint::sleepQuality);
    summary.totalSleepMinutes = meanOf(summary.series, &DailyPoint::totalSleepMinutes);
    summary.foodMg = meanOf(summary.series, &DailyPoint::magnesiumFoodMg);
    summary.supplementMg = meanOf(summary.series, &DailyPoint::magnesiumSupplementMg);
    std::vector<double> severities;
    for (const DailyPoint& point : summary.series.days) {
        if (point.severity)
            severities.push_back(*point.severity);
    }
    summary.severityLow = TrendBuckets::percentile(severities, 25);
    summary.severityHigh = TrendBuckets::percentile(std::move(severities), 75);

    addForms(summary);
    for (SideEffect effect : allSideEffects()) {
        const int count = int(std::count_if(summary.days.begin(), summary.days.end(),
            [effect](const DayEntry& day) { return day.hasSideEffect(effect); }));
        if (count > 0)
            summary.sideEffects.push_back({effect, count});
    }
    addFindings(summary, profile, labs);
    addMagnesium(summary, profile, target);
    addMedicines(summary);

    std::vector<LabResult> known;
    for (const LabResult& result : labs) {
        if (result.date <= to)
            known.push_back(result);
        if (result.date <= to && result.date > from.addMonths(-SafetyFacts::kIronTestValidMonths))
            summary.labs.push_back(result);
    }
    const auto byDate = [](const LabResult& a, const LabResult& b) { return a.date < b.date; };
    std::sort(summary.labs.begin(), summary.labs.end(), byDate);
    std::sort(known.begin(), known.end(), byDate);
    summary.labFindings
        = LabRules::evaluate({to, std::move(known), LabRules::symptomDays(summary.days, to)});

    summary.relationship = Statistics::relationship(summary.series, 0);
    summary.supplementComparison = Statistics::compareSupplementDays(summary.series);
    summary.onset = SymptomOnset::compare(summary.days, from, to);
    return summary;
}

} // namespace stilla
