#include "TrendPanel.h"

#include <QAbstractSeries>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
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
    m_headingText = heading;
    m_heading->setText(heading);
    m_heading->setToolTip({});
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

namespace {

/// The runs of consecutive points that have a value, as [first, end) index pairs.
template<typename Value>
std::vector<std::pair<std::size_t, std::size_t>> runsOf(
    const std::vector<std::optional<Value>>& values)
{
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    std::size_t i = 0;
    while (i < values.size()) {
        if (!values[i]) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < values.size() && values[end])
            ++end;
        runs.emplace_back(i, end);
        i = end;
    }
    return runs;
}

} // namespace

std::vector<QXYSeries*> TrendPanel::addRuns(const std::vector<std::optional<double>>& values,
    QValueAxis* axis, const QColor& colour, const QString& name, Qt::PenStyle style)
{
    std::vector<QXYSeries*> parts;
    for (const auto& [first, end] : runsOf(values)) {
        QXYSeries* part = nullptr;
        if (end - first == 1) {
            auto* dot = new QScatterSeries;
            dot->setMarkerSize(7);
            dot->setBorderColor(colour);
            part = dot;
        } else {
            auto* segment = new QLineSeries;
            QPen pen(colour);
            pen.setWidthF(2.2);
            pen.setStyle(style);
            segment->setPen(pen);
            part = segment;
        }
        part->setColor(colour);
        part->setName(name);
        for (std::size_t j = first; j < end; ++j)
            part->append(double(j), *values[j]);
        addOnAxes(part, axis);
        parts.push_back(part);
    }
    return parts;
}

std::vector<QAreaSeries*> TrendPanel::addBands(
    const std::vector<std::optional<std::pair<double, double>>>& spreads, QValueAxis* axis,
    const QColor& colour, const QString& name, const char* objectName)
{
    std::vector<QAreaSeries*> bands;
    for (const auto& [first, end] : runsOf(spreads)) {
        auto* band = new QAreaSeries;
        auto* upper = new QLineSeries(band);
        auto* lower = new QLineSeries(band);
        for (std::size_t j = first; j < end; ++j) {
            // A lone point gets a band as wide as a bar, so that it shows at all.
            const bool lone = end - first == 1;
            const double left = lone ? double(j) - 0.3 : double(j);
            const double right = lone ? double(j) + 0.3 : double(j);
            const auto& [low, high] = *spreads[j];
            upper->append(left, high);
            lower->append(left, low);
            if (right != left) {
                upper->append(right, high);
                lower->append(right, low);
            }
        }
        band->setUpperSeries(upper);
        band->setLowerSeries(lower);
        band->setName(name);
        band->setObjectName(QLatin1String(objectName));
        band->setColor(colour);
        band->setPen(Qt::NoPen);
        addOnAxes(band, axis);
        bands.push_back(band);
    }
    return bands;
}

QLineSeries* TrendPanel::addLevel(double value, QValueAxis* axis, const QColor& colour,
    Qt::PenStyle style, const QString& name, const char* objectName)
{
    auto* series = new QLineSeries;
    series->setName(name);
    series->setObjectName(QLatin1String(objectName));
    QPen pen(colour);
    pen.setWidthF(1.6);
    pen.setStyle(style);
    series->setPen(pen);
    series->append({{-0.5, value}, {std::max(m_count, 1) - 0.5, value}});
    addOnAxes(series, axis);
    return series;
}

QAreaSeries* TrendPanel::addShading(const std::vector<std::pair<double, double>>& spans,
    QValueAxis* axis, const QColor& colour, const QString& name, const char* objectName)
{
    auto* area = new QAreaSeries;
    auto* upper = new QLineSeries(area);
    auto* lower = new QLineSeries(area);
    // One series: each span rises to the top and falls back to the bottom.
    for (const auto& [from, to] : spans) {
        upper->append(
            {{from, axis->min()}, {from, axis->max()}, {to, axis->max()}, {to, axis->min()}});
    }
    if (!spans.empty())
        lower->append({{spans.front().first, axis->min()}, {spans.back().second, axis->min()}});
    area->setUpperSeries(upper);
    area->setLowerSeries(lower);
    area->setName(name);
    area->setObjectName(QLatin1String(objectName));
    area->setColor(colour);
    QColor edge = colour;
    edge.setAlpha(0x90);
    area->setPen(QPen(edge, 1));
    addOnAxes(area, axis);
    return area;
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
    return std::ceil(metrics.height() * (titled ? 3.0 : 1.2) + 2 * kGap);
}

QString TrendPanel::wrapHeading(const QString& text, const QFontMetricsF& metrics, qreal width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    // The most words that fit on the first line; the rest on the second.
    const QStringList words = text.split(u' ');
    QString first = words.front();
    qsizetype used = 1;
    while (used < words.size()) {
        const QString longer = first + u' ' + words[used];
        if (metrics.horizontalAdvance(longer) > width)
            break;
        first = longer;
        ++used;
    }
    if (used == words.size())
        return first;
    const QString rest = words.mid(used).join(u' ');
    return first + u'\n' + metrics.elidedText(rest, Qt::ElideRight, width);
}

qreal TrendPanel::headingHeight(qreal width, qreal left) const
{
    const QFontMetricsF metrics(font());
    return heightOf(wrapHeading(m_headingText, metrics, width - left - kGap), metrics);
}

qreal TrendPanel::heightOf(const QString& drawn, const QFontMetricsF& metrics)
{
    return metrics.height() * qreal(drawn.count(u'\n') + 1) + kGap;
}

QString TrendPanel::headingText() const
{
    return m_heading->text();
}

QRectF TrendPanel::headingRect() const
{
    return m_heading->mapRectToParent(m_heading->boundingRect());
}

void TrendPanel::place(const QRectF& geometry, qreal left, qreal right)
{
    setGeometry(geometry);
    // The heading in one line, or two in a narrow window (the whole text on hover if even two
    // are too few).
    const QFontMetricsF metrics(font());
    const QString drawn = wrapHeading(m_headingText, metrics, geometry.width() - left - kGap);
    m_heading->setText(drawn);
    m_heading->setToolTip(drawn.contains(QChar(0x2026)) ? m_headingText : QString());
    // Room above the plot area for the heading; at the sides what the axes leave of the room
    // asked for, as they took it last time (laidOut() checks).
    const int heading = int(std::ceil(heightOf(drawn, metrics)));
    setMargins(QMargins(int(std::lround(std::max(0.0, left - m_axesLeft))), heading,
        int(std::lround(std::max(0.0, right - m_axesRight))), int(kGap)));
    // Over the plot area as it is; again when the new margins move it (laidOut()).
    placeHeading();
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
