#include "TrendPanel.h"

#include <QAbstractSeries>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QValueAxis>

#include <cmath>

namespace stilla {

namespace {

constexpr qreal kGap = 4; // around the heading and the plot area

} // namespace

TrendPanel::TrendPanel(const QString& objectName, QGraphicsItem* parent)
    : ChartBase(objectName, parent)
    , m_heading(new QGraphicsSimpleTextItem(this))
{
    legend()->setVisible(false);
    // The stack's background is the trend chart's; a panel draws only its axes and series.
    setBackgroundVisible(false);
    m_heading->setZValue(10);
    followPalette(chartPalette());
    connect(this, &QChart::plotAreaChanged, this, &TrendPanel::laidOut);
}

void TrendPanel::start(int count, const QString& heading, bool showDates)
{
    clearChart();
    m_count = count;
    m_showDates = showDates;
    m_heading->setFont(font());
    m_heading->setText(heading);
    // Every panel has the same date axis; only the bottom one shows it.
    auto* dates = new QCategoryAxis;
    dates->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    dates->setGridLineVisible(false);
    dates->setVisible(showDates);
    m_x = dates;
    m_x->setRange(-0.5, std::max(count, 1) - 0.5);
    addAxis(m_x, Qt::AlignBottom);
}

void TrendPanel::addDateLabel(const QString& label, int index)
{
    if (auto* dates = qobject_cast<QCategoryAxis*>(m_x))
        dates->append(label, index);
}

void TrendPanel::setDatesTitle(const QString& title)
{
    m_x->setTitleText(title);
    m_x->setTitleVisible(!title.isEmpty());
}

QValueAxis* TrendPanel::addValueAxis(
    double min, double max, int ticks, const QString& format, Qt::Alignment alignment, bool grid)
{
    auto* axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setTickCount(ticks);
    axis->setLabelFormat(format);
    axis->setGridLineVisible(grid);
    // Numbers are never cut: each panel gets the room its labels need.
    axis->setTruncateLabels(false);
    addAxis(axis, alignment);
    return axis;
}

void TrendPanel::addOnAxes(QAbstractSeries* series, QAbstractAxis* y, QAbstractAxis* x)
{
    addSeries(series);
    series->attachAxis(x ? x : m_x);
    series->attachAxis(y);
}

qreal TrendPanel::datesHeight() const
{
    if (!m_showDates)
        return 0;
    const QFontMetricsF metrics(m_x->labelsFont());
    const bool titled = m_x->isTitleVisible() && !m_x->titleText().isEmpty();
    return std::ceil(metrics.height() * (titled ? 2.4 : 1.2) + 2 * kGap);
}

void TrendPanel::place(const QRectF& geometry, qreal left, qreal right)
{
    setGeometry(geometry);
    // Room above the plot area for the heading; at the sides what the axes leave of the room
    // asked for, as they took it last time (laidOut() checks).
    const int heading = int(std::ceil(QFontMetricsF(font()).height() + kGap));
    setMargins(QMargins(int(std::lround(std::max(0.0, left - m_axesLeft))), heading,
        int(std::lround(std::max(0.0, right - m_axesRight))), int(kGap)));
}

void TrendPanel::laidOut()
{
    // The plot area is the margins plus what the axes take: when new labels take more or less,
    // say so, and TrendChart places the panels again (one more layout, on the next pass).
    const QRectF area = plotArea();
    const qreal axesLeft = area.left() - margins().left();
    const qreal axesRight = size().width() - area.right() - margins().right();
    const bool changed
        = std::abs(axesLeft - m_axesLeft) > 0.5 || std::abs(axesRight - m_axesRight) > 0.5;
    m_axesLeft = axesLeft;
    m_axesRight = axesRight;
    placeHeading();
    if (changed)
        emit axesResized();
}

void TrendPanel::placeHeading()
{
    const QRectF area = plotArea();
    m_heading->setPos(area.left(), area.top() - kGap - m_heading->boundingRect().height());
}

void TrendPanel::followPalette(const QPalette& palette)
{
    ChartBase::followPalette(palette);
    setBackgroundVisible(false);
    if (m_heading)
        m_heading->setBrush(palette.color(QPalette::Text));
}

} // namespace stilla
