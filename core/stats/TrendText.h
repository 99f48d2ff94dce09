#pragma once

#include "TrendBuckets.h"
#include "core/experiment/ExperimentPlan.h"
#include "core/labs/LabResult.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace stilla {

/// The trend over time in words, as the chart's pointer (mouse and keyboard) and its note say
/// it: one point's values, and what a point is over long ranges.
class TrendText
{
    Q_DECLARE_TR_FUNCTIONS(stilla::TrendText)

public:
    /// One point (a day, a week or four weeks, @p daysPerBucket) with its values: over a
    /// bucket, each value's mean, on how many of its days, and the middle half of them; then
    /// the safety notes counted, the blood tests of its days (@p labs) and the self-experiment
    /// phases it overlaps (@p phases). In the UI's language and locale, one line each.
    static QString describePoint(const TrendBucket& bucket, int daysPerBucket,
        const std::vector<LabResult>& labs, const std::vector<PhaseSpan>& phases);
    /// What one point is, for the page's note: empty for days, else e.g. "Weekly means: each
    /// point is the mean of a week's logged days; the band behind severity holds the middle
    /// half of them."
    static QString bucketExplanation(int daysPerBucket);
};

} // namespace stilla
