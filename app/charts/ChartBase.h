#pragma once

#include <QChart>

namespace stilla {

/// What every Stilla chart shares: a flat, unanimated look that fills its view, numbers in the
/// UI's locale, and a way to start over when the data changes.
class ChartBase : public QChart
{
    Q_OBJECT

public:
    explicit ChartBase(const QString& objectName, QGraphicsItem* parent = nullptr);

protected:
    /// Removes every series and axis (the chart owns and deletes them) and takes the current
    /// default locale, so rebuilt charts follow a language switch.
    void clearChart();
};

} // namespace stilla
