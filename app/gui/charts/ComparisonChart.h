#pragma once

#include "ChartBase.h"
#include "core/stats/Statistics.h"

namespace stilla {

/// Two groups of days side by side: the mean severity of each as a bar, with the number of
/// days under each bar.
class ComparisonChart final : public ChartBase
{
    Q_OBJECT

public:
    explicit ComparisonChart(QGraphicsItem* parent = nullptr);
    void setData(const Statistics::Comparison& comparison, const QString& firstLabel,
        const QString& secondLabel);
};

} // namespace stilla
