#pragma once

// Input a person makes that QTest has no function for in Qt 6.4: the mouse wheel. The event is
// marked spontaneous, as one from the window system is, so QApplication treats it as a real
// wheel: it may give the focus to the widget under the mouse (Qt::WheelFocus) and hands an
// event the widget does not take on to its parent, up to the window.
#include <QApplication>
#include <QSpontaneKeyEvent>
#include <QWheelEvent>
#include <QWidget>

namespace stilla::test {

/// One notch of the wheel (15 degrees) over the middle of @p widget; @p notches > 0 turns it
/// away from the person (up), < 0 towards them (down).
inline void wheelOver(QWidget* widget, int notches)
{
    const QPointF local(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(local, widget->mapToGlobal(local), QPoint(), QPoint(0, 120 * notches),
        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    // QCoreApplication::sendEvent() would clear the spontaneous flag again.
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    QCoreApplication::instance()->notify(widget, &wheel);
}

} // namespace stilla::test
