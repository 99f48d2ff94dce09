#include "report/ReportSummary.h"

#include "report/ReportText.h"
#include "safety/SafetyFacts.h"

#include <gtest/gtest.h>

namespace stilla {
namespace {

const QDate kFrom(2026, 3, 1);
const QDate kTo(2026, 3, 5);

DayEntry makeDay(const QDate& date, int severity, std::optional<int> quality, double foodMg,
    SupplementForm form, double doseMg)
{
    DayEntry day;
    day.date = date;
    day.symptoms.severity = severity;
    day.sleep.quality = quality;
    day.foods
        = {{0, QStringLiteral("custom"), QStringLiteral("c1"), QStringLiteral("Oats"), 80, foodMg}};
    day.supplements = {{0, form, doseMg, QTime(21, 0), Route::Oral}};
    return day;
}

/// Three days in 1-5 March 2026: severity 6, 4, 3; sleep quality 2, 4 and none; food 100, 150,
/// 50 mg; citrate 200, citrate 200, glycinate 300 mg; diarrhoea on the first day.
std::vector<DayEntry> knownDays()
{
    std::vector<DayEntry> days {
        makeDay(QDate(2026, 3, 1), 6, 2, 100, SupplementForm::Citrate, 200),
        makeDay(QDate(2026, 3, 2), 4, 4, 150, SupplementForm::Citrate, 200),
        makeDay(QDate(2026, 3, 4), 3, std::nullopt, 50, SupplementForm::Glycinate, 300),
    };
    days[0].sideEffects = unsigned(SideEffect::Diarrhoea);
    return days;
}

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

} // namespace
} // namespace stilla
