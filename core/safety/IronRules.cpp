// SafetyEngine: the iron rules. They read the diary's lab results and recent symptoms rather
// than one day; their thresholds and sources are in SafetyFacts and docs/safety-rules.md.
#include "SafetyEngine.h"
#include "SafetyFacts.h"

#include <QLocale>

namespace stilla {

namespace {

/// The newest result up to @p date, no older than kIronTestValidMonths, that has @p value.
template<typename Value>
const LabResult* newest(const std::vector<LabResult>& labs, const QDate& date, Value value)
{
    const QDate oldest = date.addMonths(-SafetyFacts::kIronTestValidMonths);
    const LabResult* found = nullptr;
    for (const LabResult& result : labs) {
        if (result.date > oldest && result.date <= date && (result.*value).has_value()
            && (found == nullptr || result.date > found->date))
            found = &result;
    }
    return found;
}

QString number(double value)
{
    return LabResult::number(value);
}

/// "12 March 2026", "12 mars 2026": the test's date without its weekday.
QString longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

Finding ironFinding(const char* rule, Severity severity, double amount, double limit,
    const QDate& measured = QDate())
{
    Finding finding;
    finding.rule = QLatin1String(rule);
    finding.severity = severity;
    finding.section = QLatin1String(ArticleSectionId::kIronAndRls);
    finding.amountMg = amount;
    finding.limitMg = limit;
    finding.measured = measured;
    finding.message = SafetyEngine::message(finding);
    return finding;
}

} // namespace

std::vector<Finding> SafetyEngine::evaluateIron(const IronHistory& history)
{
    std::vector<Finding> findings;
    const LabResult* ferritin = newest(history.labs, history.date, &LabResult::ferritin);
    if (ferritin && *ferritin->ferritin <= SafetyFacts::kFerritinIronThreshold) {
        findings.push_back(ironFinding(SafetyRule::kFerritinLow, Severity::Caution,
            *ferritin->ferritin, SafetyFacts::kFerritinIronThreshold, ferritin->date));
    }
    const LabResult* saturation
        = newest(history.labs, history.date, &LabResult::transferrinSaturation);
    if (saturation
        && *saturation->transferrinSaturation < SafetyFacts::kTransferrinSaturationIronThreshold) {
        findings.push_back(ironFinding(SafetyRule::kTransferrinSaturationLow, Severity::Caution,
            *saturation->transferrinSaturation, SafetyFacts::kTransferrinSaturationIronThreshold,
            saturation->date));
    }
    if (!ferritin && history.symptomDays >= SafetyFacts::kSymptomDaysForIronTest) {
        findings.push_back(ironFinding(SafetyRule::kIronNotTested, Severity::Info,
            history.symptomDays, SafetyFacts::kSymptomDaysForIronTest));
    }
    sort(findings);
    return findings;
}

QString SafetyEngine::ironMessage(const Finding& finding)
{
    if (finding.rule == QLatin1String(SafetyRule::kFerritinLow)) {
        return tr("Your ferritin was %1\u00A0µg/L on %2. For adults with RLS, the American Academy "
                  "of Sleep Medicine recommends iron treatment when ferritin is %3\u00A0µg/L or "
                  "lower. Talk to your doctor about iron; do not start taking iron without "
                  "their advice.")
            .arg(number(finding.amountMg), longDate(finding.measured), number(finding.limitMg));
    }
    if (finding.rule == QLatin1String(SafetyRule::kTransferrinSaturationLow)) {
        return tr(
            "Your transferrin saturation was %1\u00A0% on %2. For adults with RLS, the American "
            "Academy of Sleep Medicine recommends iron treatment when it is below %3\u00A0%. "
            "Talk to your doctor about iron; do not start taking iron without their "
            "advice.")
            .arg(number(finding.amountMg), longDate(finding.measured), number(finding.limitMg));
    }
    if (finding.rule == QLatin1String(SafetyRule::kIronNotTested)) {
        return tr("You have noted restless legs on %1 of the last %2 days, and the diary has no "
                  "ferritin result from the last 12 months. Low iron can make RLS worse, and "
                  "the American Academy of Sleep Medicine advises checking ferritin and "
                  "transferrin saturation in everyone with troublesome RLS. You could ask your "
                  "doctor for a blood test.")
            .arg(number(finding.amountMg), QString::number(SafetyFacts::kSymptomWindowDays));
    }
    return {};
}

QString SafetyEngine::ironSummary(const Finding& finding)
{
    if (finding.rule == QLatin1String(SafetyRule::kFerritinLow))
        return tr("Ferritin %1\u00A0µg/L: ask your doctor about iron")
            .arg(number(finding.amountMg));
    if (finding.rule == QLatin1String(SafetyRule::kTransferrinSaturationLow)) {
        return tr("Transferrin saturation %1\u00A0%: ask your doctor about iron")
            .arg(number(finding.amountMg));
    }
    if (finding.rule == QLatin1String(SafetyRule::kIronNotTested))
        return tr("No recent ferritin: ask your doctor about an iron test");
    return {};
}

} // namespace stilla
