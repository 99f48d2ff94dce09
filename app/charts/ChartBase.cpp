#include "ChartBase.h"

#include <QAbstractAxis>
#include <QChartView>
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

QChartView* ChartBase::makeView(
    QChart* chart, QWidget* parent, const char* objectName, int minimumHeight)
{
    auto* view = new QChartView(chart, parent);
    view->setObjectName(QLatin1String(objectName));
    view->setRenderHint(QPainter::Antialiasing);
    // A chart is rebuilt as a whole: one repaint of the view, not a clip region made of the
    // hundreds of bars that changed (each drawing call would be clipped against all of them;
    // a year's range took 200 ms to paint).
    view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    view->setMinimumHeight(minimumHeight);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
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
