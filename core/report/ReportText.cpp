#include "ReportText.h"

#include <cmath>
#include <utility>

namespace stilla {

ReportText::ReportText(const QLocale& locale)
    : m_locale(locale)
{ }

QString ReportText::decimal(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString ReportText::mg(double value) const
{
    return tr("%1\u00A0mg").arg(m_locale.toString(value, 'f', 0));
}

QString ReportText::duration(double minutes) const
{
    const int rounded = int(std::lround(minutes));
    return tr("%1\u00A0h %2\u00A0min").arg(rounded / 60).arg(rounded % 60);
}

QString ReportText::longDate(const QDate& date) const
{
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ReportText::shortDate(const QDate& date) const
{
    return m_locale.toString(date, QLocale::ShortFormat);
}

QString ReportText::period(const QDate& from, const QDate& to) const
{
    return tr("%1 – %2", "a period: first and last day").arg(longDate(from), longDate(to));
}

QString ReportText::ruleTitle(const QString& rule, const QString& fallback)
{
    using namespace SafetyRule;
    const std::pair<const char*, QString> titles[] = {
        {kSupplementAboveReference, tr("Supplements above the daily upper limit")},
        {kSupplementAboveArticleRange, tr("Supplements above the article's safe range")},
        {kSingleDoseLarge, tr("The day's supplements in one dose")},
        {kImplausibleDose, tr("A dose that may be a typing mistake")},
        {kChild, tr("Supplements for a child")},
        {kCommonSideEffect, tr("Common side effects on a supplement day")},
        {kSeriousSideEffect, tr("Possible signs of too much magnesium")},
        {kKidneyDisease, tr("Supplements with kidney disease")},
        {kBleedingDisorder, tr("Supplements with a bleeding disorder")},
        {kPregnancyIntravenous, tr("Magnesium by drip in pregnancy or breastfeeding")},
        {kAntibiotic, tr("Possible interaction with an antibiotic")},
        {kCalciumChannelBlocker, tr("Possible interaction with a calcium channel blocker")},
        {kMuscleRelaxant, tr("Possible interaction with a muscle relaxant")},
        {kDiuretic, tr("Possible interaction with a diuretic")},
        {kBisphosphonate, tr("Possible interaction with a bisphosphonate")},
        {kCaffeine, tr("Caffeine on a day with symptoms")},
        {kChildAboveUpperLimit, tr("A child's supplements above the limit for the age")},
        {kKidneyDiseaseSideEffect, tr("Nausea or vomiting with kidney disease")},
        {kPregnancy, tr("RLS in pregnancy")},
        {kGabapentinoid, tr("Magnesium and gabapentin or pregabalin")},
        {kOralIron, tr("Magnesium and iron tablets")},
        {kLevothyroxine, tr("Magnesium and levothyroxine")},
        {kProtonPumpInhibitor, tr("Long-term stomach acid medicine")},
        {kDopamineAugmentation, tr("A dopamine medicine for RLS (augmentation)")},
        {kMayWorsenRls, tr("A medicine that can make RLS worse")},
    };
    for (const auto& [id, title] : titles) {
        if (rule == QLatin1String(id))
            return title;
    }
    return fallback;
}

} // namespace stilla
