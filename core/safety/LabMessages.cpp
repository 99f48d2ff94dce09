#include "LabMessages.h"

#include "SafetyEngine.h"
#include "SafetyFacts.h"
#include "core/labs/LabResult.h"

#include <QLocale>

namespace stilla {

namespace {

/// A lab value as the lab results show it.
QString number(double value)
{
    return LabResult::number(value);
}

/// "12 March 2026", "12 mars 2026": the test's date without its weekday.
QString longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

/// "Your eGFR has been below 60 … in tests more than three months apart, the newest 48 on D.
/// That meets the definition of chronic kidney disease …" for a finding of
/// LabRules::kidneyDisease() below kEgfrReduced.
QString chronicKidneyDisease(const Finding& finding)
{
    return SafetyEngine::tr("Your eGFR has been below %1\u00A0mL/min/1.73\u00A0m² in tests more "
                            "than three months apart, the newest %2 on %3. That meets the "
                            "definition of chronic kidney disease that doctors use (KDIGO); "
                            "your doctor can tell you what it means for you.")
        .arg(number(finding.limitMg), number(finding.amountMg), longDate(finding.measured));
}

} // namespace

QString LabMessages::message(const Finding& finding)
{
    if (finding.rule == QLatin1String(SafetyRule::kFerritinLow)) {
        return SafetyEngine::tr(
            "Your ferritin was %1\u00A0µg/L on %2. For adults with RLS, the American Academy "
            "of Sleep Medicine's guideline, citing expert consensus, suggests iron treatment "
            "when ferritin is %3\u00A0µg/L or lower. Talk to your doctor about iron; do not start "
            "taking iron without "
            "their advice.")
            .arg(number(finding.amountMg), longDate(finding.measured), number(finding.limitMg));
    }
    if (finding.rule == QLatin1String(SafetyRule::kTransferrinSaturationLow)) {
        return SafetyEngine::tr(
            "Your transferrin saturation was %1\u00A0% on %2. For adults with RLS, the American "
            "Academy of Sleep Medicine's guideline, citing expert consensus, suggests iron "
            "treatment when it is below %3\u00A0%. "
            "Talk to your doctor about iron; do not start taking iron without their "
            "advice.")
            .arg(number(finding.amountMg), longDate(finding.measured), number(finding.limitMg));
    }
    if (finding.rule == QLatin1String(SafetyRule::kIronNotTested)) {
        return SafetyEngine::tr(
            "You have noted restless legs on %1 of the last %2 days, and the diary has no "
            "ferritin result from the last 12 months. Low iron can make RLS worse, and "
            "the American Academy of Sleep Medicine advises checking ferritin and "
            "transferrin saturation in everyone with troublesome RLS. You could ask your "
            "doctor for a blood test.")
            .arg(number(finding.amountMg), QString::number(SafetyFacts::kSymptomWindowDays));
    }
    if (finding.rule == QLatin1String(SafetyRule::kEgfrLow))
        return egfrMessage(finding);
    return serumMagnesiumMessage(finding);
}

QString LabMessages::egfrMessage(const Finding& finding)
{
    if (finding.severity >= Severity::Warning
        && finding.limitMg <= SafetyFacts::kEgfrSeverelyReduced) {
        return SafetyEngine::tr(
            "Your eGFR was %1\u00A0mL/min/1.73\u00A0m² on %2. Below %3, kidney function "
            "is severely reduced or has failed, and magnesium can build up in the blood. "
            "The article advises against magnesium with any kidney disease: do not take "
            "magnesium supplements, or laxatives or antacids that contain magnesium, without "
            "your doctor's advice.")
            .arg(number(finding.amountMg), longDate(finding.measured), number(finding.limitMg));
    }
    if (finding.severity >= Severity::Warning) {
        return chronicKidneyDisease(finding) + QLatin1Char(' ')
            + SafetyEngine::tr(
                "The kidneys remove extra magnesium, and the article advises against "
                "magnesium with any kidney disease: do not take magnesium supplements, or "
                "laxatives or antacids that contain magnesium, without your doctor's advice.");
    }
    return SafetyEngine::tr(
        "Your eGFR was %1\u00A0mL/min/1.73\u00A0m² on %2. Below %3, kidney function counts "
        "as reduced, and as kidney disease when it stays there for more than three months; "
        "your doctor may want to repeat the test to see whether it stays low. The kidneys "
        "remove extra magnesium, and the article advises against magnesium with any kidney "
        "disease. Ask your doctor before you take magnesium supplements.")
        .arg(number(finding.amountMg), longDate(finding.measured), number(finding.limitMg));
}

QString LabMessages::serumMagnesiumMessage(const Finding& finding)
{
    const QString usual = SafetyEngine::tr("the usual range of %1–%2\u00A0mmol/L (your "
                                           "laboratory's own range may differ slightly)")
                              .arg(number(SafetyFacts::kSerumMagnesiumLow),
                                  number(SafetyFacts::kSerumMagnesiumHigh));
    if (finding.rule == QLatin1String(SafetyRule::kSerumMagnesiumHigh)) {
        if (finding.severity >= Severity::Warning) {
            return SafetyEngine::tr(
                "Your magnesium in the blood was %1\u00A0mmol/L on %2. From about "
                "%3–%4\u00A0mmol/L, "
                "signs of too much magnesium usually begin, such as nausea, vomiting, facial "
                "flushing and drowsiness. Do not take magnesium supplements, nor laxatives or "
                "antacids that contain magnesium. If your doctor has not already contacted you "
                "about this result, contact your doctor today. Seek care at once if you feel "
                "very weak, your breathing is difficult or your heartbeat is irregular. (Stilla "
                "expects mmol/L: if your laboratory gave the value in mg/dL or mEq/L, correct it "
                "under Lab Results.)")
                .arg(number(finding.amountMg), longDate(finding.measured), number(finding.limitMg),
                    number(SafetyFacts::kSerumMagnesiumToxicUpper));
        }
        return SafetyEngine::tr(
            "Your magnesium in the blood was %1\u00A0mmol/L on %2, above %3. The kidneys "
            "normally remove extra magnesium, so a high value needs your doctor's assessment. "
            "Ask your doctor before you take, or keep taking, magnesium supplements.")
            .arg(number(finding.amountMg), longDate(finding.measured), usual);
    }
    if (finding.rule == QLatin1String(SafetyRule::kSerumMagnesiumLow)) {
        return SafetyEngine::tr(
            "Your magnesium in the blood was %1\u00A0mmol/L on %2, below %3. Show the result to "
            "your doctor, who can look for the cause. Some medicines can lower magnesium, such "
            "as stomach acid medicines (proton pump inhibitors) taken for a long time, and "
            "diuretics.")
            .arg(number(finding.amountMg), longDate(finding.measured), usual);
    }
    return {};
}

QString LabMessages::summary(const Finding& finding)
{
    if (finding.rule == QLatin1String(SafetyRule::kFerritinLow))
        return SafetyEngine::tr("Ferritin %1\u00A0µg/L: ask your doctor about iron")
            .arg(number(finding.amountMg));
    if (finding.rule == QLatin1String(SafetyRule::kTransferrinSaturationLow)) {
        return SafetyEngine::tr("Transferrin saturation %1\u00A0%: ask your doctor about iron")
            .arg(number(finding.amountMg));
    }
    if (finding.rule == QLatin1String(SafetyRule::kIronNotTested))
        return SafetyEngine::tr("No recent ferritin: ask your doctor about an iron test");
    if (finding.rule == QLatin1String(SafetyRule::kEgfrLow)) {
        return (finding.severity >= Severity::Warning
                ? SafetyEngine::tr("eGFR %1: no magnesium supplements without your doctor's advice")
                : SafetyEngine::tr("eGFR %1: ask your doctor before taking magnesium"))
            .arg(number(finding.amountMg));
    }
    if (finding.rule == QLatin1String(SafetyRule::kSerumMagnesiumHigh)) {
        return (finding.severity >= Severity::Warning
                ? SafetyEngine::tr("Magnesium in the blood %1\u00A0mmol/L: no magnesium "
                                   "supplements; contact your doctor")
                : SafetyEngine::tr("Magnesium in the blood %1\u00A0mmol/L: ask your doctor "
                                   "before taking magnesium"))
            .arg(number(finding.amountMg));
    }
    if (finding.rule == QLatin1String(SafetyRule::kSerumMagnesiumLow))
        return SafetyEngine::tr(
            "Magnesium in the blood %1\u00A0mmol/L: show the result to your doctor")
            .arg(number(finding.amountMg));
    return {};
}

QString LabMessages::kidneySicknessMessage(const Finding& finding)
{
    const QString kidneys = finding.limitMg <= SafetyFacts::kEgfrSeverelyReduced
        ? SafetyEngine::tr("Your eGFR was %1\u00A0mL/min/1.73\u00A0m² on %2: your kidney "
                           "function is severely reduced or has failed.")
              .arg(number(finding.amountMg), longDate(finding.measured))
        : chronicKidneyDisease(finding);
    return kidneys + QLatin1Char(' ')
        + SafetyEngine::tr(
            "You noted nausea or vomiting on a day with magnesium. When the kidneys remove "
            "less, magnesium builds up more easily, and nausea or vomiting can be an early sign "
            "of too much magnesium. Stop taking magnesium and talk to your doctor today.");
}

QString LabMessages::kidneyConditionMessage(const Finding& finding)
{
    return SafetyEngine::tr(
        "You took magnesium supplements on this day, and your eGFR results meet the "
        "definition of kidney disease (the newest %1\u00A0mL/min/1.73\u00A0m² on %2). The "
        "article advises against taking magnesium with any kidney disease, including kidney "
        "failure. Please talk to your doctor before you take more.")
        .arg(number(finding.amountMg), longDate(finding.measured));
}

QString LabMessages::kidneyConditionSummary(const Finding& finding)
{
    return SafetyEngine::tr("eGFR %1 and magnesium: the article advises against it; talk to "
                            "your doctor")
        .arg(number(finding.amountMg));
}

QString LabMessages::kidneySicknessSummary(const Finding& finding)
{
    return SafetyEngine::tr("eGFR %1 and nausea: stop magnesium, talk to your doctor today")
        .arg(number(finding.amountMg));
}

} // namespace stilla
