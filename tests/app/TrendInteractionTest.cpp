// The trend chart as a person uses it without a mouse, and its legend in a narrow window.
#include "ChartsFixture.h"
#include "ScriptedUser.h"
#include "app/gui/Theme.h"
#include "app/gui/charts/ChartPointer.h"
#include "app/gui/charts/RelationshipChart.h"
#include "app/gui/charts/TrendPanel.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QMouseEvent>
#include <QSpinBox>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

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
    auto* pointer = page.findChild<ChartPointer*>(QStringLiteral("trendPointer"));
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

QAbstractSeries* seriesNamed(QChart* panel, const QString& name)
{
    const auto all = panel->series();
    const auto it = std::find_if(
        all.begin(), all.end(), [&](QAbstractSeries* series) { return series->name() == name; });
    return it == all.end() ? nullptr : *it;
}

TEST_F(ChartsPageTest, ThreePanelsShareOneDateAxisWithTheirPointsOneAboveTheOther)
{
    for (int ago = 0; ago < 10; ++ago)
        logDay(ago, ago % 5, ago % 2 ? 300 : 0, 120);
    ChartsPage& page = charts();
    for (const QSize size : {QSize(1366, 768), QSize(800, 600)}) {
        m_window->resize(size);
        page.setRange(ChartsPage::Range::TwoWeeks);
        // The panels lay out, then line up to the widest axes: two passes of layout requests.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        TrendChart* chart = page.trendChart();
        const std::vector<QChart*> panels = chart->panels();
        ASSERT_EQ(panels.size(), 3u);
        // Stacked, each with a plot of its own, their plot areas exactly above each other.
        const QRectF first = panels[0]->mapRectToParent(panels[0]->plotArea());
        qreal bottom = -1;
        for (QChart* panel : panels) {
            const QRectF area = panel->mapRectToParent(panel->plotArea());
            EXPECT_NEAR(area.left(), first.left(), 1.0) << panel->objectName().toStdString();
            EXPECT_NEAR(area.right(), first.right(), 1.0) << panel->objectName().toStdString();
            EXPECT_GT(area.height(), 40) << "at " << size.width();
            EXPECT_GT(area.top(), bottom) << "no panel over another";
            bottom = area.bottom();
        }
        EXPECT_LE(bottom, chart->size().height());
        // A day's severity, sleep and magnesium at one x, and the pointer's line through all.
        const int last = chart->pointCount() - 1;
        QAbstractSeries* severity = seriesNamed(panels[0], QStringLiteral("Severity"));
        QAbstractSeries* bars = seriesNamed(panels[2], QString());
        ASSERT_TRUE(severity && bars);
        const qreal x
            = panels[0]->mapToParent(panels[0]->mapToPosition(QPointF(last, 0), severity)).x();
        EXPECT_NEAR(
            panels[2]->mapToParent(panels[2]->mapToPosition(QPointF(last, 0), bars)).x(), x, 1.0);
        const QRectF line = chart->pointMarker(last).boundingRect();
        EXPECT_NEAR(line.left(), x, 1.0);
        EXPECT_NEAR(line.right(), x, 1.0);
        EXPECT_NEAR(line.top(), first.top(), 1.0);
        EXPECT_NEAR(line.bottom(), bottom, 1.0);
    }
}

TEST_F(ChartsPageTest, TheMouseOverABarShowsItsDayInEveryPanel)
{
    for (int ago = 0; ago < 10; ++ago)
        logDay(ago, 4, 200, 100);
    ChartsPage& page = charts();
    m_window->resize(1366, 768);
    page.setRange(ChartsPage::Range::TwoWeeks);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    TrendChart* chart = page.trendChart();
    QChartView* view = page.currentChartView();
    auto* pointer = page.findChild<ChartPointer*>(QStringLiteral("trendPointer"));
    ASSERT_TRUE(pointer && view);
    // The middle of three days ago's bar, low in the magnesium panel.
    const int index = chart->pointCount() - 4;
    QChart* magnesium = chart->panel(TrendChart::Panel::Magnesium);
    QAbstractSeries* bars = seriesNamed(magnesium, QString());
    ASSERT_TRUE(bars);
    const QPointF inChart
        = magnesium->mapToParent(magnesium->mapToPosition(QPointF(index, 50), bars));
    const QPoint at = view->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseMove(view->viewport(), at);
    QCoreApplication::processEvents();
    EXPECT_EQ(pointer->current(), index);
    EXPECT_EQ(pointer->currentText(), chart->describePoint(index));
    EXPECT_TRUE(pointer->currentText().contains(QStringLiteral("200"))) << "its supplements";
    EXPECT_TRUE(QToolTip::isVisible());
}

TEST_F(ChartsPageTest, TheMagnesiumPanelDrawsTheTargetAndTheSupplementLimit)
{
    logDay(0, 3, 200, 150);
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::TwoWeeks);
    TrendChart* chart = page.trendChart();
    const auto level = [chart](const char* name) -> std::optional<double> {
        for (QAbstractSeries* series : chart->panel(TrendChart::Panel::Magnesium)->series()) {
            if (series->objectName() == QLatin1String(name))
                return qobject_cast<QXYSeries*>(series)->at(0).y();
        }
        return std::nullopt;
    };
    // A new profile: the Nordic and European upper limit and the lower Nordic figure.
    EXPECT_EQ(level("limitLine"), 250.0);
    EXPECT_EQ(level("targetLine"), 300.0);
    // The sleep panel: quality on the left, hours asleep on the right in as many steps.
    const auto sleepAxes = chart->panel(TrendChart::Panel::Sleep)->axes(Qt::Vertical);
    ASSERT_EQ(sleepAxes.size(), 2);
    EXPECT_EQ(sleepAxes[0]->alignment(), Qt::AlignLeft);
    EXPECT_EQ(sleepAxes[1]->alignment(), Qt::AlignRight);
    const auto* quality = qobject_cast<QValueAxis*>(sleepAxes[0]);
    const auto* hours = qobject_cast<QValueAxis*>(sleepAxes[1]);
    ASSERT_TRUE(quality && hours);
    EXPECT_EQ(quality->tickCount(), hours->tickCount()) << "one set of grid lines";
    EXPECT_EQ(hours->min(), 0);
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
    // height), and what was hidden stays hidden, the boxes saying so.
    page.setRange(ChartsPage::Range::Year);
    EXPECT_EQ(legend->findChildren<QCheckBox*>(), boxes);
    EXPECT_FALSE(page.trendChart()->isLineVisible(TrendChart::Line::Severity));
    EXPECT_FALSE(severity->isChecked());
    QTest::keyClick(severity, Qt::Key_Space);
    EXPECT_TRUE(page.trendChart()->isLineVisible(TrendChart::Line::Severity));
}

/// The program's font (Theme::applyBaseFont, its smallest size) while it lives.
class ProgramFont
{
public:
    ProgramFont()
        : m_usual(QApplication::font())
    {
        QFont base = m_usual;
        base.setPointSizeF(Theme::kMinimumPointSize);
        QApplication::setFont(base);
    }
    ~ProgramFont() { QApplication::setFont(m_usual); }
    ProgramFont(const ProgramFont&) = delete;
    ProgramFont& operator=(const ProgramFont&) = delete;

private:
    QFont m_usual;
};

/// The texts in @p view that Qt Charts cut short for want of room ("…"): axis labels and
/// titles, legend entries.
QStringList cutTexts(QChartView* view)
{
    QStringList cut;
    for (const QGraphicsItem* item : view->scene()->items()) {
        const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
        if (text && text->isVisible()
            && (text->toPlainText().contains(QStringLiteral("..."))
                || text->toPlainText().contains(QChar(0x2026))))
            cut << text->toPlainText();
    }
    return cut;
}

TEST_F(ChartsPageTest, HeadingsAndDatesAreWholeInASmallWindow)
{
    // 720 × 540: the window Stilla opens at on an 800 × 600 screen.
    for (int ago = 0; ago < 365; ago += 3)
        logDay(ago, ago % 7, ago % 2 ? 300 : 0, 120);
    // In the program's font, and in Swedish, whose headings are longer.
    const ProgramFont font;
    ChartsPage& page = charts();
    m_window->resize(720, 540);
    m_window->setLanguage(QStringLiteral("sv"));
    for (const auto range : {ChartsPage::Range::Month, ChartsPage::Range::Year}) {
        page.setRange(range);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        TrendChart* chart = page.trendChart();
        if (qEnvironmentVariableIsSet("STILLA_TEST_GRAB"))
            page.currentChartView()->grab().save(
                qEnvironmentVariable("STILLA_TEST_GRAB") + QString::number(int(range)) + ".png");
        for (QChart* each : chart->panels()) {
            auto* panel = static_cast<TrendPanel*>(each);
            const QRectF heading = panel->headingRect();
            const QRectF plot = panel->plotArea();
            SCOPED_TRACE(panel->headingText().toStdString());
            // Whole: broken into lines rather than cut at the chart's edge, and above the plot.
            EXPECT_FALSE(panel->headingText().contains(QChar(0x2026)));
            EXPECT_LE(heading.right(), panel->size().width());
            EXPECT_LE(heading.bottom(), plot.top());
            EXPECT_GE(heading.top(), 0);
        }
        EXPECT_EQ(cutTexts(page.currentChartView()), QStringList());
        // The dates: each label narrower than the room between two of them.
        auto* dates = qobject_cast<QCategoryAxis*>(
            chart->panel(TrendChart::Panel::Magnesium)->axes(Qt::Horizontal).value(0));
        ASSERT_TRUE(dates);
        const QStringList labels = dates->categoriesLabels();
        ASSERT_GE(labels.size(), 2);
        const QRectF plot = chart->panel(TrendChart::Panel::Magnesium)->plotArea();
        const qreal room = plot.width() * (dates->endValue(labels[1]) - dates->endValue(labels[0]))
            / (dates->max() - dates->min());
        const QFontMetricsF metrics(dates->labelsFont());
        for (const QString& label : labels)
            EXPECT_LT(metrics.horizontalAdvance(label), room) << label.toStdString();
    }
}

TEST_F(ChartsPageTest, TheRelationshipAndComparisonChartsAreWholeInASmallWindow)
{
    for (int ago = 0; ago < 90; ++ago)
        logDay(ago, ago % 7, ago % 2 ? 300 : 0, 120);
    const ProgramFont font;
    ChartsPage& page = charts();
    m_window->resize(720, 540);
    m_window->setLanguage(QStringLiteral("sv"));
    page.setRange(ChartsPage::Range::ThreeMonths);
    auto* outcome = page.findChild<QComboBox*>(QStringLiteral("outcomeComboBox"));
    auto* lag = page.findChild<QSpinBox*>(QStringLiteral("lagSpinBox"));
    ASSERT_TRUE(outcome && lag);
    page.showView(ChartsPage::View::Relationship);
    for (int each = 0; each < outcome->count(); ++each) {
        for (int days : {0, 2}) {
            outcome->setCurrentIndex(each);
            lag->setValue(days);
            // Laid out, drawn, and the old axes deleted.
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents();
            SCOPED_TRACE(outcome->currentText().toStdString() + ", " + std::to_string(days));
            if (qEnvironmentVariableIsSet("STILLA_TEST_GRAB"))
                page.currentChartView()->grab().save(qEnvironmentVariable("STILLA_TEST_GRAB")
                    + QStringLiteral("rel%1%2.png").arg(each).arg(days));
            EXPECT_EQ(cutTexts(page.currentChartView()), QStringList());
        }
    }
    // Narrow, the legend names the dots in short; the summary under the chart says what a dot
    // pairs. Wide, the legend says it too.
    const auto dotsName = [&] {
        for (QAbstractSeries* series : page.currentChartView()->chart()->series()) {
            if (auto* xy = qobject_cast<QXYSeries*>(series); xy && xy->pointsVisible())
                return series->name();
        }
        return QString();
    };
    EXPECT_EQ(dotsName(), QStringLiteral("En dag"));
    EXPECT_TRUE(page.relationshipSummary().contains(QStringLiteral("2 dagar senare")))
        << page.relationshipSummary().toStdString();
    m_window->resize(1366, 768);
    QCoreApplication::processEvents();
    EXPECT_TRUE(
        dotsName().startsWith(QStringLiteral("En dag (magnesium, sedan den totala sömntiden")))
        << dotsName().toStdString();
    EXPECT_EQ(cutTexts(page.currentChartView()), QStringList());

    page.showView(ChartsPage::View::Comparison);
    QCoreApplication::processEvents();
    EXPECT_EQ(cutTexts(page.currentChartView()), QStringList());
}

/// The relationship chart over the last two weeks, in a wide window; its view.
QChartView* showRelationship(ChartsPage& page)
{
    page.window()->resize(1366, 768);
    page.setRange(ChartsPage::Range::TwoWeeks);
    page.showView(ChartsPage::View::Relationship);
    QCoreApplication::processEvents();
    return page.findChild<QChartView*>(QStringLiteral("relationshipChartView"));
}

TEST_F(ChartsPageTest, TheMouseOverARelationshipDotNamesItsDaysAndValues)
{
    // Two days with the same values (one dot over the other) and one apart.
    logDay(1, 6, 300); // Mon 23 Nov 2026
    logDay(2, 6, 300);
    logDay(3, 2, 150);
    QChartView* view = showRelationship(charts());
    ASSERT_NE(view, nullptr);
    auto* chart = static_cast<RelationshipChart*>(view->chart());
    QAbstractSeries* dots = nullptr;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(series); xy && xy->pointsVisible())
            dots = series;
    }
    ASSERT_NE(dots, nullptr);
    // The mouse moved over the view, as the window system sends it.
    const auto moveTo = [&](double mg, double severity, QPoint offset = {}) {
        const QPoint at = offset
            + view->mapFromScene(chart->mapToScene(chart->mapToPosition({mg, severity}, dots)));
        QMouseEvent move(QEvent::MouseMove, at, view->viewport()->mapToGlobal(at), Qt::NoButton,
            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QCoreApplication::processEvents();
    };
    moveTo(150, 2, QPoint(2, 1));
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(),
        QStringLiteral("Sat 21 Nov 2026: 150\u00A0mg of magnesium, food and supplements\n"
                       "RLS severity 2 on Sat 21 Nov 2026"));
    moveTo(300, 6);
    EXPECT_TRUE(QToolTip::text().endsWith(QStringLiteral("\n1 more day at this spot")))
        << QToolTip::text().toStdString();
    // Away from every dot: no tooltip.
    moveTo(225, 4);
    WAIT_UNTIL(!QToolTip::isVisible()); // Qt hides a tooltip after a moment
}

TEST_F(ChartsPageTest, ADotAtTheEndOfAScaleShowsWhole)
{
    // A day without symptoms (severity 0) and a day at its worst (10): their dots sat on the
    // plot's edge, cut in half, a row of half dots along the bottom on good days.
    logDay(1, 0, 300);
    logDay(2, 10, 150);
    QChartView* view = showRelationship(charts());
    ASSERT_NE(view, nullptr);
    auto* chart = static_cast<RelationshipChart*>(view->chart());
    ASSERT_EQ(chart->pointCount(), 2);
    const QRectF plot = chart->plotArea();
    for (int i = 0; i < 2; ++i) {
        const QPointF dot = chart->pointPosition(i);
        const QRectF whole(dot - QPointF(3, 3), QSizeF(6, 6)); // the dots' marker size
        EXPECT_TRUE(plot.contains(whole)) << "dot " << i << " at " << dot.x() << "," << dot.y()
                                          << " in " << plot.top() << ".." << plot.bottom();
    }
    // The scale still reads 0 to 10, with its grid on the round values.
    const auto* severity = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
    ASSERT_NE(severity, nullptr);
    EXPECT_EQ(severity->tickAnchor(), 0);
    EXPECT_EQ(severity->tickInterval(), 2);
}

TEST_F(ChartsPageTest, TheKeyboardStepsThroughTheRelationshipDotsFromLeftToRight)
{
    logDay(1, 6, 300); // two days on one spot
    logDay(2, 6, 300);
    logDay(3, 2, 150);
    logDay(4, 4, 220);
    ChartsPage& page = charts();
    QChartView* view = showRelationship(page);
    auto* pointer = page.findChild<ChartPointer*>(QStringLiteral("relationshipPointer"));
    ASSERT_TRUE(view && pointer);
    auto* chart = static_cast<RelationshipChart*>(view->chart());
    ASSERT_EQ(chart->pointCount(), 4);
    view->setFocus();

    QTest::keyClick(view, Qt::Key_Home); // the least magnesium
    EXPECT_EQ(pointer->current(), 0);
    EXPECT_TRUE(pointer->currentText().startsWith(QStringLiteral("Sat 21 Nov 2026: 150\u00A0mg")))
        << pointer->currentText().toStdString();
    QCoreApplication::processEvents();
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), pointer->currentText());
    EXPECT_EQ(view->accessibleDescription(), pointer->currentText());
    // The ring is drawn around that dot, where the mouse would name it.
    const QPointF dot = chart->pointPosition(0);
    EXPECT_TRUE(chart->pointMarker(0).boundingRect().contains(dot));
    EXPECT_EQ(chart->describeDotAt(dot), pointer->currentText());

    QTest::keyClick(view, Qt::Key_Right);
    EXPECT_TRUE(pointer->currentText().contains(QStringLiteral("220\u00A0mg")));
    // The two days on one spot are reached one by one, each saying the other is there.
    QTest::keyClick(view, Qt::Key_Right);
    const QString first = pointer->currentText();
    QTest::keyClick(view, Qt::Key_Right);
    const QString second = pointer->currentText();
    EXPECT_NE(first, second);
    for (const QString& text : {first, second}) {
        EXPECT_TRUE(text.contains(QStringLiteral("300\u00A0mg"))) << text.toStdString();
        EXPECT_TRUE(text.endsWith(QStringLiteral("\n1 more day at this spot")))
            << text.toStdString();
    }
    QTest::keyClick(view, Qt::Key_Right); // stays on the last
    EXPECT_EQ(pointer->current(), 3);

    // Escape clears it, and the chart's description is its summary again.
    QTest::keyClick(view, Qt::Key_Escape);
    EXPECT_EQ(pointer->current(), -1);
    EXPECT_EQ(view->accessibleDescription(), page.relationshipSummary());
    // Another delay rebuilds the chart: no dot is current.
    QTest::keyClick(view, Qt::Key_End);
    EXPECT_EQ(pointer->current(), 3);
    page.findChild<QSpinBox*>(QStringLiteral("lagSpinBox"))->setValue(1);
    QCoreApplication::processEvents();
    EXPECT_EQ(pointer->current(), -1);
}

} // namespace
} // namespace stilla
