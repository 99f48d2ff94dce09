#include "core/report/ReportSummary.h"

#include "core/report/ReportLanguage.h"
#include "core/report/ReportText.h"
#include "core/safety/SafetyFacts.h"
#include "tests/ReportFixtures.h"

#include <gtest/gtest.h>

namespace stilla {
namespace {

const QDate kFrom(2026, 3, 1);
const QDate kTo(2026, 3, 5);

using test::knownDays;
using test::makeDay;

TEST(ReportSummaryTest, CountsAveragesFormsSideEffectsAndFindings)
{
    std::vector<DayEntry> days = knownDays();
    days.push_back(makeDay(QDate(2026, 3, 9), 9, 1, 999, SupplementForm::Oxide, 999)); // outside
    const ReportSummary summary = ReportSummary::compute(days, Profile(), kFrom, kTo);

    EXPECT_EQ(summary.daysInPeriod, 5);
    EXPECT_EQ(summary.daysLogged, 3);
    EXPECT_EQ(summary.severity.n, 3);
    EXPECT_DOUBLE_EQ(*summary.severity.value, 13.0 / 3.0);
    EXPECT_EQ(summary.sleepQuality.n, 2);
    EXPECT_DOUBLE_EQ(*summary.sleepQuality.value, 3.0);
    EXPECT_DOUBLE_EQ(*summary.foodMg.value, 100.0);
    EXPECT_DOUBLE_EQ(*summary.supplementMg.value, 700.0 / 3.0);
    EXPECT_EQ(summary.supplementDays, 3);
    EXPECT_DOUBLE_EQ(summary.supplementMgOnDaysTaken, 700.0 / 3.0);

    ASSERT_EQ(summary.forms.size(), 2u);
    EXPECT_EQ(summary.forms[0].form, SupplementForm::Citrate);
    EXPECT_EQ(summary.forms[0].days, 2);
    EXPECT_DOUBLE_EQ(summary.forms[0].typicalDoseMg, 200.0);
    EXPECT_EQ(summary.forms[1].form, SupplementForm::Glycinate);
    EXPECT_DOUBLE_EQ(summary.forms[1].typicalDoseMg, 300.0);

    ASSERT_EQ(summary.sideEffects.size(), 1u);
    EXPECT_EQ(summary.sideEffects[0].effect, SideEffect::Diarrhoea);
    EXPECT_EQ(summary.sideEffects[0].days, 1);

    // 300 mg on 4 March: above the 250 mg reference and a large single dose; diarrhoea on a
    // supplement day on 1 March.
    QStringList rules;
    for (const auto& finding : summary.findings)
        rules << finding.rule;
    EXPECT_TRUE(rules.contains(QLatin1String(SafetyRule::kSupplementAboveReference)));
    EXPECT_TRUE(rules.contains(QLatin1String(SafetyRule::kSingleDoseLarge)));
    EXPECT_TRUE(rules.contains(QLatin1String(SafetyRule::kCommonSideEffect)));
    for (const auto& finding : summary.findings) {
        if (finding.rule == QLatin1String(SafetyRule::kSupplementAboveReference)) {
            EXPECT_EQ(finding.days, 1);
            EXPECT_EQ(finding.first, QDate(2026, 3, 4));
            EXPECT_EQ(finding.last, QDate(2026, 3, 4));
        }
    }
    EXPECT_EQ(summary.series.days.size(), 5u);
}

TEST(ReportSummaryTest, TheUsualDoseIsTheMeanOnTheDaysTakenNotOverDaysWithOnlyFood)
{
    std::vector<DayEntry> days = knownDays();
    DayEntry foodOnly = makeDay(QDate(2026, 3, 3), 5, 3, 120, SupplementForm::Citrate, 0);
    foodOnly.supplements.clear();
    days.push_back(foodOnly);
    const ReportSummary summary = ReportSummary::compute(days, Profile(), kFrom, kTo);
    EXPECT_DOUBLE_EQ(*summary.supplementMg.value, 700.0 / 4.0); // the food-only day as 0
    EXPECT_EQ(summary.supplementDays, 3);
    EXPECT_DOUBLE_EQ(summary.supplementMgOnDaysTaken, 700.0 / 3.0);
}

TEST(ReportTextTest, EverySafetyRuleHasItsOwnTitle)
{
    // The report's table of safety notes names each rule; none falls back to its message.
    QStringList titles;
    for (const QString& rule : SafetyRule::all()) {
        const QString title = ReportText::ruleTitle(rule, QString());
        EXPECT_FALSE(title.isEmpty()) << rule.toStdString();
        titles << title;
    }
    titles.removeDuplicates();
    EXPECT_EQ(titles.size(), SafetyRule::all().size()) << "two rules share a title";
}

TEST(ReportSummaryTest, MagnesiumAgainstTheLimitAndTheTargetAndTheMedicinesLogged)
{
    std::vector<DayEntry> days = knownDays(); // supplements 200, 200, 300; food 100, 150, 50
    days[0].medications
        = {{0, QStringLiteral("Pramipexole"), MedicationClass::DopamineAgonist, std::nullopt},
            {0, QStringLiteral("pramipexole "), MedicationClass::DopamineAgonist, std::nullopt}};
    days[1].medications = {{0, QStringLiteral("Ibuprofen"), MedicationClass::Other, std::nullopt},
        {0, QStringLiteral("Pramipexole"), MedicationClass::DopamineAgonist, std::nullopt}};
    const IntakeTarget target {320, QStringLiteral("basis"), QStringLiteral("report basis"), false};
    const ReportSummary summary = ReportSummary::compute(days, Profile(), kFrom, kTo, {}, target);

    // Severity 6, 4, 3: numpy.percentile([6, 4, 3], [25, 75]) = 3.5, 5.0.
    EXPECT_DOUBLE_EQ(*summary.severityLow, 3.5);
    EXPECT_DOUBLE_EQ(*summary.severityHigh, 5.0);
    // The Nordic/EU limit (250 mg) for a profile without an age group; 300 mg on 4 March.
    EXPECT_DOUBLE_EQ(*summary.supplementLimitMg, 250.0);
    EXPECT_EQ(summary.daysAboveSupplementLimit, 1);
    EXPECT_DOUBLE_EQ(summary.highestSupplementMg, 300.0);
    // Totals 300, 350, 350 against 320: reached on two days.
    EXPECT_DOUBLE_EQ(*summary.totalMg.value, 1000.0 / 3.0);
    ASSERT_TRUE(summary.target);
    EXPECT_EQ(summary.daysReachingTarget, 2);
    // One of the two, 4 March (300 + 50), only with 300 mg of supplements, above the limit.
    EXPECT_EQ(summary.daysReachingTargetAboveLimit, 1);
    // One name counted once a day whatever its case and spaces, the most days first.
    ASSERT_EQ(summary.medicines.size(), 2u);
    EXPECT_EQ(summary.medicines[0].name, QStringLiteral("Pramipexole"));
    EXPECT_EQ(summary.medicines[0].days, 2);
    EXPECT_EQ(summary.medicines[1].name, QStringLiteral("Ibuprofen"));
    EXPECT_EQ(summary.medicines[1].days, 1);
    // The note keeps the highest day and its limit.
    const auto above
        = std::find_if(summary.findings.begin(), summary.findings.end(), [](const auto& use) {
              return use.rule == QLatin1String(SafetyRule::kSupplementAboveReference);
          });
    ASSERT_NE(above, summary.findings.end());
    EXPECT_DOUBLE_EQ(*above->notableAmount, 300.0);
    EXPECT_DOUBLE_EQ(above->limit, 250.0);
    EXPECT_EQ(ReportText(QLocale(QLocale::English, QLocale::UnitedKingdom)).findingDetail(*above),
        QStringLiteral("Highest day 300\u00A0mg from supplements; upper limit 250\u00A0mg."));
}

TEST(ReportSummaryTest, AChildOfUnknownAgeHasNoLimitAndNoTargetIsNoTarget)
{
    Profile child;
    child.ageGroup = AgeGroup::Child;
    const ReportSummary summary = ReportSummary::compute(knownDays(), child, kFrom, kTo);
    EXPECT_FALSE(summary.supplementLimitMg);
    EXPECT_EQ(summary.daysAboveSupplementLimit, 0);
    EXPECT_FALSE(summary.target);
    EXPECT_EQ(summary.daysReachingTarget, 0);
}

TEST(ReportTextTest, TimedInteractionsKeepTheClosestTimeApart)
{
    ReportSummary::FindingUse use;
    use.rule = QString::fromLatin1(SafetyRule::kGabapentinoid);
    use.notableAmount = 40;
    use.limit = 120;
    const ReportText text(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(text.findingDetail(use),
        QStringLiteral("Closest 40\u00A0min between the medicine and a magnesium dose; at least "
                       "2\u00A0h is advised."));
    use.notableAmount.reset();
    EXPECT_TRUE(text.findingDetail(use).isEmpty());
}

TEST(ReportTextTest, TheStatisticsAreSaidWithTheirNumbersAndTheirLimits)
{
    const ReportLanguage english(QStringLiteral("en")); // the plural forms
    ASSERT_TRUE(english.ok());
    const ReportText text(english.locale());
    Statistics::Relationship r;
    r.n = 30;
    r.pearsonR = -0.25;
    r.ci95LowAdjusted = -0.6;
    r.ci95HighAdjusted = 0.15;
    r.nEffective = 21.4;
    EXPECT_EQ(text.relationship(r),
        QStringLiteral("Daily magnesium (food and supplements) and same-day RLS severity: "
                       "Pearson r = −0.25 over 30 days. 95% confidence interval −0.60 to 0.15, "
                       "widened for autocorrelation (effective n about 21)."));
    r.n = 2;
    r.pearsonR.reset();
    EXPECT_TRUE(text.relationship(r).contains(QStringLiteral("too few days with both (2)")));

    Statistics::Comparison c;
    c.first = {20, 5.5, QDate(2026, 3, 1), QDate(2026, 3, 20)};
    c.second = {10, 4.0, QDate(2026, 3, 21), QDate(2026, 3, 30)};
    c.difference = -1.5;
    c.ci95LowAdjusted = -2.8;
    c.ci95HighAdjusted = -0.2;
    c.mixing = 0;
    const QString compared = text.supplementComparison(c);
    EXPECT_TRUE(compared.contains(
        QStringLiteral("mean RLS severity 5.5 (20 days, 1 March 2026 – 20 March 2026)")))
        << compared.toStdString();
    EXPECT_TRUE(compared.contains(QStringLiteral("−1.5, 95% confidence interval −2.8 to −0.2")));
    EXPECT_TRUE(compared.contains(QStringLiteral("Fewer than 14 days in a group")));
    // Supplements started once: the comparison is also one of two periods, and says so.
    EXPECT_TRUE(compared.contains(QStringLiteral("Most days without supplements come before "
                                                 "those with them: this is also a "
                                                 "before-and-after comparison")))
        << compared.toStdString();
    c.mixing = 0.6;
    EXPECT_FALSE(text.supplementComparison(c).contains(QStringLiteral("before-and-after")));
}

TEST(ReportTextTest, TheFirstPageAnswersWhetherTheDaysWithSupplementsWentBetter)
{
    const ReportLanguage english(QStringLiteral("en"));
    ASSERT_TRUE(english.ok());
    const ReportText text(english.locale());
    Statistics::Comparison c;
    c.first = {52, 4.9, QDate(2026, 9, 7), QDate(2026, 12, 7)};
    c.second = {32, 4.5, QDate(2026, 9, 26), QDate(2026, 11, 3)};
    c.difference = -0.4;
    c.ci95LowAdjusted = -1.3;
    c.ci95HighAdjusted = 0.5;
    c.mixing = 0;
    EXPECT_EQ(text.supplementComparisonBrief(c),
        QStringLiteral("Mean 4.5 on 32 days with supplements, 4.9 on 52 days without; difference "
                       "−0.4 (95% confidence interval −1.3 to 0.5): no clear difference. The two "
                       "groups are mostly two stretches of time."));
    // An interval clear of 0 with enough days in each group; mixed in time, nothing more.
    c.ci95HighAdjusted = -0.1;
    c.mixing = 0.6;
    EXPECT_TRUE(text.supplementComparisonBrief(c).endsWith(
        QStringLiteral("to −0.1): unlikely to be chance alone.")))
        << text.supplementComparisonBrief(c).toStdString();
    // Below 14 days in a group, whatever the interval says.
    c.second.n = 9;
    EXPECT_TRUE(text.supplementComparisonBrief(c).endsWith(
        QStringLiteral("): too few days to interpret.")));
    c.ci95LowAdjusted.reset();
    c.ci95HighAdjusted.reset();
    EXPECT_TRUE(text.supplementComparisonBrief(c).endsWith(
        QStringLiteral("; difference −0.4, too few days to interpret.")));
    c.second.n = 14; // enough days, and still no interval (every day the same severity)
    EXPECT_TRUE(text.supplementComparisonBrief(c).endsWith(
        QStringLiteral("; difference −0.4, no confidence interval can be given.")));
    // No day with supplements (or none without): no row at all.
    c.second = {};
    EXPECT_TRUE(text.supplementComparisonBrief(c).isEmpty());
}

} // namespace
} // namespace stilla
