#pragma once

namespace stilla {

/// The standard normal distribution: what the Fisher-z interval and the large-sample end of
/// the t distribution need. See docs/statistics.md.
class NormalDistribution
{
public:
    /// P(Z <= z).
    static double cdf(double z);
    /// The z with P(Z <= z) = @p p, for 0 < p < 1 (Wichura's algorithm AS 241, PPND16: about
    /// 16 significant digits). -inf for p <= 0, +inf for p >= 1, NaN for NaN.
    static double quantile(double p);
};

} // namespace stilla
