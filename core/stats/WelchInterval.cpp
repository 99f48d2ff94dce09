#include "WelchInterval.h"

#include "TDistribution.h"

#include <cmath>
#include <limits>
#include <numeric>

namespace stilla {

double WelchInterval::mean(const std::vector<double>& values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

double WelchInterval::variance(const std::vector<double>& values)
{
    if (values.size() < 2)
        return std::numeric_limits<double>::quiet_NaN();
    const double m = mean(values);
    double sum = 0;
    for (const double value : values)
        sum += (value - m) * (value - m);
    return sum / double(values.size() - 1);
}

std::optional<WelchInterval::Estimate> WelchInterval::compute(
    const std::vector<double>& first, const std::vector<double>& second, double confidence)
{
    return computeEffective(first, second, double(first.size()), double(second.size()), confidence);
}

std::optional<WelchInterval::Estimate> WelchInterval::computeEffective(
    const std::vector<double>& first, const std::vector<double>& second, double n1, double n2,
    double confidence)
{
    if (first.size() < 2 || second.size() < 2 || !(confidence > 0 && confidence < 1) || !(n1 > 1)
        || !(n2 > 1))
        return std::nullopt;
    const double a = variance(first) / n1; // squared standard error of each mean
    const double b = variance(second) / n2;
    const double se2 = a + b;
    if (!(se2 > 0) || !std::isfinite(se2))
        return std::nullopt;
    Estimate estimate;
    estimate.difference = mean(second) - mean(first);
    estimate.standardError = std::sqrt(se2);
    estimate.degreesOfFreedom = se2 * se2 / (a * a / (n1 - 1.0) + b * b / (n2 - 1.0));
    const double t = TDistribution::quantile(0.5 + confidence / 2.0, estimate.degreesOfFreedom);
    estimate.low = estimate.difference - t * estimate.standardError;
    estimate.high = estimate.difference + t * estimate.standardError;
    return estimate;
}

} // namespace stilla
