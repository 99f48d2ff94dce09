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

    /// The dots as points for a ChartPointer, left to right: by magnesium, then by the outcome
    /// from the bottom up, then by date. A dot's text is its days and values
    /// (StatisticsText::pair) and how many more days are drawn on the same spot; its marker
    /// is a ring around it.
    int pointCount() const override { return int(m_order.size()); }
    QString describePoint(int index) const override;
    QPointF pointPosition(int index) const override;
    QPainterPath pointMarker(int index) const override;
    QPen pointMarkerPen() const override;
    /// The point nearest @p position (in the chart's coordinates), within a few pixels of it;
    /// -1 when no dot is there.
    int pointAt(const QPointF& position) const;
    /// What the dot nearest @p position is (describePoint() of pointAt()); empty for none.
    QString describeDotAt(const QPointF& position) const
    {
        return describePoint(pointAt(position));
    }

    /// Follows the mouse in @p view (which shows this chart): pointHovered() for the dot under
    /// it.
    void followMouse(QChartView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    /// Names the dots in full where the legend has room for it, else in short (the summary
    /// under the chart says which day or night a dot pairs with).
    void resizeEvent(QGraphicsSceneResizeEvent* event) override;

private:
    /// The dots' name in the legend: which day's symptoms or which night's sleep a dot uses.
    static QString dotsName(const Statistics::Relationship& relationship);
    /// The full dots name, or the short one when the legend's line is too narrow for it.
    void nameDots();
    /// The least-squares line across the x axis' range.
    void addFitLine(
        double intercept, double slope, double yScale, QValueAxis* xAxis, QValueAxis* yAxis);
    /// The dots' colour for the chart's palette.
    QColor dotColour() const;
    /// Colours the dots and their legend marker for the chart's palette.
    void colourDots();

    /// Where @p pair's dot is drawn, in the chart's coordinates (as QChart::mapToPosition).
    QPointF positionOf(const Statistics::DatedPair& pair) const;

    QLineSeries* m_dots = nullptr; ///< the dots of the last setData()
    QPointer<QValueAxis> m_xAxis;
    QPointer<QValueAxis> m_yAxis;
    std::vector<Statistics::DatedPair> m_pairs; ///< the days behind the dots, in their order
    std::vector<std::size_t> m_order; ///< m_pairs' indices in the points' order
    int m_hovered = -1; ///< the point under the mouse
    Statistics::Relationship m_relationship;
    QPointer<QChartView> m_view; ///< where followMouse() follows the mouse
    QPointer<QWidget> m_viewport; ///< its viewport, whose events the chart watches
    double m_yScale = 1; ///< the outcome as drawn: total sleep in hours, paired in minutes
};

} // namespace stilla
