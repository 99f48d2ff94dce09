#include "TimedMessages.h"

#include "SafetyEngine.h"

#include <QLocale>

namespace stilla {

namespace {

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

QString TimedMessages::medicine(const Finding& finding)
{
    if (!finding.medicineTime.isValid() || !finding.doseTime.isValid())
        return {};
    if (isRule(finding, SafetyRule::kGabapentinoid))
        return SafetyEngine::tr("gabapentin or pregabalin");
    if (isRule(finding, SafetyRule::kOralIron))
        return SafetyEngine::tr("iron");
    if (isRule(finding, SafetyRule::kLevothyroxine))
        return SafetyEngine::tr("levothyroxine");
    return {};
}

QString TimedMessages::message(const Finding& finding)
{
    const QString name = medicine(finding);
    if (name.isEmpty())
        return {};
    const int hours = int(finding.limitMg) / 60;
    const auto times = [&](const QString& text) {
        return text.arg(name, formatTime(finding.medicineTime), formatTime(finding.doseTime),
            formatDistance(int(finding.amountMg)));
    };
    // The uptake was measured for gabapentin taken after an antacid holding magnesium
    // (SafetyFacts), so only that order is timed (SafetyEngine); for pregabalin it is not
    // known, so the advice names gabapentin alone.
    if (isRule(finding, SafetyRule::kGabapentinoid)) {
        if (finding.severity == Severity::Info) {
            return times(SafetyEngine::tr(
                "You took magnesium at %3 and %1 at %2, %4 later. That keeps to the advice: "
                "gabapentin at least %Ln hour(s) after magnesium.",
                "", hours));
        }
        return times(SafetyEngine::tr(
            "You took magnesium at %3 and %1 at %2, only %4 later. Antacids that hold "
            "magnesium lower how much gabapentin the body takes up (this is not known for "
            "pregabalin): take gabapentin at least %Ln hour(s) after magnesium.",
            "", hours));
    }
    if (finding.severity == Severity::Info) {
        return times(SafetyEngine::tr("You took %1 at %2 and magnesium at %3, %4 apart. That "
                                      "keeps to the advice: at least %Ln hour(s) apart.",
            "", hours));
    }
    return times(SafetyEngine::tr(
        "You took %1 at %2 and magnesium at %3, only %4 apart. Magnesium can lower how "
        "much of the medicine the body takes up: keep them at least %Ln hour(s) apart.",
        "", hours));
}

QString TimedMessages::summary(const Finding& finding)
{
    const QString name = medicine(finding);
    if (name.isEmpty())
        return {};
    if (finding.severity == Severity::Info) {
        return SafetyEngine::tr("%1 between magnesium and %2, as advised")
            .arg(formatShortDistance(int(finding.amountMg)), name);
    }
    return SafetyEngine::tr(
        "%1 between magnesium and %2: keep %Ln hour(s) apart", "", int(finding.limitMg) / 60)
        .arg(formatShortDistance(int(finding.amountMg)), name);
}

} // namespace stilla
