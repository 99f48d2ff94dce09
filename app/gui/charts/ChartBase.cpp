#include "ChartBase.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QLegendMarker>
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
    followPalette(QGuiApplication::palette());
}

namespace {

QColor blend(const QColor& front, const QColor& back, qreal share)
{
    return QColor::fromRgbF(front.redF() * share + back.redF() * (1 - share),
        front.greenF() * share + back.greenF() * (1 - share),
        front.blueF() * share + back.blueF() * (1 - share));
}

} // namespace

QPalette ChartBase::exportPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    return palette;
}

void ChartBase::followPalette(const QPalette& palette)
{
    m_palette = palette;
    setPalette(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    setBackgroundBrush(base);
    setBackgroundPen(Qt::NoPen);
    setPlotAreaBackgroundVisible(false);
    setTitleBrush(text);
    legend()->setLabelColor(text);
    // A hidden series' name stays greyed out in the legend (as TrendChart greys it).
    const QColor hidden = palette.color(QPalette::PlaceholderText);
    const auto markers = legend()->markers();
    for (QLegendMarker* marker : markers)
        marker->setLabelBrush(marker->series()->isVisible() ? text : hidden);
    const auto current = axes();
    for (QAbstractAxis* axis : current)
        colourAxis(axis);
}

void ChartBase::colourAxis(QAbstractAxis* axis) const
{
    const QColor base = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    axis->setLabelsColor(text);
    QPen line = axis->linePen();
    line.setColor(blend(text, base, 0.55));
    axis->setLinePen(line);
    axis->setGridLineColor(blend(text, base, 0.18));
    axis->setMinorGridLineColor(blend(text, base, 0.1));
    axis->setTitleBrush(m_titleColours.value(axis, text));
}

void ChartBase::addAxis(QAbstractAxis* axis, Qt::Alignment alignment, const QColor& titleColour)
{
    if (titleColour.isValid())
        m_titleColours.insert(axis, titleColour);
    QChart::addAxis(axis, alignment);
    colourAxis(axis);
}

bool ChartBase::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        if (auto* view = qobject_cast<QChartView*>(watched))
            followPalette(view->palette());
    }
    return QChart::eventFilter(watched, event);
}

QPen ChartBase::pointMarkerPen() const
{
    QPen pen(m_palette.color(QPalette::Text));
    pen.setWidthF(1.0);
    pen.setStyle(Qt::DashLine);
    return pen;
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
    if (auto* ours = qobject_cast<ChartBase*>(chart)) {
        ours->followPalette(view->palette());
        view->installEventFilter(ours);
    }
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
    m_titleColours.clear();
    setLocale(QLocale());
}

} // namespace stilla
