#include "HacRegression.h"

#include "TDistribution.h"

#include <cmath>

namespace stilla {

int HacRegression::defaultMaxLags(int n)
{
    if (n <= 0)
        return 0;
    return int(std::floor(4.0 * std::pow(n / 100.0, 2.0 / 9.0)));
}

std::optional<HacRegression::Fit> HacRegression::fit(
    const std::vector<double>& x, const std::vector<double>& y, int maxLags)
{
    const std::size_t n = y.size();
    if (n < 3 || x.size() != n || maxLags < 0)
        return std::nullopt;

    // Least squares about the means (two passes, as Correlation::leastSquares).
    double meanX = 0;
    double meanY = 0;
    for (std::size_t i = 0; i < n; ++i) {
        meanX += x[i];
        meanY += y[i];
    }
    meanX /= double(n);
    meanY /= double(n);
    double sxx = 0;
    double sxy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxx += (x[i] - meanX) * (x[i] - meanX);
        sxy += (x[i] - meanX) * (y[i] - meanY);
    }
    if (!(sxx > 0))
        return std::nullopt;
    Fit result;
    result.n = int(n);
    result.maxLags = maxLags;
    result.slope = sxy / sxx;
    result.intercept = meanY - result.slope * meanX;

    // The sandwich (X'X)^-1 S (X'X)^-1 for X = [1, x]. S = Σ u_t² x_t x_tᵀ + Σ_l w_l Σ_t
    // u_t u_{t-l} (x_t x_{t-l}ᵀ + x_{t-l} x_tᵀ), with x_t = (1, x_t).
    std::vector<double> u(n);
    for (std::size_t i = 0; i < n; ++i)
        u[i] = y[i] - result.intercept - result.slope * x[i];
    double s00 = 0;
    double s01 = 0;
    double s11 = 0;
    for (std::size_t t = 0; t < n; ++t) {
        const double uu = u[t] * u[t];
        s00 += uu;
        s01 += uu * x[t];
        s11 += uu * x[t] * x[t];
    }
    for (int lag = 1; lag <= maxLags && std::size_t(lag) < n; ++lag) {
        const double weight = 1.0 - double(lag) / double(maxLags + 1);
        double g00 = 0;
        double g01 = 0; // the two cross terms x_t + x_{t-l}, summed
        double g11 = 0;
        for (std::size_t t = std::size_t(lag); t < n; ++t) {
            const double uu = u[t] * u[t - std::size_t(lag)];
            g00 += 2 * uu;
            g01 += uu * (x[t] + x[t - std::size_t(lag)]);
            g11 += 2 * uu * x[t] * x[t - std::size_t(lag)];
        }
        s00 += weight * g00;
        s01 += weight * g01;
        s11 += weight * g11;
    }
    // (X'X)^-1 = [[Σx², −Σx], [−Σx, n]] / det; its second row is all b1's variance needs.
    double sumX = 0;
    double sumXX = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sumX += x[i];
        sumXX += x[i] * x[i];
    }
    const double det = double(n) * sumXX - sumX * sumX;
    const double a = -sumX / det; // row 2 of the inverse: (a, b)
    const double b = double(n) / det;
    const double variance = a * a * s00 + 2 * a * b * s01 + b * b * s11;
    if (!(variance > 0) || !std::isfinite(variance))
        return std::nullopt;
    result.slopeStandardError = std::sqrt(variance);
    const double t = TDistribution::quantile(0.975, double(n) - 2.0);
    result.ci95Low = result.slope - t * result.slopeStandardError;
    result.ci95High = result.slope + t * result.slopeStandardError;
    return result;
}

} // namespace stilla
