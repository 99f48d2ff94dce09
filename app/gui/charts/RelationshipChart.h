#pragma once

#include "ChartBase.h"
#include "core/stats/Statistics.h"

namespace stilla {

/// Magnesium on a day against symptoms (or sleep) that day or a few days later: one dot per
/// pair of days, and the least-squares line when there is one.
class RelationshipChart final : public ChartBase
{
    Q_OBJECT

public:
    explicit RelationshipChart(QGraphicsItem* parent = nullptr);
    void setData(const std::vector<std::pair<double, double>>& pairs,
        const Statistics::Relationship& relationship);
};

} // namespace stilla
