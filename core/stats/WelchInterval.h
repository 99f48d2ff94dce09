#pragma once

#include <optional>
#include <vector>

namespace stilla {

/// The difference of two means with Welch's t interval, which does not assume the two groups
/// vary equally. See docs/statistics.md.
class WelchInterval
{
public:
    struct Estimate
    {
        double difference = 0; ///< mean(second) - mean(first)
        double low = 0;
        double high = 0;
        double degreesOfFreedom = 0; ///< Welch-Satterthwaite
        double standardError = 0;
    };

    /// nullopt when a group has fewer than 2 values, or both groups have zero variance (the
    /// interval would be a single point and the degrees of freedom undefined).
    static std::optional<Estimate> compute(const std::vector<double>& first,
        const std::vector<double>& second, double confidence = 0.95);
    /// The same with each group's number of days replaced by an effective number (fewer when
    /// the days of a group are not independent, see Statistics::Comparison) in the standard
    /// errors and the Welch-Satterthwaite degrees of freedom; the variances are the samples'.
    /// nullopt as compute(), or when an effective number is not above 1.
    static std::optional<Estimate> computeEffective(const std::vector<double>& first,
        const std::vector<double>& second, double nFirst, double nSecond, double confidence = 0.95);

    static double mean(const std::vector<double>& values); ///< NaN when empty
    /// The sample variance (divisor n - 1), by two passes; NaN for fewer than 2 values.
    static double variance(const std::vector<double>& values);
};

} // namespace stilla
