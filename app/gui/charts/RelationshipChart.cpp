#include "RelationshipChart.h"

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace stilla {

RelationshipChart::RelationshipChart(QGraphicsItem* parent)
    : ChartBase(QStringLiteral("relationshipChart"), parent)
{ }

void RelationshipChart::setData(const std::vector<std::pair<double, double>>& pairs,
    const Statistics::Relationship& relationship)
{
    clearChart();
    m_dots = nullptr;
    const Statistics::Outcome outcome = relationship.outcome;
    const bool severity = outcome == Statistics::Outcome::Severity;
    const bool totalSleep = outcome == Statistics::Outcome::TotalSleep;
    // Total sleep is paired in minutes and drawn in hours.
    const double yScale = totalSleep ? 1.0 / 60.0 : 1.0;

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
    for (const auto& [x, y] : pairs) {
        dots->append(x, y * yScale);
        maxX = std::max(maxX, x);
        maxY = std::max(maxY, y * yScale);
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
    auto* yAxis = new QValueAxis;
    if (totalSleep) {
        yAxis->setTitleText(tr("Total sleep (hours)"));
        yAxis->setRange(0, std::ceil(maxY / 2) * 2);
        yAxis->setTickCount(int(std::ceil(maxY / 2)) + 1);
    } else {
        yAxis->setTitleText(severity ? tr("Severity (0–10)") : tr("Sleep quality (1–5)"));
        yAxis->setRange(severity ? 0 : 1, severity ? 10 : 5);
        yAxis->setTickCount(severity ? 6 : 5);
    }
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    dots->attachAxis(xAxis);
    dots->attachAxis(yAxis);

    if (relationship.slope && relationship.intercept)
        addFitLine(*relationship.intercept, *relationship.slope, yScale, xAxis, yAxis);
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

void RelationshipChart::addFitLine(
    double intercept, double slope, double yScale, QValueAxis* xAxis, QValueAxis* yAxis)
{
    auto* line = new QLineSeries;
    line->setName(tr("Straight-line fit"));
    QPen pen(QColor(0xc0, 0x50, 0x4d));
    pen.setWidthF(2);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    const double x0 = xAxis->min();
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

} // namespace stilla
