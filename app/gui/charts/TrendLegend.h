#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace stilla {

class GridFlowLayout;
class TrendChart;

/// The trend chart's legend as widgets under it: a swatch and a name for each part of the
/// magnesium bars, and a check box for each series that can be shown or hidden (severity,
/// sleep quality, safety notes, blood tests, the phases of a self-experiment). The boxes wrap
/// onto more rows in a narrow window, so no name is cut, and the keyboard reaches them (Tab,
/// Space). Rebuilt with the chart.
class TrendLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit TrendLegend(TrendChart* chart, QWidget* parent = nullptr);

private:
    void rebuild();

    TrendChart* m_chart;
    GridFlowLayout* m_layout;
    QStringList m_names; ///< the entries shown, to keep the widgets when a rebuild has the same
    QList<QCheckBox*> m_boxes;
};

} // namespace stilla
