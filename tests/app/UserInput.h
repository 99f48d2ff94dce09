#pragma once

// Input a person makes that QTest has no function for in Qt 6.4: the mouse wheel, and Tab
// pressed through a window. The event is
// marked spontaneous, as one from the window system is, so QApplication treats it as a real
// wheel: it may give the focus to the widget under the mouse (Qt::WheelFocus) and hands an
// event the widget does not take on to its parent, up to the window.
#include <QApplication>
#include <QSpontaneKeyEvent>
#include <QStringList>
#include <QTest>
#include <QWheelEvent>
#include <QWidget>

#include <gtest/gtest.h>

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

/// Lets the layouts settle, as they have by the time a person looks: a scroll area's content is
/// first given its old width and only then the view's, and a layout changed by another one's
/// result asks again.
inline void settleLayouts()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

/// Presses Tab from @p first, as a person going through @p window with the keyboard, until the
/// focus comes back to @p first or after @p most presses, and returns the object names of the
/// widgets it stopped at, each once (a date field takes a Tab for each of its sections). Fails
/// the test where the focus goes up the window: in a one-column form, Tab follows the reading.
inline QStringList tabDownTheWindow(QWidget& window, QWidget* first, int most = 60)
{
    first->setFocus();
    QStringList visited {first->objectName()};
    QWidget* last = first;
    int top = first->mapTo(&window, QPoint()).y();
    for (int press = 0; press < most; ++press) {
        if (!QApplication::focusWidget()) {
            ADD_FAILURE() << "nothing has the focus: is the window active?";
            break;
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (now == last) // the next section of a date or time
            continue;
        if (now == first || now == nullptr)
            break;
        const int y = now->mapTo(&window, QPoint()).y();
        EXPECT_GE(y, top) << now->objectName().toStdString() << " after "
                          << visited.join(u' ').toStdString();
        top = y;
        last = now;
        visited << now->objectName();
    }
    return visited;
}

} // namespace stilla::test
