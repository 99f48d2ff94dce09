#pragma once

namespace stilla {

/// Student's t distribution with any positive (also fractional) degrees of freedom, as Welch's
/// interval needs. Written here rather than taken from a library because the project uses only
/// Debian's Qt, spdlog and test packages. See docs/statistics.md for the method.
class TDistribution
{
public:
    /// P(T <= t) with @p df degrees of freedom (df > 0; NaN otherwise).
    static double cdf(double t, double df);
    /// The t with P(T <= t) = @p p, for 0 < p < 1 and df > 0: exact for df 1 and 2, a
    /// Cornish-Fisher expansion above 1e5 degrees of freedom, otherwise Newton's method on cdf()
    /// kept inside a bracket; accurate to about 1e-12 relative. ±inf for p at 0 or 1, NaN for
    /// df <= 0 or NaN arguments; df = +inf gives the normal quantile.
    static double quantile(double p, double df);

    /// The regularized incomplete beta function I_x(a, b) for a, b > 0 and 0 <= x <= 1, by its
    /// continued fraction (modified Lentz). NaN outside that domain.
    static double regularizedIncompleteBeta(double a, double b, double x);
};

} // namespace stilla
