#include "SafetyEngine.h"

#include "SafetyFacts.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace stilla {

namespace {

/// Amounts are compared in thousandths of a milligram, so that sums such as 100.1 + 149.9
/// compare as the 250 mg they are.
double roundMg(double mg)
{
    return std::round(mg * 1000.0) / 1000.0;
}

bool isAbove(double mg, double limit)
{
    return roundMg(mg) > limit;
}

/// "500", "250.5", "2 000": as few decimals as needed, grouped as the UI locale groups.
QString formatMg(double mg)
{
    return QLocale().toString(roundMg(mg), 'f', QLocale::FloatingPointShortest);
}

Finding makeFinding(const char* rule, Severity severity, const char* section, double amountMg = 0,
    double limitMg = 0, SupplementReference reference = SupplementReference::NordicEu)
{
    Finding finding;
    finding.rule = QLatin1String(rule);
    finding.severity = severity;
    finding.section = QLatin1String(section);
    finding.amountMg = amountMg;
    finding.limitMg = limitMg;
    finding.reference = reference;
    finding.message = SafetyEngine::message(finding);
    return finding;
}

bool isRule(const Finding& finding, const char* rule)
{
    return finding.rule == QLatin1String(rule);
}

bool isSupplementDay(const DayEntry& day)
{
    return !day.supplements.empty();
}

/// Symptoms that day: a severity above 0, or, when no severity is given, any of the feelings.
bool hasSymptoms(const SymptomRecord& symptoms)
{
    if (symptoms.severity)
        return *symptoms.severity > 0;
    return symptoms.urgeToMove || symptoms.pain || symptoms.throbbing || symptoms.otherUnpleasant;
}

/// In the profile's regular medications, or logged that day.
bool takesMedication(const Profile& profile, const DayEntry& day, MedicationClass medication)
{
    return profile.takes(medication)
        || std::any_of(day.medications.begin(), day.medications.end(),
            [medication](
                const MedicationTaken& taken) { return taken.medicationClass == medication; });
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
/// distance is the plain difference, never across midnight.
std::optional<TimedPair> closestPair(const DayEntry& day, MedicationClass medication)
{
    std::optional<TimedPair> closest;
    for (const MedicationTaken& taken : day.medications) {
        if (taken.medicationClass != medication || !taken.timeTaken)
            continue;
        for (const SupplementIntake& dose : day.supplements) {
            if (!dose.timeTaken)
                continue;
            const int minutes = std::abs(taken.timeTaken->secsTo(*dose.timeTaken)) / 60;
            if (!closest || minutes < closest->minutes)
                closest = TimedPair {*taken.timeTaken, *dose.timeTaken, minutes};
        }
    }
    return closest;
}

/// "08:00" in the UI locale's short time format.
QString formatTime(const QTime& time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}

/// "1 h 30 min", "45 min", "4 h": for the one-line summaries.
QString formatShortDistance(int minutes)
{
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (hours == 0)
        return SafetyEngine::tr("%1\u00A0min").arg(rest);
    if (rest == 0)
        return SafetyEngine::tr("%1\u00A0h").arg(hours);
    return SafetyEngine::tr("%1\u00A0h %2\u00A0min").arg(hours).arg(rest);
}

/// "1 hour 30 minutes", "45 minutes", "4 hours".
QString formatDistance(int minutes)
{
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (hours == 0)
        return SafetyEngine::tr("%Ln minute(s)", "", rest);
    if (rest == 0)
        return SafetyEngine::tr("%Ln hour(s)", "", hours);
    return SafetyEngine::tr("%1 %2", "hours and minutes")
        .arg(SafetyEngine::tr("%Ln hour(s)", "", hours),
            SafetyEngine::tr("%Ln minute(s)", "", rest));
}

} // namespace

QString SafetyEngine::childAges(AgeGroup ageGroup)
{
    switch (ageGroup) {
    case AgeGroup::Child1To3:
        return tr("1 to 3 years");
    case AgeGroup::Child4To8:
        return tr("4 to 8 years");
    case AgeGroup::Child9To12:
        return tr("9 to 12 years");
    case AgeGroup::Child:
    case AgeGroup::Unset:
    case AgeGroup::Adolescent:
    case AgeGroup::Adult:
        break;
    }
    return {};
}

QString SafetyEngine::timedMedicine(const Finding& finding)
{
    if (!finding.medicineTime.isValid() || !finding.doseTime.isValid())
        return {};
    if (isRule(finding, SafetyRule::kGabapentinoid))
        return tr("gabapentin or pregabalin");
    if (isRule(finding, SafetyRule::kOralIron))
        return tr("iron");
    if (isRule(finding, SafetyRule::kLevothyroxine))
        return tr("levothyroxine");
    return {};
}

QString SafetyEngine::timedMessage(const Finding& finding)
{
    const QString medicine = timedMedicine(finding);
    if (medicine.isEmpty())
        return {};
    const int hours = int(finding.limitMg) / 60;
    if (finding.severity == Severity::Info) {
        return tr("You took %1 at %2 and magnesium at %3, %4 apart. That keeps to the advice: "
                  "at least %Ln hour(s) apart.",
            "", hours)
            .arg(medicine, formatTime(finding.medicineTime), formatTime(finding.doseTime),
                formatDistance(int(finding.amountMg)));
    }
    return tr("You took %1 at %2 and magnesium at %3, only %4 apart. Magnesium can lower how "
              "much of the medicine the body takes up: keep them at least %Ln hour(s) apart.",
        "", hours)
        .arg(medicine, formatTime(finding.medicineTime), formatTime(finding.doseTime),
            formatDistance(int(finding.amountMg)));
}

QString SafetyEngine::timedSummary(const Finding& finding)
{
    const QString medicine = timedMedicine(finding);
    if (medicine.isEmpty())
        return {};
    if (finding.severity == Severity::Info) {
        return tr("%1 between magnesium and %2, as advised")
            .arg(formatShortDistance(int(finding.amountMg)), medicine);
    }
    return tr("%1 between magnesium and %2: keep %Ln hour(s) apart", "", int(finding.limitMg) / 60)
        .arg(formatShortDistance(int(finding.amountMg)), medicine);
}

QString SafetyEngine::childAuthority(const Finding& finding)
{
    // Europe sets no limit below 4 years: the US figure stands in for it.
    if (finding.reference == SupplementReference::Us || finding.ageGroup == AgeGroup::Child1To3)
        return SafetyFacts::referenceAuthority(SupplementReference::Us);
    return SafetyFacts::referenceAuthority(finding.reference);
}

int SafetyEngine::symptomDays(const std::vector<DayEntry>& days, const QDate& date)
{
    const QDate first = date.addDays(1 - SafetyFacts::kSymptomWindowDays);
    return int(std::count_if(days.begin(), days.end(), [&](const DayEntry& day) {
        return day.date >= first && day.date <= date && hasSymptoms(day.symptoms);
    }));
}

std::vector<Finding> SafetyEngine::evaluate(const Profile& profile, const DayEntry& day)
{
    std::vector<Finding> findings;
    addDoseFindings(profile, day, findings);
    addSideEffectFindings(profile, day, findings);
    addConditionFindings(profile, day, findings);
    addInteractionFindings(profile, day, findings);
    addMedicineFindings(profile, day, findings);
    addLifestyleFindings(day, findings);
    sort(findings);
    return findings;
}

std::vector<Finding> SafetyEngine::preview(
    const Profile& profile, const DayEntry& day, const SupplementIntake& dose)
{
    DayEntry withDose = day;
    withDose.supplements.push_back(dose);
    const std::vector<Finding> before = evaluate(profile, day);
    std::vector<Finding> result;
    for (Finding& finding : evaluate(profile, withDose)) {
        // An implausible dose is about one dose: say it about the new dose only.
        if (isRule(finding, SafetyRule::kImplausibleDose))
            continue;
        if (std::find(before.begin(), before.end(), finding) == before.end())
            result.push_back(std::move(finding));
    }
    addImplausibleDoseFinding({dose}, result);
    sort(result);
    return result;
}

void SafetyEngine::sort(std::vector<Finding>& findings)
{
    std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
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
            finding.message = message(finding);
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
            ArticleSectionId::kFormsAndDoses, total, SafetyFacts::kArticleRangeHighMg));
    }
    // BfR: the day's supplement magnesium in at least two doses. Said when the day's total,
    // more than half the limit, is one dose (other doses hold nothing).
    const auto withMagnesium = std::count_if(day.supplements.begin(), day.supplements.end(),
        [](const SupplementIntake& dose) { return roundMg(dose.elementalMg) > 0; });
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

void SafetyEngine::addSideEffectFindings(
    const Profile& profile, const DayEntry& day, std::vector<Finding>& findings)
{
    if ((day.sideEffects & kSeriousSideEffects) != 0) {
        findings.push_back(makeFinding(SafetyRule::kSeriousSideEffect, Severity::Urgent,
            ArticleSectionId::kSeriousSideEffects));
    }
    if (!isSupplementDay(day))
        return;
    // With kidney disease, magnesium builds up more easily: nausea or vomiting is then a
    // possible early sign of too much, not a common side effect to treat with a lower dose.
    const unsigned sickness = unsigned(SideEffect::Nausea) | unsigned(SideEffect::Vomiting);
    const bool kidneySickness
        = profile.has(Condition::KidneyDisease) && (day.sideEffects & sickness) != 0;
    if (kidneySickness) {
        findings.push_back(makeFinding(SafetyRule::kKidneyDiseaseSideEffect, Severity::Warning,
            ArticleSectionId::kSeriousSideEffects));
    }
    const unsigned common = kidneySickness ? (kCommonSideEffects & ~sickness) : kCommonSideEffects;
    if ((day.sideEffects & common) != 0) {
        findings.push_back(makeFinding(
            SafetyRule::kCommonSideEffect, Severity::Caution, ArticleSectionId::kSideEffects));
    }
}

void SafetyEngine::addConditionFindings(
    const Profile& profile, const DayEntry& day, std::vector<Finding>& findings)
{
    if (profile.has(Condition::Pregnant) && hasSymptoms(day.symptoms)) {
        findings.push_back(
            makeFinding(SafetyRule::kPregnancy, Severity::Info, ArticleSectionId::kIronAndRls));
    }
    if (!isSupplementDay(day))
        return;
    if (profile.has(Condition::KidneyDisease)) {
        findings.push_back(makeFinding(
            SafetyRule::kKidneyDisease, Severity::Warning, ArticleSectionId::kPotentialRisks));
    }
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
    const auto addTimed = [&](MedicationClass medication, const char* rule, int hours) {
        if (!takesMedication(profile, day, medication))
            return;
        Finding finding = makeFinding(rule, Severity::Caution, ArticleSectionId::kPotentialRisks);
        if (const std::optional<TimedPair> closest = closestPair(day, medication)) {
            finding.medicineTime = closest->medicine;
            finding.doseTime = closest->dose;
            finding.amountMg = closest->minutes;
            finding.limitMg = hours * 60;
            if (closest->minutes >= hours * 60)
                finding.severity = Severity::Info;
            finding.message = message(finding);
        }
        findings.push_back(std::move(finding));
    };
    addTimed(MedicationClass::Gabapentinoid, SafetyRule::kGabapentinoid,
        SafetyFacts::kGabapentinAfterAntacidHours);
    addTimed(MedicationClass::OralIron, SafetyRule::kOralIron, SafetyFacts::kIronApartHours);
    addTimed(MedicationClass::Levothyroxine, SafetyRule::kLevothyroxine,
        SafetyFacts::kLevothyroxineApartHours);
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
    if (day.remedies.caffeineServings.value_or(0) > 0 && hasSymptoms(day.symptoms)) {
        findings.push_back(
            makeFinding(SafetyRule::kCaffeine, Severity::Info, ArticleSectionId::kAlternatives));
    }
}

QString SafetyEngine::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Urgent:
        return tr("Seek care now");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Caution:
        return tr("Take care");
    case Severity::Info:
        break;
    }
    return tr("Good to know");
}

QString SafetyEngine::message(const Finding& finding)
{
    if (isRule(finding, SafetyRule::kSupplementAboveReference)) {
        return tr("Today's supplements add up to %1\u00A0mg, above the %2\u00A0mg a day that %3 "
                  "set as the "
                  "upper limit for supplements. Magnesium from food does not count toward this "
                  "limit.")
            .arg(formatMg(finding.amountMg), formatMg(finding.limitMg),
                SafetyFacts::referenceAuthority(finding.reference));
    }
    if (isRule(finding, SafetyRule::kSupplementAboveArticleRange)) {
        return tr(
            "Today's supplements add up to %1\u00A0mg, more than the %2–%3\u00A0mg a day that the "
            "article calls safe for adolescents and adults. Consider a lower dose, and "
            "talk to a doctor about the right dose for you.")
            .arg(formatMg(finding.amountMg), formatMg(SafetyFacts::kArticleRangeLowMg),
                formatMg(SafetyFacts::kArticleRangeHighMg));
    }
    if (isRule(finding, SafetyRule::kImplausibleDose)) {
        return tr("A single dose of %1\u00A0mg is more than %2\u00A0mg, far more than a supplement "
                  "usually "
                  "holds. Please check the amount of magnesium on the label; it may be a typing "
                  "mistake.")
            .arg(formatMg(finding.amountMg), formatMg(finding.limitMg));
    }
    if (isRule(finding, SafetyRule::kSingleDoseLarge)) {
        return tr(
            "All of today's %1\u00A0mg from supplements was taken as one dose, more than half "
            "of the upper limit of %2\u00A0mg a day. The German Federal Institute for Risk "
            "Assessment advises taking the day's magnesium in at least two doses, as this "
            "is likely to be easier to tolerate.")
            .arg(formatMg(finding.amountMg),
                formatMg(SafetyFacts::referenceCeilingMg(finding.reference)));
    }
    if (isRule(finding, SafetyRule::kChild))
        return tr("Stilla gives no doses for children; ask a doctor.");
    if (isRule(finding, SafetyRule::kChildAboveUpperLimit)) {
        return tr(
            "Today's supplements add up to %1\u00A0mg, above %2\u00A0mg a day, the upper limit for "
            "magnesium from supplements for children aged %3 (%4). Please talk to the "
            "child's doctor before giving more.")
            .arg(formatMg(finding.amountMg), formatMg(finding.limitMg), childAges(finding.ageGroup),
                childAuthority(finding));
    }
    if (isRule(finding, SafetyRule::kKidneyDiseaseSideEffect)) {
        return tr("Your profile notes kidney disease, and you noted nausea or vomiting on a day "
                  "with magnesium. With kidney disease magnesium builds up more easily, and this "
                  "can be an early sign of too much. Stop taking magnesium and talk to your "
                  "doctor today.");
    }
    if (isRule(finding, SafetyRule::kPregnancy)) {
        return tr("RLS is common in pregnancy, especially in the last three months, and usually "
                  "goes away within a few weeks after the birth. Low iron makes it more likely: "
                  "ask your midwife or doctor to check your iron.");
    }
    if (const QString timed = timedMessage(finding); !timed.isEmpty())
        return timed;
    if (isRule(finding, SafetyRule::kGabapentinoid)) {
        return tr("Antacids that hold magnesium and aluminium lower how much gabapentin the body "
                  "takes up. Take gabapentin at least %1 hours after magnesium, and ask your "
                  "doctor or pharmacist about pregabalin.")
            .arg(SafetyFacts::kGabapentinAfterAntacidHours);
    }
    if (isRule(finding, SafetyRule::kOralIron)) {
        return tr("Magnesium lowers the uptake of iron tablets. Keep iron and magnesium at least "
                  "%1 hours apart.")
            .arg(SafetyFacts::kIronApartHours);
    }
    if (isRule(finding, SafetyRule::kLevothyroxine)) {
        return tr("Magnesium can lower the uptake of levothyroxine (thyroid hormone). Take "
                  "levothyroxine at least %1 hours before or after magnesium.")
            .arg(SafetyFacts::kLevothyroxineApartHours);
    }
    if (isRule(finding, SafetyRule::kProtonPumpInhibitor)) {
        return tr("Taking a proton pump inhibitor (a stomach acid medicine such as omeprazole) "
                  "for a long time, usually more than a year, can lower the body's magnesium. "
                  "Ask your doctor whether your blood magnesium should be checked.");
    }
    if (isRule(finding, SafetyRule::kDopamineAugmentation)) {
        return tr("Dopamine medicines for RLS can, over time, make RLS worse: symptoms start "
                  "earlier in the day, grow stronger or spread to the arms (augmentation). Do not "
                  "raise the dose yourself; tell your doctor if your symptoms start earlier or "
                  "spread.");
    }
    if (isRule(finding, SafetyRule::kMayWorsenRls)) {
        return tr("One of your medicines can make RLS worse (a sedating antihistamine, a medicine "
                  "that blocks dopamine, or an antidepressant that raises serotonin). Do not stop "
                  "it on your own: ask your doctor whether another medicine would suit you "
                  "better.");
    }
    if (isRule(finding, SafetyRule::kSeriousSideEffect)) {
        return tr("Slowed breathing, confusion, an irregular heartbeat, low blood pressure, "
                  "muscle weakness or unusual drowsiness can be signs of too much magnesium. Stop "
                  "taking magnesium and seek medical care "
                  "now (call 112 in Sweden or your local emergency number).");
    }
    if (isRule(finding, SafetyRule::kCommonSideEffect)) {
        return tr("An upset stomach, nausea, vomiting, diarrhoea and stomach cramps are common "
                  "side effects of magnesium. A lower dose can reduce them.");
    }
    if (isRule(finding, SafetyRule::kKidneyDisease)) {
        return tr("Your profile notes kidney disease. The article advises against taking "
                  "magnesium with any kidney disease, including kidney failure. Please talk to "
                  "your doctor before you take more.");
    }
    if (isRule(finding, SafetyRule::kBleedingDisorder)) {
        return tr("Your profile notes a bleeding disorder. Magnesium can slow blood clotting and "
                  "raise the risk of bleeding, so ask your doctor before you take it.");
    }
    if (isRule(finding, SafetyRule::kPregnancyIntravenous)) {
        return tr("Magnesium given through a drip may not be safe during pregnancy or while "
                  "breastfeeding. Make sure the clinician giving it knows that you are pregnant "
                  "or breastfeeding.");
    }
    if (isRule(finding, SafetyRule::kAntibiotic)) {
        return tr("Magnesium can interact with aminoglycoside, quinolone and tetracycline "
                  "antibiotics. Take tetracycline and quinolone antibiotics at least 2 hours "
                  "before or 4 to 6 hours after magnesium, and ask your doctor or pharmacist "
                  "about the others.");
    }
    if (isRule(finding, SafetyRule::kCalciumChannelBlocker)) {
        return tr("Magnesium can interact with calcium channel blockers. Ask your doctor or "
                  "pharmacist whether magnesium suits you with this medicine.");
    }
    if (isRule(finding, SafetyRule::kMuscleRelaxant)) {
        return tr("Magnesium can interact with muscle relaxants. Ask your doctor or pharmacist "
                  "whether magnesium suits you with this medicine.");
    }
    if (isRule(finding, SafetyRule::kDiuretic)) {
        return tr("Magnesium can interact with water pills (diuretics). Ask your doctor or "
                  "pharmacist whether magnesium suits you with this medicine.");
    }
    if (isRule(finding, SafetyRule::kBisphosphonate)) {
        return tr("Magnesium can interact with bisphosphonates. Keep them at least 2 hours apart "
                  "from magnesium, and ask your doctor or pharmacist whether magnesium suits you "
                  "with this medicine.");
    }
    if (isRule(finding, SafetyRule::kCaffeine)) {
        return tr("You had caffeine on a day with RLS symptoms. Caffeine can make RLS worse and "
                  "lower the body's magnesium, so it may help to cut down on it.");
    }
    if (const QString iron = ironMessage(finding); !iron.isEmpty())
        return iron;
    return finding.message;
}

QString SafetyEngine::summary(const Finding& finding)
{
    if (isRule(finding, SafetyRule::kSupplementAboveReference)) {
        return tr("%1\u00A0mg from supplements, above the upper limit of %2\u00A0mg a day")
            .arg(formatMg(finding.amountMg), formatMg(finding.limitMg));
    }
    if (isRule(finding, SafetyRule::kSupplementAboveArticleRange)) {
        return tr("%1\u00A0mg from supplements, more than the article's %2–%3\u00A0mg a day")
            .arg(formatMg(finding.amountMg), formatMg(SafetyFacts::kArticleRangeLowMg),
                formatMg(SafetyFacts::kArticleRangeHighMg));
    }
    if (isRule(finding, SafetyRule::kImplausibleDose))
        return tr("A dose of %1\u00A0mg: please check the label").arg(formatMg(finding.amountMg));
    if (isRule(finding, SafetyRule::kSingleDoseLarge))
        return tr("%1\u00A0mg in one dose: better split into two").arg(formatMg(finding.amountMg));
    if (isRule(finding, SafetyRule::kChild))
        return tr("No doses for children: ask a doctor");
    if (isRule(finding, SafetyRule::kChildAboveUpperLimit)) {
        return tr("%1\u00A0mg from supplements, above a child's limit of %2\u00A0mg a day")
            .arg(formatMg(finding.amountMg), formatMg(finding.limitMg));
    }
    if (isRule(finding, SafetyRule::kKidneyDiseaseSideEffect))
        return tr("Kidney disease and nausea: stop magnesium, talk to your doctor today");
    if (isRule(finding, SafetyRule::kPregnancy))
        return tr("RLS in pregnancy: ask about your iron");
    if (const QString timed = timedSummary(finding); !timed.isEmpty())
        return timed;
    if (isRule(finding, SafetyRule::kGabapentinoid))
        return tr("Gabapentin: take it at least %1 hours after magnesium")
            .arg(SafetyFacts::kGabapentinAfterAntacidHours);
    if (isRule(finding, SafetyRule::kOralIron))
        return tr("Iron tablets: keep them at least %1 hours apart from magnesium")
            .arg(SafetyFacts::kIronApartHours);
    if (isRule(finding, SafetyRule::kLevothyroxine))
        return tr("Levothyroxine: keep it at least %1 hours apart from magnesium")
            .arg(SafetyFacts::kLevothyroxineApartHours);
    if (isRule(finding, SafetyRule::kProtonPumpInhibitor))
        return tr("Stomach acid medicines can lower magnesium over time");
    if (isRule(finding, SafetyRule::kDopamineAugmentation))
        return tr("Dopamine medicines: tell your doctor if symptoms start earlier or spread");
    if (isRule(finding, SafetyRule::kMayWorsenRls))
        return tr("One of your medicines can make RLS worse: ask your doctor");
    if (isRule(finding, SafetyRule::kSeriousSideEffect))
        return tr("Possible signs of too much magnesium: stop taking it");
    if (isRule(finding, SafetyRule::kCommonSideEffect))
        return tr("Common side effects of magnesium: a lower dose can help");
    if (isRule(finding, SafetyRule::kKidneyDisease))
        return tr("Kidney disease: talk to your doctor before taking magnesium");
    if (isRule(finding, SafetyRule::kBleedingDisorder))
        return tr("Bleeding disorder: ask your doctor before taking magnesium");
    if (isRule(finding, SafetyRule::kPregnancyIntravenous))
        return tr("Magnesium through a drip when pregnant or breastfeeding: tell the clinician");
    if (isRule(finding, SafetyRule::kAntibiotic))
        return tr("Antibiotics: take them hours apart from magnesium");
    if (isRule(finding, SafetyRule::kCalciumChannelBlocker))
        return tr("Calcium channel blockers can interact with magnesium");
    if (isRule(finding, SafetyRule::kMuscleRelaxant))
        return tr("Muscle relaxants can interact with magnesium");
    if (isRule(finding, SafetyRule::kDiuretic))
        return tr("Water pills (diuretics) can interact with magnesium");
    if (isRule(finding, SafetyRule::kBisphosphonate))
        return tr("Bisphosphonates: keep them at least 2 hours apart from magnesium");
    if (isRule(finding, SafetyRule::kCaffeine))
        return tr("Caffeine on a day with symptoms can make RLS worse");
    if (const QString iron = ironSummary(finding); !iron.isEmpty())
        return iron;
    return message(finding);
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
