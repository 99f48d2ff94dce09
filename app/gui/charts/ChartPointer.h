#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QChartView;
class QGraphicsPathItem;
class QGraphicsRectItem;

namespace stilla {

class ChartBase;

/// A chart's current point, for the mouse and the keyboard alike: a day or week of the trend
/// chart, a dot of the relationship chart (ChartBase::pointCount() and the rest). Hovering a
/// point makes it current; with the chart focused, Left and Right step one point, Page Up and
/// Page Down seven, Home and End go to the first and last. The current point is marked in the
/// chart (ChartBase::pointMarker()) and its values (ChartBase::describePoint()) are shown as a
/// tooltip beside it, given to assistive technology as the view's accessible description
/// and announced by currentChanged(). Leaving the chart or rebuilding it clears it, and the
/// view's description is the chart's @p summary again. While the view has the focus, a frame
/// in the highlight colour around the chart shows it.
class ChartPointer final : public QObject
{
    Q_OBJECT

public:
    ChartPointer(ChartBase* chart, QChartView* view, std::function<QString()> summary);

    /// The current point's index, or -1 for none.
    int current() const { return m_current; }
    /// Its values as the tooltip shows them; empty for none.
    QString currentText() const;
    /// Makes @p index current (-1 clears), with the tooltip at the point (@p atCursor: at the
    /// mouse instead).
    void setCurrent(int index, bool atCursor = false);

signals:
    void currentChanged(int index, const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void placeMarker();
    void placeFocusFrame();

    ChartBase* m_chart;
    QChartView* m_view;
    QGraphicsPathItem* m_marker;
    QGraphicsRectItem* m_focusFrame;
    std::function<QString()> m_summary;
    int m_current = -1;
};

} // namespace stilla
