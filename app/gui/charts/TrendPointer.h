#pragma once

#include <QObject>
#include <QString>

class QChartView;
class QGraphicsLineItem;

namespace stilla {

class TrendChart;

/// The trend chart's current point, for the mouse and the keyboard alike. Hovering a bar or a
/// line makes its point current; with the chart focused, Left and Right step one point, Page Up
/// and Page Down seven, Home and End go to the first and last. The current point is marked by
/// a vertical line in the chart and its values (TrendChart::describePoint) are shown as a
/// tooltip beside it and announced by currentChanged(). Leaving the chart or rebuilding it
/// clears it.
class TrendPointer final : public QObject
{
    Q_OBJECT

public:
    TrendPointer(TrendChart* chart, QChartView* view);

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

    TrendChart* m_chart;
    QChartView* m_view;
    QGraphicsLineItem* m_marker;
    int m_current = -1;
};

} // namespace stilla
