#pragma once

#include <optional>
#include <vector>

namespace stilla {

/// Correlation and straight-line fits on paired values (x[i], y[i]). Pure arithmetic with no
/// rules about how many pairs are enough: Statistics decides that. See docs/statistics.md.
class Correlation
{
public:
    struct Line
    {
        double slope = 0;
        double intercept = 0;
    };
    struct Interval
    {
        double low = 0;
        double high = 0;
    };

    /// Pearson's r, clamped to [-1, 1]; nullopt when the lengths differ, there are fewer than
    /// 2 pairs, or x or y has zero variance.
    static std::optional<double> pearson(
        const std::vector<double>& x, const std::vector<double>& y);
    /// Spearman's rho: Pearson's r of the ranks, tied values sharing their average rank.
    static std::optional<double> spearman(
        const std::vector<double>& x, const std::vector<double>& y);
    /// Ranks 1..n in the order of @p values; tied values get the average of their ranks.
    static std::vector<double> ranks(const std::vector<double>& values);
    /// The least-squares line y = slope·x + intercept; nullopt when the lengths differ, there
    /// are fewer than 2 pairs, or x has zero variance.
    static std::optional<Line> leastSquares(
        const std::vector<double>& x, const std::vector<double>& y);
    /// The interval for the true correlation from Fisher's z: z = atanh(r), se = 1/sqrt(n - 3),
    /// tanh(z ± q·se) with q the normal quantile for @p confidence. nullopt for n <= 3, |r| >= 1
    /// (the transform is infinite there) or r not finite. @p n may be an effective number of
    /// pairs (Statistics::Relationship::nEffective), so it need not be whole.
    static std::optional<Interval> fisherInterval(double r, double n, double confidence = 0.95);
};

} // namespace stilla
