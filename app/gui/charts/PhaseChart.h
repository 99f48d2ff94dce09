#pragma once

#include "ChartBase.h"
#include "core/experiment/ExperimentResult.h"

namespace stilla {

/// A self-experiment phase by phase: one bar per phase that has begun, its height the mean of
/// the primary outcome over the phase's analysed days, grey without magnesium (A) and teal with
/// it (B), the same colours as the phases shaded on the trend chart, under a title naming the
/// outcome and which way is better. A phase without analysed days has no bar.
class PhaseChart final : public ChartBase
{
    Q_OBJECT

public:
    explicit PhaseChart(QGraphicsItem* parent = nullptr);
    void setData(const ExperimentResult& result);

    /// Each phase's mean and analysed days in words, for screen readers and the dialog's text;
    /// empty before the first phase.
    QString describe() const { return m_description; }

private:
    QString m_description;
};

} // namespace stilla
