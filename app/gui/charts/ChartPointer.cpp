#include "ChartPointer.h"

#include "ChartBase.h"

#include <QChartView>
#include <QCursor>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QPen>
#include <QToolTip>

#include <algorithm>
#include <utility>

namespace stilla {

namespace {

constexpr int kPageStep = 7;

} // namespace

ChartPointer::ChartPointer(ChartBase* chart, QChartView* view, std::function<QString()> summary)
    : QObject(view)
    , m_chart(chart)
    , m_view(view)
    , m_marker(new QGraphicsPathItem(chart))
    , m_focusFrame(new QGraphicsRectItem(chart))
    , m_summary(std::move(summary))
{
    m_marker->setZValue(100);
    m_marker->hide();
    m_focusFrame->setZValue(101);
    m_focusFrame->setBrush(Qt::NoBrush);
    m_focusFrame->hide();
    view->installEventFilter(this);
    connect(chart, &ChartBase::pointHovered, this, [this](int index, bool hovering) {
        if (hovering)
            setCurrent(index, true);
        else if (!m_view->hasFocus())
            setCurrent(-1);
    });
    connect(chart, &ChartBase::rebuilt, this, [this] { setCurrent(-1); });
    connect(chart, &ChartBase::pointsMoved, this, [this] {
        placeMarker();
        placeFocusFrame();
    });
}

QString ChartPointer::currentText() const
{
    return m_current < 0 ? QString() : m_chart->describePoint(m_current);
}

void ChartPointer::setCurrent(int index, bool atCursor)
{
    if (index < 0 && m_current < 0)
        return; // nothing to clear: a rebuilt chart costs no more than before
    const int count = m_chart->pointCount();
    m_current = count == 0 || index < 0 ? -1 : std::min(index, count - 1);
    placeMarker();
    const QString text = currentText();
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        const QPoint at = atCursor ? QCursor::pos()
                                   : m_view->viewport()->mapToGlobal(m_view->mapFromScene(
                                       m_chart->mapToScene(m_chart->pointPosition(m_current))));
        QToolTip::showText(at, text, m_view);
    }
    m_view->setAccessibleDescription(text.isEmpty() ? m_summary() : text);
    emit currentChanged(m_current, text);
}

void ChartPointer::placeMarker()
{
    if (m_current < 0 || m_current >= m_chart->pointCount()) {
        m_marker->hide();
        return;
    }
    m_marker->setPen(m_chart->pointMarkerPen());
    m_marker->setPath(m_chart->pointMarker(m_current));
    m_marker->show();
}

void ChartPointer::placeFocusFrame()
{
    m_focusFrame->setVisible(m_view->hasFocus());
    if (!m_view->hasFocus())
        return;
    m_focusFrame->setPen(QPen(m_view->palette().color(QPalette::Highlight), 2));
    m_focusFrame->setRect(m_chart->rect().adjusted(1, 1, -1, -1));
}

bool ChartPointer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int count = m_chart->pointCount();
        const int last = count - 1;
        const int from = m_current;
        int next = -2;
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Right:
            next = from < 0 ? 0 : std::min(from + 1, last);
            break;
        case Qt::Key_Left:
            next = from < 0 ? last : std::max(from - 1, 0);
            break;
        case Qt::Key_PageDown:
            next = from < 0 ? 0 : std::min(from + kPageStep, last);
            break;
        case Qt::Key_PageUp:
            next = from < 0 ? last : std::max(from - kPageStep, 0);
            break;
        case Qt::Key_Home:
            next = 0;
            break;
        case Qt::Key_End:
            next = last;
            break;
        case Qt::Key_Escape:
            if (from < 0)
                return false;
            next = -1;
            break;
        default:
            return false;
        }
        if (count > 0)
            setCurrent(next);
        return true;
    }
    if (watched == m_view && event->type() == QEvent::FocusOut)
        setCurrent(-1);
    if (watched == m_view
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        placeFocusFrame();
    return false;
}

} // namespace stilla
