#include "VerticalScrollArea.h"

#include <QEvent>
#include <QScrollBar>

#include <algorithm>

namespace stilla {

VerticalScrollArea::VerticalScrollArea(QWidget* content, QWidget* parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(content);
    content->installEventFilter(this);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    QSize least = QScrollArea::minimumSizeHint();
    if (const QWidget* content = widget()) {
        least.setWidth(std::max(least.width(),
            content->minimumSizeHint().width() + 2 * frameWidth()
                + verticalScrollBar()->sizeHint().width()));
    }
    return least;
}

bool VerticalScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    // The content's layout changed (a text, a font, a language): so may the least it needs.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace stilla
