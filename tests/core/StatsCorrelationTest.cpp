#include "core/stats/Correlation.h"
#include "core/stats/WelchInterval.h"

#include <cmath>
#include <gtest/gtest.h>

namespace stilla {
namespace {

// Magnesium (mg) and severity with ties in both. References from Python 3.11's statistics
// module: correlation(x, y) for r, correlation of the average ranks (written out by hand:
// x ranks 2,4,4,7,9,1,4,10,8,6; y ranks 8.5,6.5,8.5,4,2,10,6.5,1,4,4) for rho,
// linear_regression(x, y) for the line, and tanh(atanh(r) ± NormalDist().inv_cdf(0.975) /
// sqrt(n - 3)) for the interval.
const std::vector<double> kX {250, 300, 300, 410, 520, 180, 300, 610, 450, 390};
const std::vector<double> kY {6, 5, 6, 4, 3, 7, 5, 2, 4, 4};

TEST(CorrelationTest, PearsonSpearmanAndLineMatchReference)
{
    EXPECT_NEAR(*Correlation::pearson(kX, kY), -0.9747716782297852, 1e-14);
    EXPECT_NEAR(*Correlation::spearman(kX, kY), -0.9687689214527787, 1e-14);
    const auto line = Correlation::leastSquares(kX, kY);
    ASSERT_TRUE(line);
    EXPECT_NEAR(line->slope, -0.01123039885483766, 1e-15);
    EXPECT_NEAR(line->intercept, 8.76647797514477, 1e-12);
    const auto interval = Correlation::fisherInterval(-0.9747716782297852, 10);
    ASSERT_TRUE(interval);
    EXPECT_NEAR(interval->low, -0.9942097884717125, 1e-14);
    EXPECT_NEAR(interval->high, -0.893561493916439, 1e-14);
}

TEST(CorrelationTest, AverageRanksForTies)
{
    EXPECT_EQ(Correlation::ranks(kX), (std::vector<double> {2, 4, 4, 7, 9, 1, 4, 10, 8, 6}));
    EXPECT_EQ(
        Correlation::ranks(kY), (std::vector<double> {8.5, 6.5, 8.5, 4, 2, 10, 6.5, 1, 4, 4}));
    EXPECT_EQ(Correlation::ranks({5, 5, 5}), (std::vector<double> {2, 2, 2}));
    EXPECT_TRUE(Correlation::ranks({}).empty());
}

TEST(CorrelationTest, SpearmanSeesAMonotoneCurveAsPerfect)
{
    const std::vector<double> x {1, 2, 3, 4, 5, 6};
    const std::vector<double> y {1, 8, 27, 64, 125, 216};
    EXPECT_DOUBLE_EQ(*Correlation::spearman(x, y), 1.0);
    EXPECT_LT(*Correlation::pearson(x, y), 0.99);
}

TEST(CorrelationTest, ZeroVarianceAndTooFewPairsAreNull)
{
    const std::vector<double> flat {4, 4, 4, 4};
    const std::vector<double> rising {1, 2, 3, 4};
    EXPECT_FALSE(Correlation::pearson(flat, rising));
    EXPECT_FALSE(Correlation::pearson(rising, flat));
    EXPECT_FALSE(Correlation::spearman(rising, flat));
    EXPECT_FALSE(Correlation::leastSquares(flat, rising)); // x does not vary: no line
    const auto level = Correlation::leastSquares(rising, flat); // y does not vary: flat line
    ASSERT_TRUE(level);
    EXPECT_EQ(level->slope, 0.0);
    EXPECT_EQ(level->intercept, 4.0);
    EXPECT_FALSE(Correlation::pearson({1}, {2}));
    EXPECT_FALSE(Correlation::pearson({1, 2, 3}, {1, 2}));
}

TEST(CorrelationTest, PerfectLineIsExactlyOneWithoutInterval)
{
    const std::vector<double> x {0, 100, 200, 300, 400};
    const std::vector<double> y {8, 7, 6, 5, 4};
    EXPECT_DOUBLE_EQ(*Correlation::pearson(x, y), -1.0);
    EXPECT_DOUBLE_EQ(Correlation::leastSquares(x, y)->slope, -0.01);
    EXPECT_DOUBLE_EQ(Correlation::leastSquares(x, y)->intercept, 8.0);
    EXPECT_FALSE(Correlation::fisherInterval(-1.0, 5));
    EXPECT_FALSE(Correlation::fisherInterval(1.0, 50));
}

TEST(CorrelationTest, FisherIntervalNeedsFourPairs)
{
    EXPECT_FALSE(Correlation::fisherInterval(0.5, 3));
    const auto four = Correlation::fisherInterval(0.5, 4);
    ASSERT_TRUE(four);
    // n = 4: se = 1, so tanh(atanh(0.5) ± NormalDist().inv_cdf(0.975)) in Python.
    EXPECT_NEAR(four->low, -0.8876337464301154, 1e-14);
    EXPECT_NEAR(four->high, 0.9868585703985144, 1e-14);
    // Symmetric about 0 for r = 0, and narrower with more pairs.
    const auto small = Correlation::fisherInterval(0.0, 20);
    const auto large = Correlation::fisherInterval(0.0, 2000);
    EXPECT_NEAR(small->low, -small->high, 1e-15);
    EXPECT_LT(large->high, small->high);
}

TEST(WelchIntervalTest, MatchesReference)
{
    // Python: statistics.mean/variance, the Welch-Satterthwaite formula, and the t quantile at
    // that df from mpmath (see StatsDistributionTest): df = 13.199277878072488,
    // t = 2.1570577732176326.
    const auto estimate
        = WelchInterval::compute({6, 7, 5, 8, 6, 7, 6}, {4, 5, 3, 5, 4, 6, 3, 4, 5});
    ASSERT_TRUE(estimate);
    EXPECT_NEAR(estimate->difference, -2.095238095238096, 1e-14);
    EXPECT_NEAR(estimate->degreesOfFreedom, 13.199277878072488, 1e-12);
    EXPECT_NEAR(estimate->low, -3.1676354433247695, 1e-12);
    EXPECT_NEAR(estimate->high, -1.022840747151422, 1e-12);
}

TEST(WelchIntervalTest, TwoDaysGiveAVeryWideInterval)
{
    // df = 1.010221346822966, t = 12.406393245210387 (same method as above).
    const auto estimate = WelchInterval::compute({2, 9}, {5, 5, 5, 6});
    ASSERT_TRUE(estimate);
    EXPECT_NEAR(estimate->difference, -0.25, 1e-15);
    EXPECT_NEAR(estimate->degreesOfFreedom, 1.010221346822966, 1e-12);
    EXPECT_NEAR(estimate->low, -43.783006795775066, 1e-10);
    EXPECT_NEAR(estimate->high, 43.283006795775066, 1e-10);
}

TEST(WelchIntervalTest, OneGroupConstantUsesTheOthersDegreesOfFreedom)
{
    // With one group constant the Welch df is n - 1 of the other group: here 3, t = 3.18245.
    const auto estimate = WelchInterval::compute({5, 5, 5}, {1, 2, 3, 4});
    ASSERT_TRUE(estimate);
    EXPECT_NEAR(estimate->degreesOfFreedom, 3.0, 1e-12);
    const double se = std::sqrt((5.0 / 3.0) / 4.0);
    EXPECT_NEAR(estimate->high - estimate->difference, 3.1824463052837084359 * se, 1e-11);
}

TEST(WelchIntervalTest, NullWhenAGroupIsTooSmallOrNothingVaries)
{
    EXPECT_FALSE(WelchInterval::compute({5}, {1, 2, 3}));
    EXPECT_FALSE(WelchInterval::compute({1, 2, 3}, {}));
    EXPECT_FALSE(WelchInterval::compute({4, 4}, {6, 6, 6}));
    EXPECT_TRUE(std::isnan(WelchInterval::mean({})));
    EXPECT_TRUE(std::isnan(WelchInterval::variance({3})));
    EXPECT_DOUBLE_EQ(WelchInterval::variance({2, 4, 4, 4, 5, 5, 7, 9}), 32.0 / 7.0);
}

} // namespace
} // namespace stilla
