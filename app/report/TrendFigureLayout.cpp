#include "TrendFigureLayout.h"

#include <QFontMetricsF>

#include <cmath>

namespace stilla {

TrendFigureLayout TrendFigureLayout::of(const QRectF& area, const QFontMetricsF& metrics, qreal pt,
    const TrendBuckets& buckets, double maximumMg, qreal scaleLabelWidth)
{
    const qreal lineHeight = metrics.height();
    const qreal left = scaleLabelWidth + 6 * pt;
    const qreal panelTitle = lineHeight * 1.4;
    const qreal marks = lineHeight * 0.8;
    const qreal top = area.top() + lineHeight * 0.4;
    const qreal bottom = area.bottom() - lineHeight * 1.6;
    const qreal gap = lineHeight * 0.5;
    // Room for the three titles, the safety marks over severity and the gaps.
    const qreal available = bottom - top - 3 * panelTitle - marks - 2 * gap;
    TrendFigureLayout layout;
    TrendFigurePlot& plot = layout.plot;
    plot.left = area.left() + left;
    plot.width = area.width() - left - 2 * pt;
    plot.bottom = bottom;
    plot.buckets = int(buckets.buckets.size());
    plot.daysPerBucket = buckets.daysPerBucket;
    if (!buckets.buckets.empty())
        plot.origin = buckets.origin;

    TrendFigurePanel& severity = layout.severity;
    severity.titleGap = marks;
    severity.rect = QRectF(plot.left, top + panelTitle + marks, plot.width, available * 0.36);
    severity.high = 10;
    severity.steps = {0, 5, 10};
    TrendFigurePanel& sleep = layout.sleep;
    sleep.rect = QRectF(
        plot.left, severity.rect.bottom() + gap + panelTitle, plot.width, available * 0.24);
    sleep.low = 1;
    sleep.high = 5;
    sleep.steps = {1, 3, 5};
    TrendFigurePanel& magnesium = layout.magnesium;
    magnesium.rect = QRectF(plot.left, sleep.rect.bottom() + gap + panelTitle, plot.width,
        bottom - sleep.rect.bottom() - gap - panelTitle);
    magnesium.high = maximumMg;
    magnesium.steps = {0, maximumMg / 2, maximumMg};
    return layout;
}

double TrendFigureLayout::niceMaximum(double value)
{
    if (value <= 0)
        return 100;
    const double step = value / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    for (double nice : {1.0, 1.5, 2.0, 2.5, 5.0, 10.0}) {
        if (step <= nice * magnitude)
            return 4 * nice * magnitude;
    }
    return 40 * magnitude;
}

} // namespace stilla
