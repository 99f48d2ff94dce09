#include "Correlation.h"

#include "NormalDistribution.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stilla {

namespace {

double mean(const std::vector<double>& values)
{
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

/// Sums of squares and products about the means (two passes, so no catastrophic cancellation).
struct Moments
{
    double meanX = 0;
    double meanY = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
};

std::optional<Moments> moments(const std::vector<double>& x, const std::vector<double>& y)
{
    if (x.size() != y.size() || x.size() < 2)
        return std::nullopt;
    Moments m;
    m.meanX = mean(x);
    m.meanY = mean(y);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double dx = x[i] - m.meanX;
        const double dy = y[i] - m.meanY;
        m.sxx += dx * dx;
        m.syy += dy * dy;
        m.sxy += dx * dy;
    }
    return m;
}

} // namespace

std::optional<double> Correlation::pearson(
    const std::vector<double>& x, const std::vector<double>& y)
{
    const std::optional<Moments> m = moments(x, y);
    if (!m || !(m->sxx > 0) || !(m->syy > 0))
        return std::nullopt;
    const double r = m->sxy / std::sqrt(m->sxx * m->syy);
    if (!std::isfinite(r))
        return std::nullopt;
    return std::clamp(r, -1.0, 1.0);
}

std::vector<double> Correlation::ranks(const std::vector<double>& values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
        [&values](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> result(values.size());
    std::size_t start = 0;
    while (start < order.size()) {
        std::size_t end = start + 1;
        while (end < order.size() && values[order[end]] == values[order[start]])
            ++end;
        // Positions start..end-1 hold ranks start+1..end; each gets their average.
        const double rank = (double(start + 1) + double(end)) / 2.0;
        for (std::size_t i = start; i < end; ++i)
            result[order[i]] = rank;
        start = end;
    }
    return result;
}

std::optional<double> Correlation::spearman(
    const std::vector<double>& x, const std::vector<double>& y)
{
    if (x.size() != y.size())
        return std::nullopt;
    return pearson(ranks(x), ranks(y));
}

std::optional<Correlation::Line> Correlation::leastSquares(
    const std::vector<double>& x, const std::vector<double>& y)
{
    const std::optional<Moments> m = moments(x, y);
    if (!m || !(m->sxx > 0))
        return std::nullopt;
    Line line;
    line.slope = m->sxy / m->sxx;
    line.intercept = m->meanY - line.slope * m->meanX;
    if (!std::isfinite(line.slope) || !std::isfinite(line.intercept))
        return std::nullopt;
    return line;
}

std::optional<Correlation::Interval> Correlation::fisherInterval(
    double r, double n, double confidence)
{
    if (!(n > 3) || !std::isfinite(r) || std::fabs(r) >= 1.0 || !(confidence > 0 && confidence < 1))
        return std::nullopt;
    const double z = std::atanh(r);
    const double se = 1.0 / std::sqrt(n - 3.0);
    const double q = NormalDistribution::quantile(0.5 + confidence / 2.0);
    return Interval {std::tanh(z - q * se), std::tanh(z + q * se)};
}

} // namespace stilla
