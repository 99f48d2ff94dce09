#include "TDistribution.h"

#include "NormalDistribution.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace stilla {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// Above this many degrees of freedom the quantile comes from the Cornish-Fisher expansion,
/// whose first omitted term is below 1e-20 there.
constexpr double kExpansionDf = 1e5;

/// The continued fraction of I_x(a, b) (Numerical Recipes, 3rd ed., section 6.4, betacf), by the
/// modified Lentz method. Converges quickly for x < (a + 1) / (a + b + 2).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr int kMaxIterations = 100000;
    constexpr double kEpsilon = 1e-16;
    constexpr double kTiny = 1e-300;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < kEpsilon)
            break;
    }
    return h;
}

/// The Stirling series of ln Γ(x) less its leading terms, for x >= 15 (error below 1e-14).
double stirlingTail(double x)
{
    const double x2 = x * x;
    return (1.0 / 12.0 - (1.0 / 360.0 - (1.0 / 1260.0 - 1.0 / (1680.0 * x2)) / x2) / x2) / x;
}

/// ln Γ(a + b) - ln Γ(a) - ln Γ(b). For a large argument the difference of two ln Γ values is
/// taken from Stirling's series directly: the values themselves are huge (about 5e5 at
/// a = 5e4), and subtracting them would lose about 1e-10 of the result.
double logInverseBeta(double a, double b)
{
    const double big = std::max(a, b);
    const double small = std::min(a, b);
    if (big < 15.0)
        return std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b);
    // ln Γ(big + small) - ln Γ(big)
    //   = small·ln(big) + (big + small - 1/2)·ln(1 + small/big) - small + tail difference.
    const double difference = small * std::log(big) + (big + small - 0.5) * std::log1p(small / big)
        - small + stirlingTail(big + small) - stirlingTail(big);
    return difference - std::lgamma(small);
}

/// I_x(a, b), given both x and y = 1 - x so that neither loses digits to cancellation.
double incompleteBeta(double a, double b, double x, double y)
{
    if (x <= 0.0)
        return 0.0;
    if (y <= 0.0)
        return 1.0;
    const double logFront = logInverseBeta(a, b) + a * std::log(x) + b * std::log(y);
    const double front = std::exp(logFront);
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, y) / b;
}

/// P(T > t) for t >= 0: I_{df/(df+t²)}(df/2, 1/2) / 2.
double upperTail(double t, double df)
{
    const double t2 = t * t;
    const double x = df / (df + t2);
    const double y = t2 / (df + t2);
    return 0.5 * incompleteBeta(df / 2.0, 0.5, x, y);
}

double density(double t, double df)
{
    const double logNorm = std::lgamma((df + 1.0) / 2.0) - std::lgamma(df / 2.0)
        - 0.5 * std::log(df * std::numbers::pi);
    return std::exp(logNorm - (df + 1.0) / 2.0 * std::log1p(t * t / df));
}

/// The Cornish-Fisher expansion of the t quantile in powers of 1/df (Abramowitz and Stegun
/// 26.7.5, with the fourth-order term).
double expansionQuantile(double z, double df)
{
    const double z2 = z * z;
    const double g1 = (z2 + 1.0) * z / 4.0;
    const double g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0;
    const double g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0;
    const double g4
        = ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) * z / 92160.0;
    return z + g1 / df + g2 / (df * df) + g3 / (df * df * df) + g4 / (df * df * df * df);
}

/// The t > 0 with P(T > t) = @p tail, for 0 < tail < 0.5.
double upperQuantile(double tail, double df)
{
    // A bracket [low, high] with upperTail(low) >= tail > upperTail(high).
    double low = 0.0;
    double high = 1.0;
    while (upperTail(high, df) >= tail) {
        low = high;
        high *= 2.0;
        if (!std::isfinite(high))
            return kInfinity;
    }
    // Start from the expansion (good for moderate and large df), kept inside the bracket.
    double t = expansionQuantile(-NormalDistribution::quantile(tail), df);
    if (!(t > low && t < high))
        t = 0.5 * (low + high);
    for (int i = 0; i < 200; ++i) {
        const double f = upperTail(t, df) - tail;
        if (f > 0)
            low = t;
        else
            high = t;
        const double slope = -density(t, df);
        double next = slope != 0.0 ? t - f / slope : kNaN;
        if (!(next > low && next < high))
            next = 0.5 * (low + high);
        if (std::fabs(next - t) <= 1e-15 * std::fabs(next) || high - low <= 1e-15 * high)
            return next;
        t = next;
    }
    return t;
}

} // namespace

double TDistribution::regularizedIncompleteBeta(double a, double b, double x)
{
    if (!(a > 0.0) || !(b > 0.0) || !(x >= 0.0 && x <= 1.0))
        return kNaN;
    return incompleteBeta(a, b, x, 1.0 - x);
}

double TDistribution::cdf(double t, double df)
{
    if (std::isnan(t) || !(df > 0.0))
        return kNaN;
    if (std::isinf(df))
        return NormalDistribution::cdf(t);
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    const double tail = upperTail(std::fabs(t), df);
    return t >= 0 ? 1.0 - tail : tail;
}

double TDistribution::quantile(double p, double df)
{
    if (std::isnan(p) || !(df > 0.0))
        return kNaN;
    if (p <= 0.0)
        return -kInfinity;
    if (p >= 1.0)
        return kInfinity;
    if (p == 0.5)
        return 0.0;
    if (std::isinf(df))
        return NormalDistribution::quantile(p);
    const double sign = p < 0.5 ? -1.0 : 1.0;
    const double tail = p < 0.5 ? p : 1.0 - p; // the smaller tail, computed without cancellation
    if (df == 1.0) // Cauchy
        return sign * std::tan(std::numbers::pi * (0.5 - tail));
    if (df == 2.0) {
        const double a = 4.0 * tail * (1.0 - tail);
        return sign * (1.0 - 2.0 * tail) * std::sqrt(2.0 / a);
    }
    if (df > kExpansionDf)
        return sign * expansionQuantile(-NormalDistribution::quantile(tail), df);
    return sign * upperQuantile(tail, df);
}

} // namespace stilla
