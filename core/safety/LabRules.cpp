#include "LabRules.h"

#include "SafetyEngine.h"
#include "SafetyFacts.h"
#include "SafetyMessages.h"

#include <algorithm>
#include <cmath>

namespace stilla {

namespace {

/// The newest result up to @p date, younger than @p validMonths, that has @p value.
template<typename Value>
const LabResult* newest(const std::vector<LabResult>& labs, const QDate& date, Value value,
    int validMonths = SafetyFacts::kIronTestValidMonths)
{
    const QDate oldest = date.addMonths(-validMonths);
    const LabResult* found = nullptr;
    for (const LabResult& result : labs) {
        if (result.date > oldest && result.date <= date && (result.*value).has_value()
            && (found == nullptr || result.date > found->date))
            found = &result;
    }
    return found;
}

Finding labFinding(const char* rule, Severity severity, double amount, double limit,
    const QDate& measured = QDate(), const char* section = ArticleSectionId::kIronAndRls)
{
    Finding finding;
    finding.rule = QLatin1String(rule);
    finding.severity = severity;
    finding.section = QLatin1String(section);
    finding.amountMg = amount;
    finding.limitMg = limit;
    finding.measured = measured;
    finding.message = SafetyMessages::message(finding);
    return finding;
}

} // namespace

std::vector<Finding> LabRules::evaluate(const History& history)
{
    std::vector<Finding> findings;
    const LabResult* ferritin = newest(history.labs, history.date, &LabResult::ferritin);
    if (ferritin && *ferritin->ferritin <= SafetyFacts::kFerritinIronThreshold) {
        findings.push_back(labFinding(SafetyRule::kFerritinLow, Severity::Caution,
            *ferritin->ferritin, SafetyFacts::kFerritinIronThreshold, ferritin->date));
    }
    const LabResult* saturation
        = newest(history.labs, history.date, &LabResult::transferrinSaturation);
    if (saturation
        && *saturation->transferrinSaturation < SafetyFacts::kTransferrinSaturationIronThreshold) {
        findings.push_back(labFinding(SafetyRule::kTransferrinSaturationLow, Severity::Caution,
            *saturation->transferrinSaturation, SafetyFacts::kTransferrinSaturationIronThreshold,
            saturation->date));
    }
    if (!ferritin && history.symptomDays >= SafetyFacts::kSymptomDaysForIronTest) {
        findings.push_back(labFinding(SafetyRule::kIronNotTested, Severity::Info,
            history.symptomDays, SafetyFacts::kSymptomDaysForIronTest));
    }
    // The kidneys remove magnesium: the article's advice against it with kidney disease, read
    // from the eGFRs (KDIGO's categories). When they show kidney disease (below 30, or below 60
    // for more than three months) it is the article's "do not"; one eGFR below 60 asks.
    if (const auto kidneys = kidneyDisease(history.labs, history.date)) {
        findings.push_back(labFinding(SafetyRule::kEgfrLow, Severity::Warning, kidneys->egfr,
            kidneys->limit, kidneys->measured, ArticleSectionId::kPotentialRisks));
    } else if (const LabResult* egfr = newest(
                   history.labs, history.date, &LabResult::egfr, SafetyFacts::kEgfrValidMonths);
               egfr && *egfr->egfr < SafetyFacts::kEgfrReduced) {
        findings.push_back(labFinding(SafetyRule::kEgfrLow, Severity::Caution, *egfr->egfr,
            SafetyFacts::kEgfrReduced, egfr->date, ArticleSectionId::kPotentialRisks));
    }
    // Serum magnesium against the usual range; above it the kidneys are not removing what
    // they should, and far above it signs of too much magnesium begin.
    const LabResult* magnesium = newest(history.labs, history.date, &LabResult::serumMagnesium,
        SafetyFacts::kSerumMagnesiumValidMonths);
    if (magnesium && *magnesium->serumMagnesium > SafetyFacts::kSerumMagnesiumHigh) {
        const bool toxic = *magnesium->serumMagnesium > SafetyFacts::kSerumMagnesiumToxic;
        findings.push_back(labFinding(SafetyRule::kSerumMagnesiumHigh,
            toxic ? Severity::Warning : Severity::Caution, *magnesium->serumMagnesium,
            toxic ? SafetyFacts::kSerumMagnesiumToxic : SafetyFacts::kSerumMagnesiumHigh,
            magnesium->date, ArticleSectionId::kPotentialRisks));
    } else if (magnesium && *magnesium->serumMagnesium < SafetyFacts::kSerumMagnesiumLow) {
        findings.push_back(labFinding(SafetyRule::kSerumMagnesiumLow, Severity::Caution,
            *magnesium->serumMagnesium, SafetyFacts::kSerumMagnesiumLow, magnesium->date,
            ArticleSectionId::kPotentialRisks));
    }
    SafetyEngine::sort(findings);
    return findings;
}

std::optional<LabRules::KidneyDisease> LabRules::kidneyDisease(
    std::span<const LabResult> labs, const QDate& date)
{
    std::vector<const LabResult*> egfrs;
    for (const LabResult& result : labs) {
        if (result.egfr && result.date <= date)
            egfrs.push_back(&result);
    }
    std::sort(egfrs.begin(), egfrs.end(),
        [](const LabResult* a, const LabResult* b) { return a->date > b->date; });
    if (egfrs.empty() || egfrs.front()->date <= date.addMonths(-SafetyFacts::kEgfrValidMonths))
        return std::nullopt;
    const LabResult& newest = *egfrs.front();
    if (*newest.egfr < SafetyFacts::kEgfrSeverelyReduced)
        return KidneyDisease {*newest.egfr, newest.date, SafetyFacts::kEgfrSeverelyReduced};
    const QDate chronic = newest.date.addMonths(-SafetyFacts::kChronicKidneyDiseaseMonths);
    for (const LabResult* result : egfrs) {
        if (*result->egfr >= SafetyFacts::kEgfrReduced)
            return std::nullopt;
        if (result->date < chronic)
            return KidneyDisease {*newest.egfr, newest.date, SafetyFacts::kEgfrReduced};
    }
    return std::nullopt;
}

QStringList LabRules::questions(const LabResult& result)
{
    QStringList questions;
    if (result.serumMagnesium && *result.serumMagnesium > SafetyFacts::kSerumMagnesiumHigh) {
        const double value = *result.serumMagnesium;
        const auto mmol
            = [](double amount) { return LabResult::number(std::round(amount * 100) / 100); };
        questions << SafetyEngine::tr(
            "Magnesium in the blood %1\u00A0mmol/L is above the usual range of "
            "%2–%3\u00A0mmol/L. Stilla expects mmol/L: if your laboratory gave %1 in mg/dL, "
            "that is %4\u00A0mmol/L; in mEq/L, %5\u00A0mmol/L.")
                         .arg(LabResult::number(value),
                             LabResult::number(SafetyFacts::kSerumMagnesiumLow),
                             LabResult::number(SafetyFacts::kSerumMagnesiumHigh),
                             mmol(value / SafetyFacts::kMagnesiumMgPerDlPerMmol),
                             mmol(value / SafetyFacts::kMagnesiumMeqPerMmol));
    }
    return questions;
}

int LabRules::symptomDays(const std::vector<DayEntry>& days, const QDate& date)
{
    const QDate first = date.addDays(1 - SafetyFacts::kSymptomWindowDays);
    return int(std::count_if(days.begin(), days.end(), [&](const DayEntry& day) {
        return day.date >= first && day.date <= date && day.symptoms.anyFelt();
    }));
}

} // namespace stilla
