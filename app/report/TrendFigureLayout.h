#pragma once

#include "core/stats/TrendBuckets.h"

#include <QDate>
#include <QRectF>
#include <QString>

#include <algorithm>
#include <vector>

class QFontMetricsF;

namespace stilla {

/// The trend figure's shared date axis: one slot per bucket.
struct TrendFigurePlot
{
    qreal left = 0;
    qreal width = 0;
    qreal bottom = 0; ///< the lowest panel's bottom, where the dates go
    int buckets = 0;

    int daysPerBucket = 1;
    /// Where the first bucket's week or four weeks begins (TrendBuckets::origin).
    QDate origin;

    qreal slot() const { return width / std::max(buckets, 1); }
    qreal x(int bucket) const { return left + (bucket + 0.5) * slot(); }
    /// Where day @p date begins on the axis (a bucket's days share its slot evenly).
    qreal xOfDay(const QDate& date) const
    {
        return left + double(origin.daysTo(date)) / daysPerBucket * slot();
    }
};

/// One of the trend figure's panels: its area, its scale and the steps labelled on it.
struct TrendFigurePanel
{
    QRectF rect;
    QString title;
    qreal titleGap = 0; ///< room between the title and the panel (the safety marks)
    double low = 0;
    double high = 1;
    std::vector<double> steps;

    qreal y(double value) const
    {
        return rect.bottom() - (value - low) / (high - low) * rect.height();
    }
};

/// Where the trend figure's parts go: the three panels (severity 0-10, sleep 1-5, magnesium
/// from zero to a round maximum) one above the other over a shared date axis, with room for
/// each panel's title, the safety marks over severity and the dates below. Titles are left
/// for the figure to fill in.
struct TrendFigureLayout
{
    TrendFigurePlot plot;
    TrendFigurePanel severity;
    TrendFigurePanel sleep;
    TrendFigurePanel magnesium;

    /// Lays out @p buckets in @p area in the font of @p metrics; @p pt is one typographic point
    /// in device pixels, @p scaleLabelWidth the width of the widest label on the value axes.
    static TrendFigureLayout of(const QRectF& area, const QFontMetricsF& metrics, qreal pt,
        const TrendBuckets& buckets, double maximumMg, qreal scaleLabelWidth);
    /// A round upper end for the magnesium axis, so that its four steps are round numbers too:
    /// 100, 200, 400, 600, 800, 1000, 2000...
    static double niceMaximum(double value);
};

} // namespace stilla
