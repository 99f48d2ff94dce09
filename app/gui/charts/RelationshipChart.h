#pragma once

#include "ChartBase.h"
#include "core/stats/Statistics.h"

#include <QChartView>
#include <QPointer>

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
    void setData(const std::vector<Statistics::DatedPair>& pairs,
        const Statistics::Relationship& relationship);
    void followPalette(const QPalette& palette) override;
    /// What the dot nearest @p position (in the chart's coordinates, within a few pixels) is:
    /// its days and values (StatisticsText::pair); empty when no dot is there.
    QString describeDotAt(const QPointF& position);

    /// Names the dot under the mouse in @p view (which shows this chart) in a tooltip.
    void followMouse(QChartView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

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
    std::vector<Statistics::DatedPair> m_pairs; ///< the days behind the dots, in their order
    Statistics::Relationship m_relationship;
    QPointer<QChartView> m_view; ///< where followMouse() follows the mouse
    QPointer<QWidget> m_viewport; ///< its viewport, whose events the chart watches
    double m_yScale = 1; ///< the outcome as drawn: total sleep in hours, paired in minutes
};

} // namespace stilla
