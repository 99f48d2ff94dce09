#include "Finding.h"

#include <array>
#include <utility>

namespace stilla {

namespace {

constexpr std::array<std::pair<Severity, const char*>, 4> kSeverities {{
    {Severity::Info, "info"},
    {Severity::Caution, "caution"},
    {Severity::Warning, "warning"},
    {Severity::Urgent, "urgent"},
}};

} // namespace

QString toName(Severity severity)
{
    for (const auto& [value, name] : kSeverities) {
        if (value == severity)
            return QLatin1String(name);
    }
    return {};
}

std::optional<Severity> severityFromName(const QString& name)
{
    for (const auto& [value, text] : kSeverities) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QStringList SafetyRule::all()
{
    QStringList rules;
    for (const char* rule : {kSupplementAboveReference, kSupplementAboveArticleRange,
             kSingleDoseLarge, kImplausibleDose, kChild, kCommonSideEffect, kSeriousSideEffect,
             kWeaknessOrDrowsiness, kKidneyDisease, kBleedingDisorder, kPregnancyIntravenous,
             kAntibiotic, kCalciumChannelBlocker, kMuscleRelaxant, kDiuretic, kBisphosphonate,
             kCaffeine, kChildAboveUpperLimit, kKidneyDiseaseSideEffect, kPregnancy, kGabapentinoid,
             kOralIron, kLevothyroxine, kProtonPumpInhibitor, kDopamineAugmentation, kMayWorsenRls})
        rules << QLatin1String(rule);
    rules.sort();
    return rules;
}

QStringList SafetyRule::labs()
{
    QStringList rules;
    for (const char* rule : {kFerritinLow, kTransferrinSaturationLow, kIronNotTested, kEgfrLow,
             kSerumMagnesiumHigh, kSerumMagnesiumLow})
        rules << QLatin1String(rule);
    rules.sort();
    return rules;
}

int SafetyRule::rank(const QString& rule)
{
    static constexpr std::array kFamilies {"condition.", "kidney.", "magnesium.", "dose.",
        "interaction.", "medicine.", "side_effect.", "iron.", "lifestyle."};
    for (std::size_t i = 0; i < kFamilies.size(); ++i) {
        if (rule.startsWith(QLatin1String(kFamilies[i])))
            return static_cast<int>(i);
    }
    return static_cast<int>(kFamilies.size());
}

QString SafetyRule::cause(const QString& rule)
{
    for (const char* amountRule : {kSupplementAboveReference, kSupplementAboveArticleRange,
             kSingleDoseLarge, kImplausibleDose, kChildAboveUpperLimit}) {
        if (rule == QLatin1String(amountRule))
            return QStringLiteral("dose.amount");
    }
    // Kidney disease and the eGFR that shows or questions it: one cause, told once.
    if (rule == QLatin1String(kKidneyDisease) || rule == QLatin1String(kEgfrLow))
        return QStringLiteral("kidney");
    return rule;
}

QString FindingGroup::cause() const
{
    return SafetyRule::cause(lead.rule);
}

} // namespace stilla
