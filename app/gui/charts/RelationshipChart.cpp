#include "RelationshipChart.h"

#include "core/stats/StatisticsText.h"

#include <QChartView>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stilla {

namespace {

/// How far from a dot the mouse names it, in pixels; dots closer than kSameSpot to each other
/// are drawn on one spot; the current dot's ring.
constexpr qreal kReach = 8;
constexpr qreal kSameSpot = 1.5;
constexpr qreal kRingRadius = 7;

/// Shows @p low to @p high on @p axis, its grid and labels on the round values from @p low in
/// steps of @p step, with a little room beyond both ends so that a dot on an end shows whole:
/// days without symptoms (severity 0) were half dots cut off by the plot's edge.
void fitWholeDots(QValueAxis* axis, double low, double high, double step)
{
    const double room = (high - low) * 0.03;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(low);
    axis->setTickInterval(step);
    axis->setRange(low - room, high + room);
}

} // namespace

RelationshipChart::RelationshipChart(QGraphicsItem* parent)
    : ChartBase(QStringLiteral("relationshipChart"), parent)
{
    connect(this, &QChart::plotAreaChanged, this, &ChartBase::pointsMoved);
}

void RelationshipChart::setData(
    const std::vector<Statistics::DatedPair>& pairs, const Statistics::Relationship& relationship)
{
    clearChart();
    m_dots = nullptr;
    m_pairs = pairs;
    m_order.resize(pairs.size());
    std::iota(m_order.begin(), m_order.end(), std::size_t(0));
    std::stable_sort(m_order.begin(), m_order.end(), [&](std::size_t a, std::size_t b) {
        return std::pair(pairs[a].magnesium, pairs[a].outcome)
            < std::pair(pairs[b].magnesium, pairs[b].outcome);
    });
    m_hovered = -1;
    m_relationship = relationship;
    const Statistics::Outcome outcome = relationship.outcome;
    const bool severity = outcome == Statistics::Outcome::Severity;
    const bool totalSleep = outcome == Statistics::Outcome::TotalSleep;
    // Total sleep is paired in minutes and drawn in hours.
    const double yScale = totalSleep ? 1.0 / 60.0 : 1.0;
    m_yScale = yScale;

    // The dots are the points of a line series without its line: a QScatterSeries makes one
    // graphics item per dot, which takes 90 ms for ten years of days; this draws them in one
    // item (18 ms, tests/bench/trend_chart_bench).
    auto* dots = new QLineSeries;
    dots->setPointsVisible(true);
    dots->setName(dotsName(relationship));
    dots->setMarkerSize(6);
    dots->setPen(Qt::NoPen);
    double maxX = 100;
    double maxY = 10;
    for (const Statistics::DatedPair& pair : pairs) {
        dots->append(pair.magnesium, pair.outcome * yScale);
        maxX = std::max(maxX, pair.magnesium);
        maxY = std::max(maxY, pair.outcome * yScale);
    }
    addSeries(dots);
    m_dots = dots;
    // The legend shows a dot, as for a scatter series, not the (invisible) line.
    if (const auto markers = legend()->markers(dots); !markers.isEmpty())
        markers.front()->setShape(QLegend::MarkerShapeCircle);
    colourDots();

    auto* xAxis = new QValueAxis;
    xAxis->setTitleText(tr("Magnesium that day, food and supplements (mg)"));
    xAxis->setRange(0, std::ceil(maxX * 1.1 / 50) * 50);
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->applyNiceNumbers();
    fitWholeDots(xAxis, xAxis->min(), xAxis->max(),
        (xAxis->max() - xAxis->min()) / std::max(1, xAxis->tickCount() - 1));
    auto* yAxis = new QValueAxis;
    if (totalSleep) {
        yAxis->setTitleText(tr("Total sleep (hours)"));
        fitWholeDots(yAxis, 0, std::ceil(maxY / 2) * 2, 2);
    } else {
        yAxis->setTitleText(severity ? tr("Severity (0–10)") : tr("Sleep quality (1–5)"));
        fitWholeDots(yAxis, severity ? 0 : 1, severity ? 10 : 5, severity ? 2 : 1);
    }
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    dots->attachAxis(xAxis);
    dots->attachAxis(yAxis);

    m_xAxis = xAxis;
    m_yAxis = yAxis;

    if (relationship.slope && relationship.intercept)
        addFitLine(*relationship.intercept, *relationship.slope, yScale, xAxis, yAxis);
    nameDots();
    emit rebuilt();
}

QString RelationshipChart::dotsName(const Statistics::Relationship& relationship)
{
    const Statistics::Outcome outcome = relationship.outcome;
    // A night is logged on the morning it ended: the night after a day's magnesium is on the
    // next day (Statistics::outcomeDate), and the legend says which night a dot uses.
    if (outcome == Statistics::Outcome::Severity)
        return relationship.lagDays == 0 ? tr("One day (magnesium and severity the same day)")
                                         : tr("One day (magnesium, then severity %Ln day(s) later)",
                                             nullptr, relationship.lagDays);
    if (outcome == Statistics::Outcome::TotalSleep)
        return relationship.lagDays == 0
            ? tr("One day (magnesium, then total sleep of the night that followed)")
            : tr("One day (magnesium, then total sleep of the night that began %Ln day(s) "
                 "later)",
                nullptr, relationship.lagDays);
    return relationship.lagDays == 0
        ? tr("One day (magnesium, then sleep quality of the night that followed)")
        : tr("One day (magnesium, then sleep quality of the night that began %Ln day(s) "
             "later)",
            nullptr, relationship.lagDays);
}

void RelationshipChart::nameDots()
{
    if (!m_dots)
        return;
    const QString full = dotsName(m_relationship);
    // What the legend's line holds besides the name: a marker and the spacing around it for
    // each series (about three times the font's height) and the other names.
    const QFontMetricsF metrics(legend()->font());
    qreal needed = metrics.horizontalAdvance(full);
    for (QAbstractSeries* series : series()) {
        needed += 3 * metrics.height();
        if (series != m_dots)
            needed += metrics.horizontalAdvance(series->name());
    }
    const QString name = needed <= size().width() ? full : tr("One day");
    if (m_dots->name() != name)
        m_dots->setName(name);
}

void RelationshipChart::resizeEvent(QGraphicsSceneResizeEvent* event)
{
    ChartBase::resizeEvent(event);
    nameDots();
}

void RelationshipChart::addFitLine(
    double intercept, double slope, double yScale, QValueAxis* xAxis, QValueAxis* yAxis)
{
    auto* line = new QLineSeries;
    line->setName(tr("Straight-line fit"));
    QPen pen(QColor(0xc0, 0x50, 0x4d));
    pen.setWidthF(2);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    // From the first value on the axis (0 mg), not from the room left before it.
    const double x0 = xAxis->tickAnchor();
    const double x1 = xAxis->max();
    line->append(x0, (intercept + slope * x0) * yScale);
    line->append(x1, (intercept + slope * x1) * yScale);
    addSeries(line);
    line->attachAxis(xAxis);
    line->attachAxis(yAxis);
}

QColor RelationshipChart::dotColour() const
{
    // Lighter on a dark background, where the light appearance's blue sank into the grey.
    const bool dark = chartPalette().color(QPalette::Base).lightness() < 128;
    QColor colour = dark ? QColor(0x7f, 0xb8, 0xe0) : QColor(0x3a, 0x7c, 0xa5);
    colour.setAlpha(dark ? 210 : 170);
    return colour;
}

void RelationshipChart::followPalette(const QPalette& palette)
{
    ChartBase::followPalette(palette);
    colourDots();
}

void RelationshipChart::colourDots()
{
    if (!m_dots)
        return;
    const QColor colour = dotColour();
    m_dots->setColor(colour);
    if (const auto markers = legend()->markers(m_dots); !markers.isEmpty()) {
        markers.front()->setBrush(colour);
        markers.front()->setPen(QPen(colour));
    }
}

QPointF RelationshipChart::positionOf(const Statistics::DatedPair& pair) const
{
    if (!m_xAxis || !m_yAxis || m_xAxis->max() <= m_xAxis->min()
        || m_yAxis->max() <= m_yAxis->min())
        return {};
    const QRectF plot = plotArea();
    const double x = (pair.magnesium - m_xAxis->min()) / (m_xAxis->max() - m_xAxis->min());
    const double y = (pair.outcome * m_yScale - m_yAxis->min()) / (m_yAxis->max() - m_yAxis->min());
    return {plot.left() + x * plot.width(), plot.bottom() - y * plot.height()};
}

QPointF RelationshipChart::pointPosition(int index) const
{
    if (index < 0 || index >= pointCount())
        return {};
    return positionOf(m_pairs[m_order[std::size_t(index)]]);
}

QPainterPath RelationshipChart::pointMarker(int index) const
{
    QPainterPath ring;
    if (index >= 0 && index < pointCount())
        ring.addEllipse(pointPosition(index), kRingRadius, kRingRadius);
    return ring;
}

QPen RelationshipChart::pointMarkerPen() const
{
    // Solid and wider than the trend's line: a thin dashed ring is lost among the dots.
    QPen pen(chartPalette().color(QPalette::Text));
    pen.setWidthF(2.0);
    return pen;
}

int RelationshipChart::pointAt(const QPointF& position) const
{
    if (!m_dots || !plotArea().adjusted(-kReach, -kReach, kReach, kReach).contains(position))
        return -1;
    int nearest = -1;
    qreal nearestDistance = kReach;
    for (int index = 0; index < pointCount(); ++index) {
        const qreal distance = QLineF(pointPosition(index), position).length();
        if (distance <= nearestDistance) {
            nearestDistance = distance;
            nearest = index;
        }
    }
    return nearest;
}

QString RelationshipChart::describePoint(int index) const
{
    if (index < 0 || index >= pointCount())
        return {};
    const Statistics::DatedPair& pair = m_pairs[m_order[std::size_t(index)]];
    // The other days drawn on the same spot, which the mouse cannot reach one by one.
    const QPointF at = positionOf(pair);
    const auto sameSpot
        = std::count_if(m_pairs.begin(), m_pairs.end(), [&](const Statistics::DatedPair& other) {
              return QLineF(positionOf(other), at).length() <= kSameSpot;
          });
    return StatisticsText::pair(
        pair, m_relationship.lagDays, m_relationship.outcome, int(sameSpot) - 1);
}

void RelationshipChart::followMouse(QChartView* view)
{
    m_view = view;
    m_viewport = view->viewport();
    m_viewport->setMouseTracking(true);
    m_viewport->installEventFilter(this);
}

bool RelationshipChart::eventFilter(QObject* watched, QEvent* event)
{
    // The view's viewport, not the chart's hover events: over a dot, the dots' own item takes
    // the hover and the chart hears nothing. (Compared with the pointer kept, not asked of the
    // view: the viewport still sends events while the view around it is being destroyed.)
    if (m_viewport && watched == m_viewport) {
        int hovered = -1;
        if (event->type() == QEvent::MouseMove && m_view) {
            const auto* move = static_cast<QMouseEvent*>(event);
            hovered = pointAt(mapFromScene(m_view->mapToScene(move->position().toPoint())));
        }
        if (event->type() == QEvent::MouseMove || event->type() == QEvent::Leave) {
            // Each move over a dot, so that its tooltip follows the mouse.
            if (hovered >= 0)
                emit pointHovered(hovered, true);
            else if (m_hovered >= 0)
                emit pointHovered(m_hovered, false);
            m_hovered = hovered;
        }
    }
    return ChartBase::eventFilter(watched, event);
}

} // namespace stilla
