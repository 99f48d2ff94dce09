#include "SafetyMessages.h"

#include "LabMessages.h"
#include "SafetyEngine.h"
#include "SafetyFacts.h"
#include "TimedMessages.h"

#include <QLocale>

namespace stilla {

namespace {

/// "500", "250.5", "2 000": as few decimals as needed, grouped as the UI locale groups.
QString formatMg(double mg)
{
    return QLocale().toString(SafetyEngine::roundMg(mg), 'f', QLocale::FloatingPointShortest);
}

} // namespace

QString SafetyMessages::message(const Finding& finding)
{
    for (const auto topic : {&doseMessage, &sideEffectMessage, &conditionMessage,
             &interactionMessage, &medicineMessage, &lifestyleMessage, &LabMessages::message}) {
        if (QString text = topic(finding); !text.isEmpty())
            return text;
    }
    return finding.message;
}

QString SafetyMessages::doseSummary(const Finding& finding)
{
    if (isRule(finding, SafetyRule::kSupplementAboveReference)) {
        return SafetyEngine::tr(
            "%1\u00A0mg from supplements, above the upper limit of %2\u00A0mg a day")
            .arg(formatMg(finding.amountMg), formatMg(finding.limitMg));
    }
    if (isRule(finding, SafetyRule::kSupplementAboveArticleRange)) {
        // This rule leads its group whenever it holds, so its line names the authorities'
        // limit, which it is always above as well, before the article's range.
        return SafetyEngine::tr(
            "%1\u00A0mg from supplements: above the %2\u00A0mg limit and the article's "
            "%3–%4\u00A0mg")
            .arg(formatMg(finding.amountMg),
                formatMg(SafetyFacts::referenceCeilingMg(finding.reference)),
                formatMg(SafetyFacts::kArticleRangeLowMg),
                formatMg(SafetyFacts::kArticleRangeHighMg));
    }
    if (isRule(finding, SafetyRule::kImplausibleDose))
        return SafetyEngine::tr("A dose of %1\u00A0mg: please check the label")
            .arg(formatMg(finding.amountMg));
    if (isRule(finding, SafetyRule::kSingleDoseLarge))
        return SafetyEngine::tr("%1\u00A0mg in one dose: better split into two")
            .arg(formatMg(finding.amountMg));
    if (isRule(finding, SafetyRule::kChild))
        return SafetyEngine::tr("No doses for children: ask a doctor");
    if (isRule(finding, SafetyRule::kChildAboveUpperLimit)) {
        return SafetyEngine::tr(
            "%1\u00A0mg from supplements, above a child's limit of %2\u00A0mg a day")
            .arg(formatMg(finding.amountMg), formatMg(finding.limitMg));
    }
    return {};
}

QString SafetyMessages::summary(const Finding& finding)
{
    if (const QString dose = doseSummary(finding); !dose.isEmpty())
        return dose;
    if (isRule(finding, SafetyRule::kKidneyDiseaseSideEffect)) {
        return finding.measured.isValid()
            ? LabMessages::kidneySicknessSummary(finding)
            : SafetyEngine::tr(
                "Kidney disease and nausea: stop magnesium, talk to your doctor today");
    }
    if (isRule(finding, SafetyRule::kPregnancy))
        return SafetyEngine::tr("RLS in pregnancy: ask about your iron");
    if (const QString timed = TimedMessages::summary(finding); !timed.isEmpty())
        return timed;
    if (isRule(finding, SafetyRule::kGabapentinoid))
        return SafetyEngine::tr("Gabapentin: take it at least %1 hours after magnesium")
            .arg(SafetyFacts::kGabapentinAfterAntacidHours);
    if (isRule(finding, SafetyRule::kOralIron))
        return SafetyEngine::tr("Iron tablets: keep them at least %1 hours apart from magnesium")
            .arg(SafetyFacts::kIronApartHours);
    if (isRule(finding, SafetyRule::kLevothyroxine))
        return SafetyEngine::tr("Levothyroxine: keep it at least %1 hours apart from magnesium")
            .arg(SafetyFacts::kLevothyroxineApartHours);
    if (isRule(finding, SafetyRule::kProtonPumpInhibitor))
        return SafetyEngine::tr("Stomach acid medicines can lower magnesium over time");
    if (isRule(finding, SafetyRule::kDopamineAugmentation))
        return SafetyEngine::tr(
            "Dopamine medicines: tell your doctor if symptoms start earlier or spread");
    if (isRule(finding, SafetyRule::kMayWorsenRls))
        return SafetyEngine::tr("One of your medicines can make RLS worse: ask your doctor");
    if (isRule(finding, SafetyRule::kSeriousSideEffect))
        return SafetyEngine::tr("Possible signs of too much magnesium: stop taking it");
    if (isRule(finding, SafetyRule::kWeaknessOrDrowsiness))
        return SafetyEngine::tr(
            "Weakness or drowsiness with magnesium: stop it, talk to a doctor today");
    if (isRule(finding, SafetyRule::kCommonSideEffect))
        return SafetyEngine::tr("Common side effects of magnesium: a lower dose can help");
    if (isRule(finding, SafetyRule::kKidneyDisease)) {
        return finding.measured.isValid()
            ? LabMessages::kidneyConditionSummary(finding)
            : SafetyEngine::tr(
                "Kidney disease: the article advises against magnesium; talk to your doctor");
    }
    if (isRule(finding, SafetyRule::kBleedingDisorder))
        return SafetyEngine::tr("Bleeding disorder: ask your doctor before taking magnesium");
    if (isRule(finding, SafetyRule::kPregnancyIntravenous))
        return SafetyEngine::tr(
            "Magnesium through a drip when pregnant or breastfeeding: tell the clinician");
    if (isRule(finding, SafetyRule::kAntibiotic))
        return SafetyEngine::tr(
            "Tetracycline or quinolone antibiotics: take them hours apart from magnesium");
    if (isRule(finding, SafetyRule::kCalciumChannelBlocker))
        return SafetyEngine::tr("Calcium channel blockers can interact with magnesium");
    if (isRule(finding, SafetyRule::kMuscleRelaxant))
        return SafetyEngine::tr("Muscle relaxants can interact with magnesium");
    if (isRule(finding, SafetyRule::kDiuretic))
        return SafetyEngine::tr("Water pills (diuretics) can interact with magnesium");
    if (isRule(finding, SafetyRule::kBisphosphonate))
        return SafetyEngine::tr("Bisphosphonates: keep them at least 2 hours apart from magnesium");
    if (isRule(finding, SafetyRule::kCaffeine))
        return SafetyEngine::tr("Caffeine on a day with symptoms can make RLS worse");
    if (const QString lab = LabMessages::summary(finding); !lab.isEmpty())
        return lab;
    return message(finding);
}

QString SafetyMessages::planSummary(const Finding& finding)
{
    if (isRule(finding, SafetyRule::kSingleDoseLarge))
        return SafetyEngine::tr("%1\u00A0mg a day: better taken as two doses or more")
            .arg(formatMg(finding.amountMg));
    return summary(finding);
}

bool SafetyMessages::summarySays(const Finding& lead, const Finding& other)
{
    return isRule(lead, SafetyRule::kSupplementAboveArticleRange)
        && isRule(other, SafetyRule::kSupplementAboveReference)
        && SafetyEngine::roundMg(lead.amountMg) == SafetyEngine::roundMg(other.amountMg);
}

QString SafetyMessages::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Urgent:
        return SafetyEngine::tr("Seek care now");
    case Severity::Warning:
        return SafetyEngine::tr("Warning");
    case Severity::Caution:
        return SafetyEngine::tr("Take care");
    case Severity::Info:
        break;
    }
    return SafetyEngine::tr("Good to know");
}

QString SafetyMessages::doseMessage(const Finding& finding)
{
    if (isRule(finding, SafetyRule::kSupplementAboveReference)) {
        return SafetyEngine::tr(
            "Today's supplements add up to %1\u00A0mg, above the %2\u00A0mg a day that %3 "
            "set as the "
            "upper limit for supplements. Magnesium from food does not count toward this "
            "limit.")
            .arg(formatMg(finding.amountMg), formatMg(finding.limitMg),
                SafetyFacts::referenceAuthority(finding.reference));
    }
    if (isRule(finding, SafetyRule::kSupplementAboveArticleRange)) {
        return SafetyEngine::tr(
            "Today's supplements add up to %1\u00A0mg, more than the %2–%3\u00A0mg a day that the "
            "article calls safe for adolescents and adults. Unless your doctor prescribed "
            "this dose, consider a lower one, and talk to a doctor about the right dose for "
            "you.")
            .arg(formatMg(finding.amountMg), formatMg(SafetyFacts::kArticleRangeLowMg),
                formatMg(SafetyFacts::kArticleRangeHighMg));
    }
    if (isRule(finding, SafetyRule::kImplausibleDose)) {
        return SafetyEngine::tr(
            "A single dose of %1\u00A0mg is more than %2\u00A0mg, far more than a supplement "
            "usually "
            "holds. Please check the amount of magnesium on the label; it may be a typing "
            "mistake.")
            .arg(formatMg(finding.amountMg), formatMg(finding.limitMg));
    }
    if (isRule(finding, SafetyRule::kSingleDoseLarge)) {
        return SafetyEngine::tr(
            "All of today's %1\u00A0mg from supplements was taken as one dose, more than half "
            "of the upper limit of %2\u00A0mg a day. The German Federal Institute for Risk "
            "Assessment advises taking the day's magnesium in at least two doses, as this "
            "is likely to be easier to tolerate.")
            .arg(formatMg(finding.amountMg),
                formatMg(SafetyFacts::referenceCeilingMg(finding.reference)));
    }
    if (isRule(finding, SafetyRule::kChild))
        return SafetyEngine::tr("Stilla gives no doses for children; ask a doctor.");
    if (isRule(finding, SafetyRule::kChildAboveUpperLimit)) {
        return SafetyEngine::tr(
            "Today's supplements add up to %1\u00A0mg, above %2\u00A0mg a day, the upper limit for "
            "magnesium from supplements for children aged %3 (%4). Please talk to the "
            "child's doctor before giving more.")
            .arg(formatMg(finding.amountMg), formatMg(finding.limitMg), childAges(finding.ageGroup),
                childAuthority(finding));
    }
    return {};
}

QString SafetyMessages::sideEffectMessage(const Finding& finding)
{
    if (isRule(finding, SafetyRule::kSeriousSideEffect)) {
        return SafetyEngine::tr(
            "Slowed breathing, confusion, an irregular heartbeat or low blood pressure can "
            "be signs of too much magnesium. Stop taking magnesium and seek medical care "
            "now (call 112 in Sweden or your local emergency number).");
    }
    if (isRule(finding, SafetyRule::kWeaknessOrDrowsiness)) {
        return SafetyEngine::tr(
            "Muscle weakness or unusual drowsiness on a day with magnesium supplements can be "
            "an early sign of too much magnesium, mostly with high doses or kidney disease. "
            "Stop taking magnesium and talk to a doctor today. Seek care at once if your "
            "breathing slows, you become confused or your heartbeat is irregular.");
    }
    if (isRule(finding, SafetyRule::kCommonSideEffect)) {
        return SafetyEngine::tr(
            "An upset stomach, nausea, vomiting, diarrhoea and stomach cramps are common "
            "side effects of magnesium. A lower dose can reduce them.");
    }
    if (isRule(finding, SafetyRule::kKidneyDiseaseSideEffect)) {
        if (finding.measured.isValid())
            return LabMessages::kidneySicknessMessage(finding);
        return SafetyEngine::tr(
            "Your profile notes kidney disease, and you noted nausea or vomiting on a day "
            "with magnesium. With kidney disease magnesium builds up more easily, and nausea or "
            "vomiting can be an early sign of too much magnesium. Stop taking magnesium and "
            "talk to your doctor today.");
    }
    return {};
}

QString SafetyMessages::conditionMessage(const Finding& finding)
{
    if (isRule(finding, SafetyRule::kPregnancy)) {
        return SafetyEngine::tr(
            "RLS is common in pregnancy, especially in the last three months, and usually "
            "goes away within a few weeks after the birth. Low iron makes it more likely: "
            "ask your midwife or doctor to check your iron.");
    }
    if (isRule(finding, SafetyRule::kKidneyDisease)) {
        if (finding.measured.isValid())
            return LabMessages::kidneyConditionMessage(finding);
        return SafetyEngine::tr(
            "Your profile notes kidney disease. The article advises against taking "
            "magnesium with any kidney disease, including kidney failure. Please talk to "
            "your doctor before you take more.");
    }
    if (isRule(finding, SafetyRule::kBleedingDisorder)) {
        return SafetyEngine::tr(
            "Your profile notes a bleeding disorder. The article says that magnesium can slow "
            "blood clotting and raise the risk of bleeding, so ask your doctor before you "
            "take it.");
    }
    if (isRule(finding, SafetyRule::kPregnancyIntravenous)) {
        return SafetyEngine::tr(
            "Magnesium given through a drip may not be safe during pregnancy or while "
            "breastfeeding. Make sure the clinician giving it knows that you are pregnant "
            "or breastfeeding.");
    }
    return {};
}

QString SafetyMessages::interactionMessage(const Finding& finding)
{
    if (const QString timed = TimedMessages::message(finding); !timed.isEmpty())
        return timed;
    if (isRule(finding, SafetyRule::kGabapentinoid)) {
        return SafetyEngine::tr(
            "Antacids that hold magnesium and aluminium lower how much gabapentin the body "
            "takes up. Take gabapentin at least %1 hours after magnesium, and ask your "
            "doctor or pharmacist about pregabalin.")
            .arg(SafetyFacts::kGabapentinAfterAntacidHours);
    }
    if (isRule(finding, SafetyRule::kOralIron)) {
        return SafetyEngine::tr(
            "Magnesium lowers the uptake of iron tablets. Keep iron and magnesium at least "
            "%1 hours apart.")
            .arg(SafetyFacts::kIronApartHours);
    }
    if (isRule(finding, SafetyRule::kLevothyroxine)) {
        return SafetyEngine::tr(
            "Magnesium can lower the uptake of levothyroxine (thyroid hormone). Take "
            "levothyroxine at least %1 hours before or after magnesium.")
            .arg(SafetyFacts::kLevothyroxineApartHours);
    }
    if (isRule(finding, SafetyRule::kAntibiotic)) {
        return SafetyEngine::tr(
            "Magnesium can interact with aminoglycoside, quinolone and tetracycline "
            "antibiotics. Take tetracycline and quinolone antibiotics at least 2 hours "
            "before or 4 to 6 hours after magnesium, and ask your doctor or pharmacist "
            "about the others.");
    }
    if (isRule(finding, SafetyRule::kCalciumChannelBlocker)) {
        return SafetyEngine::tr(
            "Magnesium can interact with calcium channel blockers. Ask your doctor or "
            "pharmacist whether magnesium suits you with this medicine.");
    }
    if (isRule(finding, SafetyRule::kMuscleRelaxant)) {
        return SafetyEngine::tr(
            "Magnesium can interact with muscle relaxants. Ask your doctor or pharmacist "
            "whether magnesium suits you with this medicine.");
    }
    if (isRule(finding, SafetyRule::kDiuretic)) {
        return SafetyEngine::tr(
            "Magnesium can interact with water pills (diuretics). Loop and thiazide "
            "diuretics (such as furosemide or hydrochlorothiazide) can make the body lose "
            "magnesium over time; potassium-sparing ones (such as spironolactone or "
            "amiloride) make it keep more. Ask your doctor or pharmacist whether magnesium "
            "suits you with this medicine.");
    }
    if (isRule(finding, SafetyRule::kBisphosphonate)) {
        return SafetyEngine::tr(
            "Magnesium can interact with bisphosphonates. Keep them at least 2 hours apart "
            "from magnesium, and ask your doctor or pharmacist whether magnesium suits you "
            "with this medicine.");
    }
    return {};
}

QString SafetyMessages::medicineMessage(const Finding& finding)
{
    if (isRule(finding, SafetyRule::kProtonPumpInhibitor)) {
        return SafetyEngine::tr(
            "Taking a proton pump inhibitor (a stomach acid medicine such as omeprazole) "
            "for a long time, usually more than a year, can lower the body's magnesium. "
            "Ask your doctor whether your blood magnesium should be checked.");
    }
    if (isRule(finding, SafetyRule::kDopamineAugmentation)) {
        return SafetyEngine::tr(
            "Dopamine medicines for RLS can, over time, make RLS worse: symptoms start "
            "earlier in the day, grow stronger or spread to the arms (augmentation). Do not "
            "raise the dose yourself; tell your doctor if your symptoms start earlier or "
            "spread.");
    }
    if (isRule(finding, SafetyRule::kMayWorsenRls)) {
        return SafetyEngine::tr(
            "One of your medicines can make RLS worse (a sedating antihistamine, a medicine "
            "that blocks dopamine, or an antidepressant that raises serotonin). Do not stop "
            "it on your own: ask your doctor whether another medicine would suit you "
            "better.");
    }
    return {};
}

QString SafetyMessages::lifestyleMessage(const Finding& finding)
{
    if (isRule(finding, SafetyRule::kCaffeine)) {
        return SafetyEngine::tr(
            "You had caffeine on a day with RLS symptoms. Caffeine can make RLS worse, and "
            "the article adds that it lowers the body's magnesium, so it may help to cut "
            "down on it.");
    }
    return {};
}

QString SafetyMessages::childAges(AgeGroup ageGroup)
{
    switch (ageGroup) {
    case AgeGroup::Child1To3:
        return SafetyEngine::tr("1 to 3 years");
    case AgeGroup::Child4To8:
        return SafetyEngine::tr("4 to 8 years");
    case AgeGroup::Child9To12:
        return SafetyEngine::tr("9 to 12 years");
    case AgeGroup::Child:
    case AgeGroup::Unset:
    case AgeGroup::Adolescent:
    case AgeGroup::Adult:
        break;
    }
    return {};
}

QString SafetyMessages::childAuthority(const Finding& finding)
{
    // Europe sets no limit below 4 years: the US figure stands in for it.
    if (finding.reference == SupplementReference::Us || finding.ageGroup == AgeGroup::Child1To3)
        return SafetyFacts::referenceAuthority(SupplementReference::Us);
    return SafetyFacts::referenceAuthority(finding.reference);
}

} // namespace stilla
