#include "core/stats/TrendBuckets.h"

#include <gtest/gtest.h>

namespace stilla {
namespace {

// The series of tests/data/stats/trend_buckets_reference.py, which computed the golden values
// below with NumPy (numpy.mean, numpy.percentile's default linear method).
// The values depend on the day's place in the range, not on its date; 1 January 2024 is a
// Monday, and four weeks begin on it too.
DailySeries referenceSeries(int days, QDate from = QDate(2024, 1, 1))
{
    DailySeries series;
    series.from = from;
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

/// Days logged, mean and middle half of one value of a bucket, as NumPy computed them.
struct Golden
{
    int days;
    double mean, lower, upper;
};

void expectBucket(
    const TrendBucket& bucket, const Golden& severity, const Golden& quality, const Golden& hours)
{
    for (const auto& [value, golden] : {std::pair {&bucket.severity, severity},
             {&bucket.sleepQuality, quality}, {&bucket.sleepHours, hours}})
        expectValue(*value, golden.days, golden.mean, golden.lower, golden.upper);
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
    expectBucket(first, {6, 5.166666666666667, 2.25, 8.5}, {7, 2.857142857142857, 1.5, 4.0},
        {6, 6.416666666666667, 5.625, 7.25});
    expectBucket(trend.buckets[1], {6, 3.3333333333333335, 1.5, 4.75},
        {7, 3.142857142857143, 2.0, 4.5}, {6, 7.083333333333333, 6.25, 7.875});
    const TrendBucket& last = trend.buckets.back();
    EXPECT_EQ(last.first, QDate(2024, 1, 1).addDays(126));
    EXPECT_EQ(last.last, QDate(2024, 1, 1).addDays(129));
    expectBucket(
        last, {3, 5.333333333333333, 3.5, 7.0}, {4, 3.5, 2.75, 4.25}, {4, 6.5, 5.375, 7.625});
}

TEST(TrendBucketsTest, FourWeeklyMeansAndMiddleHalfMatchNumPy)
{
    const TrendBuckets trend = TrendBuckets::of(referenceSeries(800), {}, false);
    ASSERT_EQ(trend.daysPerBucket, 28);
    ASSERT_EQ(trend.buckets.size(), 29u);
    expectBucket(trend.buckets[0], {23, 4.782608695652174, 2.0, 7.0},
        {28, 2.9285714285714284, 2.0, 4.0}, {24, 6.854166666666667, 5.875, 8.0});
    expectBucket(trend.buckets.back(), {12, 5.666666666666667, 3.5, 8.25}, {16, 3.0, 2.0, 4.0},
        {13, 7.153846153846154, 6.0, 8.0});
}

TEST(TrendBucketsTest, WeeksRunMondayToSundayWhereverTheRangeBegins)
{
    // From Thursday 4 January 2024: Thursday to Sunday, then whole weeks, the last Monday
    // 6 May to Sunday 12 May.
    const TrendBuckets trend = TrendBuckets::of(referenceSeries(130, QDate(2024, 1, 4)), {}, false);
    ASSERT_EQ(trend.daysPerBucket, 7);
    EXPECT_EQ(trend.origin, QDate(2024, 1, 1));
    ASSERT_EQ(trend.buckets.size(), 19u);
    const TrendBucket& first = trend.buckets[0];
    EXPECT_EQ(first.first, QDate(2024, 1, 4));
    EXPECT_EQ(first.last, QDate(2024, 1, 7));
    expectBucket(first, {4, 5.0, 2.25, 7.75}, {4, 3.0, 1.75, 4.25}, {4, 6.5, 5.375, 7.625});
    const TrendBucket& second = trend.buckets[1];
    EXPECT_EQ(second.first, QDate(2024, 1, 8));
    EXPECT_EQ(second.last, QDate(2024, 1, 14));
    expectBucket(second, {5, 4.2, 2.0, 5.0}, {7, 2.7142857142857144, 1.5, 3.5},
        {6, 6.833333333333333, 6.125, 7.375});
    const TrendBucket& last = trend.buckets.back();
    EXPECT_EQ(last.first, QDate(2024, 5, 6));
    EXPECT_EQ(last.last, QDate(2024, 5, 12));
    expectBucket(last, {5, 5.0, 3.0, 6.0}, {7, 3.2857142857142856, 2.5, 4.5},
        {6, 6.916666666666667, 5.75, 7.875});
    for (std::size_t i = 1; i < trend.buckets.size(); ++i) {
        EXPECT_EQ(trend.buckets[i].first.dayOfWeek(), Qt::Monday) << i;
        EXPECT_EQ(trend.buckets[i].last.dayOfWeek(), Qt::Sunday) << i;
    }
}

TEST(TrendBucketsTest, FourWeeksAreCountedFromOneMondayWhereverTheRangeBegins)
{
    // From Thursday 18 January 2024, the eighteenth day of the four weeks that began on Monday
    // 1 January (counted in fours from Monday 1 January 2001).
    const TrendBuckets trend
        = TrendBuckets::of(referenceSeries(800, QDate(2024, 1, 18)), {}, false);
    ASSERT_EQ(trend.daysPerBucket, 28);
    EXPECT_EQ(trend.origin, QDate(2024, 1, 1));
    ASSERT_EQ(trend.buckets.size(), 30u);
    EXPECT_EQ(trend.buckets[0].first, QDate(2024, 1, 18));
    EXPECT_EQ(trend.buckets[0].last, QDate(2024, 1, 28));
    expectBucket(trend.buckets[0], {9, 4.555555555555555, 2.0, 7.0},
        {11, 2.8181818181818183, 1.5, 4.0}, {10, 6.7, 5.625, 7.5});
    EXPECT_EQ(trend.buckets[1].first, QDate(2024, 1, 29));
    EXPECT_EQ(trend.buckets[1].last, QDate(2024, 2, 25));
    expectBucket(trend.buckets[1], {23, 4.869565217391305, 2.0, 7.5},
        {28, 3.0714285714285716, 2.0, 4.0}, {23, 7.0, 6.0, 8.0});
    const TrendBucket& last = trend.buckets.back();
    EXPECT_EQ(last.last, QDate(2024, 1, 18).addDays(799));
    EXPECT_EQ(last.first, last.last.addDays(-4));
    expectBucket(last, {4, 6.75, 5.0, 9.25}, {5, 3.0, 2.0, 4.0}, {4, 7.375, 6.375, 8.25});
}

TEST(TrendBucketsTest, AWeekKeepsItsMeanWhenTheRangeMovesOnADay)
{
    // "The last six months" moves on a day each day. A week it showed yesterday is the same
    // point today: buckets counted from the range's first day once moved every week's days.
    const DailySeries days = referenceSeries(201, QDate(2024, 3, 1));
    DailySeries yesterday = days;
    yesterday.days.pop_back();
    yesterday.to = yesterday.days.back().date;
    DailySeries today = days;
    today.days.erase(today.days.begin());
    today.from = today.days.front().date;
    const TrendBuckets before = TrendBuckets::of(yesterday, {}, false);
    const TrendBuckets after = TrendBuckets::of(today, {}, false);
    int sameWeeks = 0;
    for (const TrendBucket& week : after.buckets) {
        for (const TrendBucket& earlier : before.buckets) {
            if (earlier.first != week.first || earlier.last != week.last)
                continue;
            EXPECT_EQ(earlier.severity.mean, week.severity.mean)
                << week.first.toString().toStdString();
            EXPECT_EQ(earlier.sleepHours.mean, week.sleepHours.mean);
            ++sameWeeks;
        }
    }
    EXPECT_EQ(sameWeeks, 28); // the whole weeks of the 199 days both ranges hold
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
