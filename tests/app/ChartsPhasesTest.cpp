#include "ChartsFixture.h"
#include "core/experiment/ExperimentPlan.h"

#include <QCoreApplication>
#include <QLineSeries>

namespace stilla {
namespace {

// A self-experiment's phases on the trend chart: shaded from their first to their last day,
// named on hover and in the legend, over days and over calendar weeks.

/// Phases A then B of seven days each, from Wednesday 11 November 2026 (13 days before the
/// fixture's today): A covers days 13..7 ago, B 6..0 ago.
ExperimentPlan twoWeeksOfAB(const QDate& today)
{
    ExperimentPlan plan;
    plan.start = today.addDays(-13);
    plan.pattern = QStringLiteral("AB");
    plan.phaseDays = 7;
    plan.washoutDays = 0;
    plan.doseMg = 200;
    return plan;
}

TEST_F(ChartsPageTest, SelfExperimentPhasesAreShadedAndNamedOnHover)
{
    for (int i = 0; i < 20; ++i)
        logDay(i, 4, i % 2 ? 0 : 200);
    ExperimentPlan plan = twoWeeksOfAB(m_clock.today());
    ASSERT_TRUE(m_diary->experiments().save(plan).ok());
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::Month);
    TrendChart* chart = page.trendChart();
    const auto area = [chart](const char* name) { return areaNamed(chart, name); };
    ASSERT_NE(area("phasesA"), nullptr);
    ASSERT_NE(area("phasesB"), nullptr);
    EXPECT_TRUE(chart->isLineVisible(TrendChart::Line::PhasesB));
    // The B run spans the last seven days' points: from 6.5 days before today to today's end.
    const QList<QPointF> edge = area("phasesB")->upperSeries()->points();
    ASSERT_EQ(edge.size(), 4);
    const int today = int(page.rangeStart().daysTo(m_clock.today()));
    EXPECT_DOUBLE_EQ(edge.front().x(), today - 6 - 0.5);
    EXPECT_DOUBLE_EQ(edge.back().x(), today + 0.5);
    EXPECT_TRUE(chart->describePoint(today).contains(
        QStringLiteral("Self-experiment, phase 2: with magnesium (B)")))
        << chart->describePoint(today).toStdString();
    EXPECT_TRUE(chart->describePoint(today - 10).contains(QStringLiteral("phase 1: without")));
    EXPECT_FALSE(chart->describePoint(today - 15).contains(QStringLiteral("Self-experiment")));
    // Clicking its legend entry hides it, like the other series.
    chart->setLineVisible(TrendChart::Line::PhasesA, false);
    EXPECT_FALSE(area("phasesA")->isVisible());

    // Removed in another window: the shading goes at once.
    ASSERT_TRUE(m_diary->experiments().remove(m_diary->experiments().current().value()->id).ok());
    QCoreApplication::processEvents();
    EXPECT_EQ(area("phasesA"), nullptr);
    EXPECT_EQ(area("phasesB"), nullptr);
}

TEST_F(ChartsPageTest, PhasesOverWeeksStartOnTheirDayOfTheWeek)
{
    // Over a year the points are calendar weeks; the range begins on a Tuesday, within one.
    // The phases are drawn from their own days: a phase that starts on a Wednesday starts two
    // sevenths into its week's slot.
    for (int i = 0; i < 20; ++i)
        logDay(i, 4, 200);
    ExperimentPlan plan = twoWeeksOfAB(m_clock.today());
    ASSERT_TRUE(m_diary->experiments().save(plan).ok());
    ASSERT_EQ(plan.start.dayOfWeek(), Qt::Wednesday);
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::Year);
    TrendChart* chart = page.trendChart();
    ASSERT_EQ(chart->bucketDays(), 7);
    ASSERT_EQ(page.rangeStart().dayOfWeek(), Qt::Tuesday);
    QAreaSeries* phaseB = areaNamed(chart, "phasesB");
    ASSERT_NE(phaseB, nullptr);
    // B runs from Wednesday 18 November, in the week before today's, to the end of today,
    // Tuesday 24 November, in the last point: to where Wednesday would begin.
    const int last = chart->pointCount() - 1;
    const QList<QPointF> edge = phaseB->upperSeries()->points();
    ASSERT_EQ(edge.size(), 4);
    EXPECT_NEAR(edge.front().x(), last - 1 - 0.5 + 2.0 / 7, 1e-9);
    EXPECT_NEAR(edge.back().x(), last - 0.5 + 2.0 / 7, 1e-9);
    EXPECT_TRUE(chart->describePoint(last).startsWith(QStringLiteral("Week 48, ")))
        << chart->describePoint(last).toStdString();
}

} // namespace
} // namespace stilla
