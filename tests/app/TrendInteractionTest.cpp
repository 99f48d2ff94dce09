// The trend chart as a person uses it without a mouse, and its legend in a narrow window.
#include "ChartsFixture.h"
#include "charts/TrendPointer.h"

#include <QChartView>
#include <QCheckBox>
#include <QTest>
#include <QToolTip>

namespace stilla {
namespace {

TEST_F(ChartsPageTest, TheKeyboardStepsThroughTheDaysAndShowsTheirValues)
{
    logDay(0, 7, 150);
    logDay(2, 3, 0);
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::TwoWeeks);
    TrendChart* chart = page.trendChart();
    QChartView* view = page.currentChartView();
    auto* pointer = page.findChild<TrendPointer*>(QStringLiteral("trendPointer"));
    ASSERT_TRUE(pointer && view);
    view->setFocus();
    EXPECT_EQ(pointer->current(), -1);

    QTest::keyClick(view, Qt::Key_End); // today, the last point
    EXPECT_EQ(pointer->current(), chart->pointCount() - 1);
    EXPECT_EQ(pointer->currentText(), chart->describePoint(chart->pointCount() - 1));
    EXPECT_TRUE(pointer->currentText().contains(QStringLiteral("7")))
        << pointer->currentText().toStdString();
    // The tooltip is up, beside the point.
    QCoreApplication::processEvents();
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), pointer->currentText());
    EXPECT_EQ(view->accessibleDescription(), pointer->currentText());
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Left);
    EXPECT_EQ(pointer->current(), chart->pointCount() - 3);
    EXPECT_TRUE(pointer->currentText().contains(QStringLiteral("3")));
    QTest::keyClick(view, Qt::Key_Home);
    EXPECT_EQ(pointer->current(), 0);
    QTest::keyClick(view, Qt::Key_Left); // stays on the first
    EXPECT_EQ(pointer->current(), 0);

    // Escape, or a new range, clears it.
    QTest::keyClick(view, Qt::Key_Escape);
    EXPECT_EQ(pointer->current(), -1);
    QTest::keyClick(view, Qt::Key_Right);
    EXPECT_EQ(pointer->current(), 0);
    page.setRange(ChartsPage::Range::Month);
    EXPECT_EQ(pointer->current(), -1);
}

TEST_F(ChartsPageTest, TheLegendWrapsInANarrowWindowAndItsBoxesShowAndHide)
{
    logDay(0, 7, 150);
    ChartsPage& page = charts();
    m_window->resize(800, 600);
    page.setRange(ChartsPage::Range::Month);
    QCoreApplication::processEvents();
    auto* legend = page.findChild<QWidget*>(QStringLiteral("trendLegend"));
    ASSERT_TRUE(legend);
    const auto boxes = legend->findChildren<QCheckBox*>();
    ASSERT_GE(boxes.size(), 2); // severity and sleep quality at least
    for (const QWidget* child : legend->findChildren<QWidget*>()) {
        if (!child->isVisible() || child->parentWidget() != legend)
            continue;
        // Whole, never squeezed or cut at the legend's edge.
        EXPECT_GE(child->width(), child->sizeHint().width()) << child->objectName().toStdString();
        EXPECT_LE(child->geometry().right(), legend->rect().right());
    }
    QCheckBox* severity = nullptr;
    for (QCheckBox* box : boxes)
        severity = box->text() == QStringLiteral("Severity") ? box : severity;
    ASSERT_TRUE(severity);
    EXPECT_TRUE(page.trendChart()->isLineVisible(TrendChart::Line::Severity));
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Space);
    EXPECT_FALSE(page.trendChart()->isLineVisible(TrendChart::Line::Severity));

    // Another range keeps the boxes (a range change builds no widgets and keeps the chart's
    // height); the new series are shown, and the boxes say so.
    page.setRange(ChartsPage::Range::Year);
    EXPECT_EQ(legend->findChildren<QCheckBox*>(), boxes);
    EXPECT_TRUE(page.trendChart()->isLineVisible(TrendChart::Line::Severity));
    EXPECT_TRUE(severity->isChecked());
}

} // namespace
} // namespace stilla
