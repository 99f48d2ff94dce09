#pragma once

#include <optional>
#include <vector>

namespace stilla {

/// y = b0 + b1·x by least squares, with the standard error of b1 by Newey and West (1987): the
/// heteroskedasticity- and autocorrelation-consistent (HAC) sandwich with Bartlett weights
/// 1 − l/(L + 1) for lags l = 1..L, no small-sample correction, and a 95% interval from the t
/// distribution with n − 2 degrees of freedom. The rows are taken as consecutive in the order
/// given. This is what statsmodels computes with
/// OLS(y, add_constant(x)).fit(cov_type='HAC', cov_kwds={'maxlags': L}, use_t=True);
/// tests/data/stats/experiment_reference.py holds the golden values. See docs/statistics.md.
class HacRegression
{
public:
    struct Fit
    {
        double intercept = 0; ///< b0
        double slope = 0; ///< b1
        double slopeStandardError = 0;
        double ci95Low = 0;
        double ci95High = 0;
        int maxLags = 0; ///< L
        int n = 0;
    };

    /// The lag length the self-experiment uses: floor(4·(n/100)^(2/9)) (Newey and West 1994).
    static int defaultMaxLags(int n);

    /// nullopt for fewer than 3 rows, x and y of different lengths, x that does not vary, or a
    /// standard error that is not a finite positive number (y fitted exactly).
    static std::optional<Fit> fit(
        const std::vector<double>& x, const std::vector<double>& y, int maxLags);
};

} // namespace stilla
