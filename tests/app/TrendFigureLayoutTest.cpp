#include "app/report/TrendFigureLayout.h"

#include <QFont>
#include <QFontMetricsF>

#include <gtest/gtest.h>

namespace stilla {
namespace {

// The report's trend figure places a day (a blood test, a phase's edges) by its place in its
// bucket's week or four weeks, the same calendar weeks the points are means of.
TEST(TrendFigureLayoutTest, ADayIsPlacedWithinItsCalendarWeek)
{
    DailySeries series;
    series.from = QDate(2024, 1, 4); // a Thursday
    series.to = series.from.addDays(199);
    for (QDate day = series.from; day <= series.to; day = day.addDays(1))
        series.days.push_back({day, 5.0, 3.0, {}, {}, {}, {}, {}});
    const TrendBuckets buckets = TrendBuckets::of(series, {}, false);
    ASSERT_EQ(buckets.daysPerBucket, 7);
    const QFontMetricsF metrics {QFont()};
    const TrendFigurePlot plot
        = TrendFigureLayout::of(QRectF(0, 0, 700, 400), metrics, 1, buckets, 400, 20).plot;
    ASSERT_EQ(plot.buckets, int(buckets.buckets.size()));
    const auto slotStart = [&plot](int bucket) { return plot.x(bucket) - plot.slot() / 2; };
    // Monday 8 January begins the second point's slot; Thursday 4 January, the range's first
    // day, is three sevenths into the first; Wednesday 10 January two sevenths into the second.
    EXPECT_NEAR(plot.xOfDay(QDate(2024, 1, 8)), slotStart(1), 1e-9);
    EXPECT_NEAR(plot.xOfDay(QDate(2024, 1, 4)), slotStart(0) + 3 * plot.slot() / 7, 1e-9);
    EXPECT_NEAR(plot.xOfDay(QDate(2024, 1, 10)), slotStart(1) + 2 * plot.slot() / 7, 1e-9);
}

} // namespace
} // namespace stilla
