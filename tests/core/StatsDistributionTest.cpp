#include "core/stats/NormalDistribution.h"
#include "core/stats/TDistribution.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

namespace stilla {
namespace {

struct QuantileCase
{
    double p;
    double df;
    double expected;
};

// Reference values computed with mpmath 1.3.0 at 40 significant digits (Python): the t cdf as
// 1 - betainc(df/2, 1/2, 0, df/(df+t²), regularized=True)/2, inverted by 200 bisection steps.
constexpr QuantileCase kTQuantiles[] = {
    {0.975, 1, 12.706204736174693314},
    {0.975, 2, 4.3026527297494617894},
    {0.975, 3, 3.1824463052837084359},
    {0.975, 5, 2.5705818356363147828},
    {0.975, 10, 2.2281388519862742245},
    {0.975, 30, 2.0422724563012378878},
    {0.975, 100, 1.9839715185235518946},
    {0.975, 1000, 1.9623390808264081039},
    {0.975, 99999, 1.9599877077718443991}, // on both sides of the switch to the expansion
    {0.975, 100001, 1.9599877072973788629},
    {0.975, 1e6, 1.9599663568141066553},
    {0.975, 2.5, 3.5746548420036817607}, // Welch's degrees of freedom are seldom whole
    {0.975, 7.3, 2.3450667365477030519},
    {0.975, 1.5, 6.0166631044279282546},
    {0.975, 0.5, 164.5576734804882408},
    {0.995, 4, 4.6040948713499920459},
    {0.9, 12, 1.3562173340232055774},
    {0.5001, 20, 0.00025381446253524903342},
    {0.025, 5, -2.5705818356363147828},
    {0.999999, 3, 103.29946777942897177},
    {0.6, 50.5, 0.25468591402667755983},
};

TEST(TDistributionTest, QuantileMatchesReferenceValues)
{
    for (const QuantileCase& c : kTQuantiles) {
        const double t = TDistribution::quantile(c.p, c.df);
        EXPECT_NEAR(t, c.expected, 1e-12 * std::fabs(c.expected)) << "p=" << c.p << " df=" << c.df;
    }
}

TEST(TDistributionTest, QuantileMatchesPrintedTables)
{
    // The usual three-decimal table of two-sided 95% critical values.
    EXPECT_NEAR(TDistribution::quantile(0.975, 1), 12.706, 5e-4);
    EXPECT_NEAR(TDistribution::quantile(0.975, 5), 2.571, 5e-4);
    EXPECT_NEAR(TDistribution::quantile(0.975, 30), 2.042, 5e-4);
    EXPECT_NEAR(TDistribution::quantile(0.975, 1e9), 1.960, 5e-4);
    EXPECT_NEAR(TDistribution::quantile(0.975, 1e9), NormalDistribution::quantile(0.975), 1e-8);
    EXPECT_DOUBLE_EQ(TDistribution::quantile(0.975, std::numeric_limits<double>::infinity()),
        NormalDistribution::quantile(0.975));
}

TEST(TDistributionTest, QuantileAndCdfAreInverses)
{
    for (const double df : {1.0, 1.7, 2.0, 3.0, 8.5, 29.0, 250.0, 5000.0}) {
        for (const double p : {0.001, 0.05, 0.3, 0.5, 0.77, 0.975, 0.9999}) {
            const double t = TDistribution::quantile(p, df);
            EXPECT_NEAR(TDistribution::cdf(t, df), p, 1e-13) << "p=" << p << " df=" << df;
            EXPECT_NEAR(TDistribution::quantile(1 - p, df), -t, 1e-10 * (1 + std::fabs(t)));
        }
    }
}

TEST(TDistributionTest, QuantileRisesAsDegreesOfFreedomFall)
{
    double previous = 0;
    for (double df = 1e6; df >= 1; df /= 1.5) {
        const double t = TDistribution::quantile(0.975, df);
        EXPECT_GT(t, previous) << df;
        previous = t;
    }
}

TEST(TDistributionTest, CdfMatchesReferenceValues)
{
    // mpmath 1.3.0, 40 digits, as above.
    EXPECT_NEAR(TDistribution::cdf(2.0, 3), 0.93033701572057841158, 1e-14);
    EXPECT_NEAR(TDistribution::cdf(-1.5, 7.5), 0.0872402852932321174, 1e-14);
    EXPECT_NEAR(TDistribution::cdf(0.3, 1), 0.59277357907774234032, 1e-14);
    EXPECT_NEAR(TDistribution::cdf(12.0, 40), 0.99999999999999608791, 1e-15);
    EXPECT_DOUBLE_EQ(TDistribution::cdf(0.0, 9), 0.5);
}

TEST(TDistributionTest, EdgesAndBadArguments)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    EXPECT_EQ(TDistribution::quantile(0.0, 5), -inf);
    EXPECT_EQ(TDistribution::quantile(1.0, 5), inf);
    EXPECT_EQ(TDistribution::quantile(0.5, 5), 0.0);
    EXPECT_TRUE(std::isnan(TDistribution::quantile(0.975, 0)));
    EXPECT_TRUE(std::isnan(TDistribution::quantile(0.975, -3)));
    EXPECT_TRUE(std::isnan(TDistribution::quantile(std::nan(""), 3)));
    EXPECT_TRUE(std::isnan(TDistribution::cdf(1.0, 0)));
    EXPECT_EQ(TDistribution::cdf(inf, 3), 1.0);
    EXPECT_EQ(TDistribution::cdf(-inf, 3), 0.0);
}

TEST(TDistributionTest, IncompleteBetaMatchesReferenceValues)
{
    // mpmath 1.3.0 betainc(a, b, 0, x, regularized=True), 40 digits. By hand, I_0.4(2, 3) is
    // P(Binomial(4, 0.4) >= 2) = 1 - 0.6^4 - 4·0.4·0.6^3 = 0.5248.
    EXPECT_NEAR(TDistribution::regularizedIncompleteBeta(2, 3, 0.4), 0.5248, 1e-15);
    EXPECT_NEAR(
        TDistribution::regularizedIncompleteBeta(0.5, 0.5, 0.1), 0.20483276469913345754, 1e-15);
    EXPECT_NEAR(
        TDistribution::regularizedIncompleteBeta(10, 0.5, 0.95), 0.31715157546554505738, 1e-14);
    EXPECT_NEAR(
        TDistribution::regularizedIncompleteBeta(50, 60, 0.45), 0.46423529143060362867, 1e-13);
    EXPECT_NEAR(TDistribution::regularizedIncompleteBeta(1, 1, 0.3), 0.3, 1e-15);
    EXPECT_EQ(TDistribution::regularizedIncompleteBeta(2, 3, 0), 0.0);
    EXPECT_EQ(TDistribution::regularizedIncompleteBeta(2, 3, 1), 1.0);
    EXPECT_TRUE(std::isnan(TDistribution::regularizedIncompleteBeta(0, 3, 0.5)));
    EXPECT_TRUE(std::isnan(TDistribution::regularizedIncompleteBeta(2, 3, 1.5)));
}

TEST(NormalDistributionTest, QuantileMatchesReferenceValues)
{
    // mpmath 1.3.0: sqrt(2)·erfinv(2p - 1) at 40 digits; the 1e-300 tail by findroot on erfc.
    EXPECT_NEAR(NormalDistribution::quantile(0.975), 1.9599639845400538556, 1e-15);
    EXPECT_EQ(NormalDistribution::quantile(0.5), 0.0);
    EXPECT_NEAR(NormalDistribution::quantile(0.1), -1.2815515655446004353, 1e-15);
    EXPECT_NEAR(NormalDistribution::quantile(0.3), -0.52440051270804081597, 1e-15);
    EXPECT_NEAR(NormalDistribution::quantile(0.42), -0.20189347914185089071, 1e-15);
    EXPECT_NEAR(NormalDistribution::quantile(0.999), 3.0902323061678132778, 1e-14);
    EXPECT_NEAR(NormalDistribution::quantile(1e-10), -6.3613409024040561991, 1e-13);
    EXPECT_NEAR(NormalDistribution::quantile(1e-300), -37.047096299361199237, 1e-12);
    EXPECT_EQ(NormalDistribution::quantile(0), -std::numeric_limits<double>::infinity());
    EXPECT_EQ(NormalDistribution::quantile(1), std::numeric_limits<double>::infinity());
    for (const double p : {1e-8, 0.01, 0.2, 0.5, 0.6, 0.95, 0.99999})
        EXPECT_NEAR(NormalDistribution::cdf(NormalDistribution::quantile(p)), p, 1e-15 + 1e-14 * p);
}

} // namespace
} // namespace stilla
