#include "ReportText.h"

#include "core/stats/StatisticsText.h"

#include <cmath>
#include <utility>

namespace stilla {

ReportText::ReportText(const QLocale& locale)
    : m_locale(locale)
{ }

QString ReportText::decimal(double value, int decimals) const
{
    return StatisticsText::number(m_locale, value, decimals);
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
        {kWeaknessOrDrowsiness, tr("Weakness or drowsiness on a day with supplements")},
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

QString ReportText::findingDetail(const ReportSummary::FindingUse& use) const
{
    using namespace SafetyRule;
    if (!use.notableAmount)
        return {};
    const double amount = *use.notableAmount;
    const auto is = [&use](const char* rule) { return use.rule == QLatin1String(rule); };
    if (is(kSupplementAboveReference) || is(kChildAboveUpperLimit))
        return tr("Highest day %1 from supplements; upper limit %2.")
            .arg(mg(amount), mg(use.limit));
    if (is(kSupplementAboveArticleRange))
        return tr("Highest day %1 from supplements; the article's range ends at %2.")
            .arg(mg(amount), mg(use.limit));
    if (is(kSingleDoseLarge))
        return tr("Up to %1 taken as a single dose (Stilla notes one above %2, half the upper "
                  "limit); BfR advises taking the day's supplement magnesium in at least two "
                  "doses.")
            .arg(mg(amount), mg(use.limit));
    if (is(kImplausibleDose))
        return tr("Highest entry %1, above %2.").arg(mg(amount), mg(use.limit));
    return tr("Closest %1 between the medicine and a magnesium dose; at least %2 is advised.")
        .arg(timeApart(amount), timeApart(use.limit));
}

QString ReportText::timeApart(double minutes) const
{
    const int rounded = int(std::lround(minutes));
    if (rounded < 60)
        return tr("%1\u00A0min").arg(m_locale.toString(rounded));
    if (rounded % 60 == 0)
        return tr("%1\u00A0h").arg(m_locale.toString(rounded / 60));
    return duration(rounded);
}

QString ReportText::relationship(const Statistics::Relationship& r) const
{
    const auto number
        = [](double value, int decimals) { return StatisticsText::number(value, decimals); };
    if (!r.pearsonR) {
        return r.n < 3 ? tr("Daily magnesium (food and supplements) and same-day RLS severity: "
                            "too few days with both (%Ln) for a correlation.",
                   "", r.n)
                       : tr("Daily magnesium (food and supplements) and same-day RLS severity: "
                            "no correlation can be given, because one of them did not vary "
                            "over the %Ln day(s) with both.",
                           "", r.n);
    }
    QString text = tr("Daily magnesium (food and supplements) and same-day RLS severity: "
                      "Pearson r = %1 over %Ln day(s).",
        "", r.n)
                       .arg(number(*r.pearsonR, 2));
    if (r.ci95LowAdjusted && r.ci95HighAdjusted) {
        text += QLatin1Char(' ')
            + tr("95% confidence interval %1 to %2, widened for autocorrelation (effective "
                 "n about %3).")
                  .arg(number(*r.ci95LowAdjusted, 2), number(*r.ci95HighAdjusted, 2),
                      number(r.nEffective, 0));
    } else {
        text += QLatin1Char(' ')
            + tr("No confidence interval: too few effectively independent days.");
    }
    if (r.n < Statistics::kEnoughPairs)
        text += QLatin1Char(' ')
            + tr("Fewer than %Ln paired days: too few to interpret.", "", Statistics::kEnoughPairs);
    return text;
}

QString ReportText::supplementComparison(const Statistics::Comparison& c) const
{
    const auto mean = [](const Statistics::GroupSummary& group) {
        return group.mean ? StatisticsText::number(*group.mean, 1) : QStringLiteral("–");
    };
    const auto span = [this](const Statistics::GroupSummary& group) -> QString {
        if (group.n == 0)
            return QString();
        return QStringLiteral(", ")
            + (group.firstDate == group.lastDate ? longDate(group.firstDate)
                                                 : period(group.firstDate, group.lastDate));
    };
    QString text
        = tr("Days without supplements: mean RLS severity %1 (%Ln day(s)%2).", "", c.first.n)
              .arg(mean(c.first), span(c.first))
        + QLatin1Char(' ')
        + tr("Days with supplements: mean RLS severity %1 (%Ln day(s)%2).", "", c.second.n)
              .arg(mean(c.second), span(c.second));
    if (c.timeOrder() == Statistics::TimeOrder::FirstBefore) {
        text += QLatin1Char(' ')
            + tr("Most days without supplements come before those with them: this is also a "
                 "before-and-after comparison, which includes any other change over time "
                 "(season, other treatment, the course of RLS).");
    } else if (c.timeOrder() == Statistics::TimeOrder::FirstAfter) {
        text += QLatin1Char(' ')
            + tr("Most days without supplements come after those with them: this is also a "
                 "before-and-after comparison, which includes any other change over time "
                 "(season, other treatment, the course of RLS).");
    }
    if (c.difference && c.ci95LowAdjusted && c.ci95HighAdjusted) {
        text += QLatin1Char(' ')
            + tr("Difference (with minus without) %1, 95% confidence interval %2 to %3, "
                 "widened for autocorrelation.")
                  .arg(StatisticsText::number(*c.difference, 1),
                      StatisticsText::number(*c.ci95LowAdjusted, 1),
                      StatisticsText::number(*c.ci95HighAdjusted, 1));
    } else if (c.difference) {
        text += QLatin1Char(' ')
            + tr("Difference (with minus without) %1; no confidence interval can be given.")
                  .arg(StatisticsText::number(*c.difference, 1));
    } else {
        text += QLatin1Char(' ') + tr("Too few days in a group to compare them.");
    }
    if (c.difference && !c.enoughDays())
        text += QLatin1Char(' ')
            + tr("Fewer than %Ln days in a group: too few to interpret.", "",
                Statistics::kEnoughPairs);
    return text;
}

QString ReportText::supplementComparisonBrief(const Statistics::Comparison& c) const
{
    if (!c.first.mean || !c.second.mean)
        return {};
    QString text = tr("Mean %1 on %Ln day(s) with supplements", "", c.second.n)
                       .arg(StatisticsText::number(*c.second.mean, 1))
        + tr(", %1 on %Ln day(s) without", "", c.first.n)
              .arg(StatisticsText::number(*c.first.mean, 1));
    const bool enough = c.enoughDays();
    if (c.difference && c.ci95LowAdjusted && c.ci95HighAdjusted) {
        const bool zeroInside
            = StatisticsText::includesZero(*c.ci95LowAdjusted, *c.ci95HighAdjusted);
        text += tr("; difference %1 (95% confidence interval %2 to %3): %4")
                    .arg(StatisticsText::number(*c.difference, 1),
                        StatisticsText::number(*c.ci95LowAdjusted, 1),
                        StatisticsText::number(*c.ci95HighAdjusted, 1),
                        !enough          ? tr("too few days to interpret.")
                            : zeroInside ? tr("no clear difference.")
                                         : tr("unlikely to be chance alone."));
    } else if (c.difference) {
        text += (enough ? tr("; difference %1, no confidence interval can be given.")
                        : tr("; difference %1, too few days to interpret."))
                    .arg(StatisticsText::number(*c.difference, 1));
    } else {
        text += tr("; too few days in a group to compare them.");
    }
    if (c.timeOrder() != Statistics::TimeOrder::Mixed)
        text += QLatin1Char(' ') + tr("The two groups are mostly two stretches of time.");
    return text;
}

QString ReportText::associationCaveat()
{
    return tr("These are associations in one person's diary, not effects: other causes (stress, "
              "season, other treatments), supplements started during a flare, regression to the "
              "mean and expectation can each produce them.");
}

QString ReportText::onset(const SymptomOnset& onset) const
{
    const auto days = [](const SymptomOnset::Window& window) {
        return tr("%Ln day(s) with a time", "", window.days);
    };
    const std::optional<int> earlier = onset.earlierByMinutes();
    if (!earlier) {
        return tr("Too few days with the time symptoms began to compare the first four weeks "
                  "of the period with the last (%1 and %2; at least %3 in each).")
            .arg(days(onset.first), days(onset.last))
            .arg(SymptomOnset::kLeastTimes);
    }
    const QString time = QStringLiteral("HH:mm");
    QString text = tr("Median time symptoms began: %1 in the first four weeks of the period (%2) "
                      "and %3 in the last four weeks (%4).")
                       .arg(m_locale.toString(*onset.first.median, time), days(onset.first),
                           m_locale.toString(*onset.last.median, time), days(onset.last));
    text += QLatin1Char(' ');
    if (*earlier > 0)
        text += tr("At the end they began %1 earlier.").arg(timeApart(*earlier));
    else if (*earlier < 0)
        text += tr("At the end they began %1 later.").arg(timeApart(-*earlier));
    else
        text += tr("The same at the start and at the end.");
    return text;
}

QString ReportText::onsetCaveat(bool dopamineMedicine)
{
    if (!dopamineMedicine) {
        return tr("A median of four weeks moves with sleep, the season and medicines. Only days "
                  "with a clock time count.");
    }
    return tr("Symptoms that start earlier in the day over months can be a sign of augmentation "
              "in a person taking a dopamine medicine for RLS (AASM 2024); a median of four weeks "
              "also moves with sleep, the season and other medicines. Only days with a clock time "
              "count.");
}

} // namespace stilla
