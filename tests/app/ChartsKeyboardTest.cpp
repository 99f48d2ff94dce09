// The charts reached as a person without a mouse reaches them: with Tab from the controls above
// them, and shown as focused when they are.
#include "ChartsFixture.h"

#include <QApplication>
#include <QChartView>
#include <QImage>
#include <QSpinBox>
#include <QTest>

namespace stilla {
namespace {

/// Presses Tab from @p start until @p target has the focus, at most @p presses times; the
/// number of presses, or -1 when it never came.
int tabsFrom(QWidget* start, QWidget* target, int presses = 12)
{
    start->setFocus();
    for (int pressed = 1; pressed <= presses; ++pressed) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == target)
            return pressed;
    }
    return -1;
}

TEST_F(ChartsPageTest, TabReachesEachChartFromTheControlsAboveIt)
{
    logDay(0, 5, 200);
    logDay(1, 3, 100);
    ChartsPage& page = charts();
    m_window->resize(1366, 768);
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));

    page.showView(ChartsPage::View::Relationship);
    QCoreApplication::processEvents();
    auto* relationship = page.findChild<QChartView*>(QStringLiteral("relationshipChartView"));
    auto* lag = page.findChild<QSpinBox*>(QStringLiteral("lagSpinBox"));
    ASSERT_TRUE(relationship && lag);
    EXPECT_EQ(tabsFrom(lag, relationship), 1) << "the chart comes right after its controls";
    // The chart shows that it has the focus: a frame in the highlight colour around it.
    const QColor highlight = relationship->palette().color(QPalette::Highlight);
    const auto framed = [&](QChartView* view) {
        QCoreApplication::processEvents();
        const QImage image = view->grab().toImage();
        return image.pixelColor(image.width() / 2, 1) == highlight
            && image.pixelColor(1, image.height() / 2) == highlight;
    };
    EXPECT_TRUE(framed(relationship));
    QTest::keyClick(relationship, Qt::Key_Backtab);
    EXPECT_FALSE(framed(relationship));
    QTest::keyClick(lag, Qt::Key_Tab);
    QTest::keyClick(relationship, Qt::Key_Home);
    EXPECT_FALSE(relationship->accessibleDescription().isEmpty());

    page.showView(ChartsPage::View::Comparison);
    QCoreApplication::processEvents();
    auto* comparison = page.findChild<QChartView*>(QStringLiteral("comparisonChartView"));
    auto* mode = page.findChild<QWidget*>(QStringLiteral("comparisonModeComboBox"));
    ASSERT_TRUE(comparison && mode);
    // The split date is hidden while supplement days are compared: the chart comes next.
    EXPECT_EQ(tabsFrom(mode, comparison), 1);

    // Above the tabs, left to right: the range, the average, then Copy, PNG and PDF as they
    // stand; then the tab bar and the trend chart.
    page.showView(ChartsPage::View::Trend);
    QCoreApplication::processEvents();
    auto* average = page.findChild<QWidget*>(QStringLiteral("movingAverageCheckBox"));
    auto* copy = page.findChild<QWidget*>(QStringLiteral("chartCopyButton"));
    auto* png = page.findChild<QWidget*>(QStringLiteral("chartPngButton"));
    auto* trend = page.findChild<QChartView*>(QStringLiteral("trendChartView"));
    ASSERT_TRUE(average && copy && png && trend);
    EXPECT_EQ(tabsFrom(page.findChild<QWidget*>(QStringLiteral("rangeComboBox")), average), 1)
        << "the custom range's dates are hidden";
    EXPECT_EQ(tabsFrom(average, copy), 1);
    EXPECT_EQ(tabsFrom(copy, png), 1);
    EXPECT_EQ(tabsFrom(png, trend), 3) << "PDF, the tab bar, the chart";
}

} // namespace
} // namespace stilla
