#include "SafetyEngine.h"

#include "LabRules.h"
#include "MedicationNames.h"
#include "SafetyFacts.h"
#include "SafetyMessages.h"

#include <algorithm>
#include <cmath>

namespace stilla {

namespace {

bool isAbove(double mg, double limit)
{
    return SafetyEngine::roundMg(mg) > limit;
}

Finding makeFinding(const char* rule, Severity severity, const char* section, double amountMg = 0,
    double limitMg = 0, SupplementReference reference = SupplementReference::NordicEu,
    const QDate& measured = QDate())
{
    Finding finding;
    finding.rule = QLatin1String(rule);
    finding.severity = severity;
    finding.section = QLatin1String(section);
    finding.amountMg = amountMg;
    finding.limitMg = limitMg;
    finding.reference = reference;
    finding.measured = measured;
    finding.message = SafetyMessages::message(finding);
    return finding;
}

bool isSupplementDay(const DayEntry& day)
{
    return !day.supplements.empty();
}

/// In the profile's regular medications, or logged that day (a medicine left as "Other" by
/// the kind its name names).
bool takesMedication(const Profile& profile, const DayEntry& day, MedicationClass medication)
{
    return profile.takes(medication)
        || std::any_of(day.medications.begin(), day.medications.end(),
            [medication](const MedicationTaken& taken) {
                return MedicationNames::kindForRules(taken) == medication;
            });
}

/// A medicine and a supplement dose of one day, both with a time, and how far apart they were.
struct TimedPair
{
    QTime medicine;
    QTime dose;
    int minutes = 0;
};

/// The closest pair of a logged @p medication with a time and a dose with a time on @p day;
/// std::nullopt when there is no such pair (no times noted). Times are of one day, so the
/// distance is the plain difference, never across midnight. When the advice holds for the
/// medicine after the dose only, only a day whose every timed dose came before the medicine is
/// judged: a dose after it gives no verdict either way (std::nullopt).
std::optional<TimedPair> closestPair(
    const DayEntry& day, MedicationClass medication, SafetyFacts::SpacingOrder order)
{
    const bool medicineAfterDose = order == SafetyFacts::SpacingOrder::MedicineAfterDose;
    std::optional<TimedPair> closest;
    for (const MedicationTaken& taken : day.medications) {
        if (MedicationNames::kindForRules(taken) != medication || !taken.timeTaken)
            continue;
        for (const SupplementIntake& dose : day.supplements) {
            if (!dose.timeTaken)
                continue;
            const int after = dose.timeTaken->secsTo(*taken.timeTaken);
            if (medicineAfterDose && after < 0)
                return std::nullopt; // a dose after the medicine: no verdict either way
            const int minutes = std::abs(after) / 60;
            if (!closest || minutes < closest->minutes)
                closest = TimedPair {*taken.timeTaken, *dose.timeTaken, minutes};
        }
    }
    return closest;
}

/// A finding of @p rule when the profile notes kidney disease, or the eGFRs show it (@p kidneys;
/// then the finding names the newest eGFR, and its message says so); none otherwise.
std::optional<Finding> kidneyFinding(const char* rule, const char* section, const Profile& profile,
    const std::optional<LabRules::KidneyDisease>& kidneys)
{
    if (profile.has(Condition::KidneyDisease))
        return makeFinding(rule, Severity::Warning, section);
    if (!kidneys)
        return std::nullopt;
    return makeFinding(rule, Severity::Warning, section, kidneys->egfr, kidneys->limit,
        SupplementReference::NordicEu, kidneys->measured);
}

} // namespace

double SafetyEngine::roundMg(double mg)
{
    return std::round(mg * 1000.0) / 1000.0;
}

std::vector<Finding> SafetyEngine::evaluate(
    const Profile& profile, const DayEntry& day, std::span<const LabResult> labs)
{
    std::vector<Finding> findings;
    // Read once for the day: both kidney findings ask it, and only of a day with supplements
    // whose profile does not already note kidney disease.
    const auto kidneys = isSupplementDay(day) && !profile.has(Condition::KidneyDisease)
        ? LabRules::kidneyDisease(labs, day.date)
        : std::nullopt;
    addDoseFindings(profile, day, findings);
    addSideEffectFindings(profile, day, kidneys, findings);
    addConditionFindings(profile, day, kidneys, findings);
    addInteractionFindings(profile, day, findings);
    addMedicineFindings(profile, day, findings);
    addLifestyleFindings(day, findings);
    sort(findings);
    return findings;
}

void SafetyEngine::sort(std::vector<Finding>& findings)
{
    std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        const int rankA = SafetyRule::rank(a.rule);
        const int rankB = SafetyRule::rank(b.rule);
        if (rankA != rankB)
            return rankA < rankB;
        return a.rule < b.rule;
    });
}

void SafetyEngine::addDoseFindings(
    const Profile& profile, const DayEntry& day, std::vector<Finding>& findings)
{
    if (!isSupplementDay(day))
        return;
    addImplausibleDoseFinding(day.supplements, findings);
    const double total = day.supplementMagnesiumMg();
    if (profile.isChild()) {
        // No adult doses for children, not even as a limit: the child's own limit, when the
        // child's age is known.
        findings.push_back(
            makeFinding(SafetyRule::kChild, Severity::Info, ArticleSectionId::kFormsAndDoses));
        const std::optional<double> childCeiling
            = SafetyFacts::childCeilingMg(profile.ageGroup, profile.reference);
        if (childCeiling && isAbove(total, *childCeiling)) {
            Finding finding = makeFinding(SafetyRule::kChildAboveUpperLimit, Severity::Warning,
                ArticleSectionId::kFormsAndDoses, total, *childCeiling, profile.reference);
            finding.ageGroup = profile.ageGroup;
            finding.message = SafetyMessages::message(finding);
            findings.push_back(std::move(finding));
        }
        return;
    }
    const double ceiling = SafetyFacts::referenceCeilingMg(profile.reference);
    if (isAbove(total, ceiling)) {
        findings.push_back(makeFinding(SafetyRule::kSupplementAboveReference, Severity::Caution,
            ArticleSectionId::kFormsAndDoses, total, ceiling, profile.reference));
    }
    if (isAbove(total, SafetyFacts::kArticleRangeHighMg)) {
        findings.push_back(makeFinding(SafetyRule::kSupplementAboveArticleRange, Severity::Warning,
            ArticleSectionId::kFormsAndDoses, total, SafetyFacts::kArticleRangeHighMg,
            profile.reference));
    }
    // BfR: the day's supplement magnesium in at least two doses. Said when the day's total,
    // more than half the limit, is one dose (other doses hold nothing).
    const auto withMagnesium = std::count_if(day.supplements.begin(), day.supplements.end(),
        [](const SupplementIntake& dose) { return SafetyEngine::roundMg(dose.elementalMg) > 0; });
    const double split = SafetyFacts::singleDoseSplitMg(profile.reference);
    if (withMagnesium == 1 && isAbove(total, split)
        && !isAbove(total, SafetyFacts::kImplausibleMg)) {
        findings.push_back(makeFinding(SafetyRule::kSingleDoseLarge, Severity::Info,
            ArticleSectionId::kFormsAndDoses, total, split, profile.reference));
    }
}

void SafetyEngine::addImplausibleDoseFinding(
    const std::vector<SupplementIntake>& doses, std::vector<Finding>& findings)
{
    // The largest implausible dose speaks for the day.
    double implausibleDose = 0;
    for (const SupplementIntake& dose : doses) {
        if (isAbove(dose.elementalMg, SafetyFacts::kImplausibleMg))
            implausibleDose = std::max(implausibleDose, dose.elementalMg);
    }
    if (implausibleDose > 0) {
        findings.push_back(makeFinding(SafetyRule::kImplausibleDose, Severity::Caution,
            ArticleSectionId::kFormsAndDoses, implausibleDose, SafetyFacts::kImplausibleMg));
    }
}

void SafetyEngine::addSideEffectFindings(const Profile& profile, const DayEntry& day,
    const std::optional<LabRules::KidneyDisease>& kidneys, std::vector<Finding>& findings)
{
    if ((day.sideEffects & kArticleSeriousSideEffects) != 0) {
        findings.push_back(makeFinding(SafetyRule::kSeriousSideEffect, Severity::Urgent,
            ArticleSectionId::kSeriousSideEffects));
    }
    if (!isSupplementDay(day))
        return;
    // Weakness or drowsiness alone are common in RLS (short nights); they point to magnesium
    // only on a day with supplements, and call for a doctor today, not an ambulance.
    if ((day.sideEffects & kWeaknessOrDrowsinessEffects) != 0
        && (day.sideEffects & kArticleSeriousSideEffects) == 0) {
        findings.push_back(makeFinding(SafetyRule::kWeaknessOrDrowsiness, Severity::Warning,
            ArticleSectionId::kSeriousSideEffects));
    }
    // With kidney disease, noted in the profile or shown by the eGFRs, magnesium builds up
    // more easily: nausea or vomiting is then a possible early sign of too much, not a common
    // side effect to treat with a lower dose.
    const unsigned sickness = unsigned(SideEffect::Nausea) | unsigned(SideEffect::Vomiting);
    std::optional<Finding> kidneySickness;
    if ((day.sideEffects & sickness) != 0)
        kidneySickness = kidneyFinding(SafetyRule::kKidneyDiseaseSideEffect,
            ArticleSectionId::kSeriousSideEffects, profile, kidneys);
    if (kidneySickness)
        findings.push_back(*kidneySickness);
    const unsigned common = kidneySickness ? (kCommonSideEffects & ~sickness) : kCommonSideEffects;
    if ((day.sideEffects & common) != 0) {
        findings.push_back(makeFinding(
            SafetyRule::kCommonSideEffect, Severity::Caution, ArticleSectionId::kSideEffects));
    }
}

void SafetyEngine::addConditionFindings(const Profile& profile, const DayEntry& day,
    const std::optional<LabRules::KidneyDisease>& kidneys, std::vector<Finding>& findings)
{
    if (profile.has(Condition::Pregnant) && day.symptoms.anyFelt()) {
        findings.push_back(
            makeFinding(SafetyRule::kPregnancy, Severity::Info, ArticleSectionId::kIronAndRls));
    }
    if (!isSupplementDay(day))
        return;
    if (auto finding = kidneyFinding(
            SafetyRule::kKidneyDisease, ArticleSectionId::kPotentialRisks, profile, kidneys))
        findings.push_back(std::move(*finding));
    if (profile.has(Condition::BleedingDisorder)) {
        findings.push_back(makeFinding(
            SafetyRule::kBleedingDisorder, Severity::Caution, ArticleSectionId::kPotentialRisks));
    }
    const bool intravenous = std::any_of(day.supplements.begin(), day.supplements.end(),
        [](const SupplementIntake& dose) { return dose.route == Route::Intravenous; });
    if (intravenous
        && (profile.has(Condition::Pregnant) || profile.has(Condition::Breastfeeding))) {
        findings.push_back(makeFinding(SafetyRule::kPregnancyIntravenous, Severity::Caution,
            ArticleSectionId::kPotentialRisks));
    }
}

void SafetyEngine::addInteractionFindings(
    const Profile& profile, const DayEntry& day, std::vector<Finding>& findings)
{
    if (!isSupplementDay(day))
        return;
    const auto add = [&](MedicationClass medication, const char* rule) {
        if (takesMedication(profile, day, medication)) {
            findings.push_back(
                makeFinding(rule, Severity::Caution, ArticleSectionId::kPotentialRisks));
        }
    };
    add(MedicationClass::Antibiotic, SafetyRule::kAntibiotic);
    add(MedicationClass::CalciumChannelBlocker, SafetyRule::kCalciumChannelBlocker);
    add(MedicationClass::MuscleRelaxant, SafetyRule::kMuscleRelaxant);
    add(MedicationClass::Diuretic, SafetyRule::kDiuretic);
    add(MedicationClass::Bisphosphonate, SafetyRule::kBisphosphonate);
    // Advice about how far apart to take them: checked against the times of the day, where
    // both the medicine and a dose have one.
    const auto addTimed = [&](MedicationClass medication, const char* rule, int hours,
                              SafetyFacts::SpacingOrder order) {
        if (!takesMedication(profile, day, medication))
            return;
        Finding finding = makeFinding(rule, Severity::Caution, ArticleSectionId::kPotentialRisks);
        if (const std::optional<TimedPair> closest = closestPair(day, medication, order)) {
            finding.medicineTime = closest->medicine;
            finding.doseTime = closest->dose;
            finding.amountMg = closest->minutes;
            finding.limitMg = hours * 60;
            if (closest->minutes >= hours * 60)
                finding.severity = Severity::Info;
            finding.message = SafetyMessages::message(finding);
        }
        findings.push_back(std::move(finding));
    };
    addTimed(MedicationClass::Gabapentinoid, SafetyRule::kGabapentinoid,
        SafetyFacts::kGabapentinAfterAntacidHours, SafetyFacts::kGabapentinOrder);
    addTimed(MedicationClass::OralIron, SafetyRule::kOralIron, SafetyFacts::kIronApartHours,
        SafetyFacts::SpacingOrder::Either);
    addTimed(MedicationClass::Levothyroxine, SafetyRule::kLevothyroxine,
        SafetyFacts::kLevothyroxineApartHours, SafetyFacts::SpacingOrder::Either);
}

void SafetyEngine::addMedicineFindings(
    const Profile& profile, const DayEntry& day, std::vector<Finding>& findings)
{
    const auto takes
        = [&](MedicationClass medication) { return takesMedication(profile, day, medication); };
    if (takes(MedicationClass::DopamineAgonist)) {
        findings.push_back(makeFinding(
            SafetyRule::kDopamineAugmentation, Severity::Info, ArticleSectionId::kMedicinesAndRls));
    }
    if (takes(MedicationClass::SedatingAntihistamine) || takes(MedicationClass::DopamineBlocker)
        || takes(MedicationClass::SerotonergicAntidepressant)) {
        findings.push_back(makeFinding(
            SafetyRule::kMayWorsenRls, Severity::Info, ArticleSectionId::kMedicinesAndRls));
    }
    // Long-term use lowers magnesium, with or without supplements that day.
    if (takes(MedicationClass::ProtonPumpInhibitor)) {
        findings.push_back(makeFinding(
            SafetyRule::kProtonPumpInhibitor, Severity::Info, ArticleSectionId::kPotentialRisks));
    }
}

void SafetyEngine::addLifestyleFindings(const DayEntry& day, std::vector<Finding>& findings)
{
    if (day.remedies.caffeineServings.value_or(0) > 0 && day.symptoms.anyFelt()) {
        findings.push_back(
            makeFinding(SafetyRule::kCaffeine, Severity::Info, ArticleSectionId::kAlternatives));
    }
}

QString SafetyEngine::message(const Finding& finding)
{
    return SafetyMessages::message(finding);
}

QString SafetyEngine::summary(const Finding& finding)
{
    return SafetyMessages::summary(finding);
}

QString SafetyEngine::severityName(Severity severity)
{
    return SafetyMessages::severityName(severity);
}

std::vector<FindingGroup> SafetyEngine::group(std::vector<Finding> findings)
{
    sort(findings);
    std::vector<FindingGroup> groups;
    for (Finding& finding : findings) {
        const QString cause = SafetyRule::cause(finding.rule);
        const auto same = std::find_if(groups.begin(), groups.end(),
            [&cause](const FindingGroup& group) { return group.cause() == cause; });
        // Sorted most severe first, so the first finding of a cause leads its group.
        if (same == groups.end())
            groups.push_back({std::move(finding), {}});
        else
            same->others.push_back(std::move(finding));
    }
    return groups;
}

} // namespace stilla
