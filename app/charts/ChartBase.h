#pragma once

#include <QChart>

class QChartView;
class QWidget;

namespace stilla {

/// What every Stilla chart shares: a flat, unanimated look that fills its view, numbers in the
/// UI's locale, and a way to start over when the data changes.
class ChartBase : public QChart
{
    Q_OBJECT

public:
    explicit ChartBase(const QString& objectName, QGraphicsItem* parent = nullptr);

    /// A view for @p chart as every page shows one: antialiased, repainted whole, at least
    /// @p minimumHeight high, and focusable so the keyboard reaches it.
    static QChartView* makeView(
        QChart* chart, QWidget* parent, const char* objectName, int minimumHeight = 260);

protected:
    /// Removes every series and axis (the chart owns and deletes them) and takes the current
    /// default locale, so rebuilt charts follow a language switch.
    void clearChart();
};

} // namespace stilla
