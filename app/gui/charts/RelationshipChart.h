#pragma once

#include "ChartBase.h"
#include "core/stats/Statistics.h"

class QLineSeries;
class QValueAxis;

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
    void followPalette(const QPalette& palette) override;

private:
    /// The dots' name in the legend: which day's symptoms or which night's sleep a dot uses.
    static QString dotsName(const Statistics::Relationship& relationship);
    /// The least-squares line across the x axis' range.
    void addFitLine(
        double intercept, double slope, double yScale, QValueAxis* xAxis, QValueAxis* yAxis);
    /// The dots' colour for the chart's palette.
    QColor dotColour() const;
    /// Colours the dots and their legend marker for the chart's palette.
    void colourDots();

    QLineSeries* m_dots = nullptr; ///< the dots of the last setData()
};

} // namespace stilla
