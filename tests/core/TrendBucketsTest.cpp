#include "core/stats/TrendBuckets.h"

#include <gtest/gtest.h>

namespace stilla {
namespace {

// The series of tests/data/stats/trend_buckets_reference.py, which computed the golden values
// below with NumPy (numpy.mean, numpy.percentile's default linear method).
DailySeries referenceSeries(int days)
{
    DailySeries series;
    series.from = QDate(2024, 1, 1);
    series.to = series.from.addDays(days - 1);
    for (int i = 0; i < days; ++i) {
        DailyPoint point;
        point.date = series.from.addDays(i);
        if (i % 5 != 4)
            point.severity = double((i * 7) % 11);
        point.sleepQuality = double(1 + (i * 3) % 5);
        if (i % 6 != 5)
            point.totalSleepMinutes = 60 * (5 + double((i * 5) % 9) / 2);
        series.days.push_back(point);
    }
    return series;
}

void expectValue(const BucketValue& value, int days, double mean, double lower, double upper)
{
    EXPECT_EQ(value.days, days);
    ASSERT_TRUE(value.mean && value.lowerQuartile && value.upperQuartile);
    EXPECT_NEAR(*value.mean, mean, 1e-12);
    EXPECT_NEAR(*value.lowerQuartile, lower, 1e-12);
    EXPECT_NEAR(*value.upperQuartile, upper, 1e-12);
}

TEST(TrendBucketsTest, BucketSizeGrowsWithTheRange)
{
    EXPECT_EQ(TrendBuckets::daysPerBucketFor(1), 1);
    EXPECT_EQ(TrendBuckets::daysPerBucketFor(120), 1);
    EXPECT_EQ(TrendBuckets::daysPerBucketFor(121), 7);
    EXPECT_EQ(TrendBuckets::daysPerBucketFor(731), 7);
    EXPECT_EQ(TrendBuckets::daysPerBucketFor(732), 28);
}

TEST(TrendBucketsTest, WeeklyMeansAndMiddleHalfMatchNumPy)
{
    const TrendBuckets trend = TrendBuckets::of(referenceSeries(130), {}, false);
    ASSERT_EQ(trend.daysPerBucket, 7);
    ASSERT_EQ(trend.buckets.size(), 19u); // 18 weeks and a last bucket of 4 days
    const TrendBucket& first = trend.buckets[0];
    EXPECT_EQ(first.first, QDate(2024, 1, 1));
    EXPECT_EQ(first.last, QDate(2024, 1, 7));
    expectValue(first.severity, 6, 5.166666666666667, 2.25, 8.5);
    expectValue(first.sleepQuality, 7, 2.857142857142857, 1.5, 4.0);
    expectValue(first.sleepHours, 6, 6.416666666666667, 5.625, 7.25);
    expectValue(trend.buckets[1].severity, 6, 3.3333333333333335, 1.5, 4.75);
    expectValue(trend.buckets[1].sleepQuality, 7, 3.142857142857143, 2.0, 4.5);
    expectValue(trend.buckets[1].sleepHours, 6, 7.083333333333333, 6.25, 7.875);
    const TrendBucket& last = trend.buckets.back();
    EXPECT_EQ(last.first, QDate(2024, 1, 1).addDays(126));
    EXPECT_EQ(last.last, QDate(2024, 1, 1).addDays(129));
    expectValue(last.severity, 3, 5.333333333333333, 3.5, 7.0);
    expectValue(last.sleepQuality, 4, 3.5, 2.75, 4.25);
    expectValue(last.sleepHours, 4, 6.5, 5.375, 7.625);
}

TEST(TrendBucketsTest, FourWeeklyMeansAndMiddleHalfMatchNumPy)
{
    const TrendBuckets trend = TrendBuckets::of(referenceSeries(800), {}, false);
    ASSERT_EQ(trend.daysPerBucket, 28);
    ASSERT_EQ(trend.buckets.size(), 29u);
    expectValue(trend.buckets[0].severity, 23, 4.782608695652174, 2.0, 7.0);
    expectValue(trend.buckets[0].sleepQuality, 28, 2.9285714285714284, 2.0, 4.0);
    expectValue(trend.buckets[0].sleepHours, 24, 6.854166666666667, 5.875, 8.0);
    expectValue(trend.buckets.back().severity, 12, 5.666666666666667, 3.5, 8.25);
    expectValue(trend.buckets.back().sleepQuality, 16, 3.0, 2.0, 4.0);
    expectValue(trend.buckets.back().sleepHours, 13, 7.153846153846154, 6.0, 8.0);
}

TEST(TrendBucketsTest, MovingAveragesAreBucketedLikeTheDays)
{
    const TrendBuckets trend = TrendBuckets::of(referenceSeries(130), {}, true);
    expectValue(trend.buckets[0].severity, 7, 3.771428571428572, 3.416666666666667, 5.0);
    expectValue(
        trend.buckets[0].sleepQuality, 7, 2.479591836734694, 2.416666666666667, 2.928571428571429);
    expectValue(trend.buckets.back().severity, 4, 4.625, 4.291666666666667, 5.083333333333333);
    expectValue(trend.buckets.back().sleepQuality, 4, 3.071428571428571, 2.9642857142857144,
        3.1785714285714284);
    expectValue(trend.buckets[0].sleepHours, 7, 6.138095238095238, 6.125, 6.408333333333333);
    expectValue(trend.buckets.back().sleepHours, 4, 7.041666666666667, 6.979166666666667,
        7.104166666666666);
}

TEST(TrendBucketsTest, DaysWithoutAValueAreGapsNotZeros)
{
    DailySeries series = referenceSeries(10);
    for (DailyPoint& day : series.days)
        day.severity.reset();
    series.days[3].magnesiumFoodMg = 120;
    series.days[3].magnesiumSupplementMg = 0;
    const TrendBuckets trend = TrendBuckets::of(series, {}, false);
    ASSERT_EQ(trend.daysPerBucket, 1);
    ASSERT_EQ(trend.buckets.size(), 10u);
    for (const TrendBucket& bucket : trend.buckets) {
        EXPECT_EQ(bucket.severity.days, 0);
        EXPECT_FALSE(bucket.severity.mean);
        EXPECT_FALSE(bucket.severity.lowerQuartile);
    }
    expectValue(trend.buckets[3].food, 1, 120, 120, 120);
    expectValue(trend.buckets[3].supplements, 1, 0, 0, 0);
    EXPECT_FALSE(trend.buckets[4].food.mean);
}

TEST(TrendBucketsTest, CountsTheDaysWithAFindingAndKeepsTheWorst)
{
    const DailySeries series = referenceSeries(130);
    const QDate start = series.from;
    const std::map<QDate, Severity> findings {{start, Severity::Caution},
        {start.addDays(2), Severity::Warning}, {start.addDays(6), Severity::Caution},
        {start.addDays(7), Severity::Info}, {start.addDays(200), Severity::Urgent}};
    const TrendBuckets trend = TrendBuckets::of(series, findings, false);
    EXPECT_EQ(trend.buckets[0].findingDays, 3);
    EXPECT_EQ(trend.buckets[0].worstFinding, Severity::Warning);
    EXPECT_EQ(trend.buckets[1].findingDays, 1);
    EXPECT_EQ(trend.buckets[1].worstFinding, Severity::Info);
    EXPECT_EQ(trend.buckets[2].findingDays, 0);
    EXPECT_FALSE(trend.buckets[2].worstFinding);
}

TEST(TrendBucketsTest, PercentileIsNumPysLinearMethod)
{
    // numpy.percentile([7, 1, 3, 10], [0, 25, 50, 75, 100]) = 1, 2.5, 5, 7.75, 10
    const std::vector<double> values {7, 1, 3, 10};
    EXPECT_DOUBLE_EQ(*TrendBuckets::percentile(values, 0), 1);
    EXPECT_DOUBLE_EQ(*TrendBuckets::percentile(values, 25), 2.5);
    EXPECT_DOUBLE_EQ(*TrendBuckets::percentile(values, 50), 5);
    EXPECT_DOUBLE_EQ(*TrendBuckets::percentile(values, 75), 7.75);
    EXPECT_DOUBLE_EQ(*TrendBuckets::percentile(values, 100), 10);
    EXPECT_DOUBLE_EQ(*TrendBuckets::percentile({4}, 25), 4);
    EXPECT_FALSE(TrendBuckets::percentile({}, 50));
}

TEST(TrendBucketsTest, AnEmptySeriesHasNoBuckets)
{
    const TrendBuckets trend = TrendBuckets::of(DailySeries {}, {}, false);
    EXPECT_EQ(trend.daysPerBucket, 1);
    EXPECT_TRUE(trend.buckets.empty());
}

} // namespace
} // namespace stilla
