#include "ChartBase.h"

#include <QAbstractAxis>
#include <QGraphicsLayout>
#include <QLocale>

namespace stilla {

ChartBase::ChartBase(const QString& objectName, QGraphicsItem* parent)
    : QChart(parent)
{
    setObjectName(objectName);
    setAnimationOptions(QChart::NoAnimation);
    setLocalizeNumbers(true);
    legend()->setAlignment(Qt::AlignBottom);
    layout()->setContentsMargins(0, 0, 0, 0);
    setBackgroundRoundness(0);
}

void ChartBase::clearChart()
{
    removeAllSeries();
    const auto oldAxes = axes();
    for (QAbstractAxis* axis : oldAxes) {
        removeAxis(axis);
        delete axis;
    }
    setLocale(QLocale());
}

} // namespace stilla
