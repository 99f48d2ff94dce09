#include "FirstPaintWatcher.h"

#include "StartupTrace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace stilla {

FirstPaintWatcher::FirstPaintWatcher(QWidget* window, QElapsedTimer started, bool quit, bool report)
    : QObject(window)
    , m_window(window)
    , m_started(started)
    , m_quit(quit)
    , m_report(report)
{
    m_window->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window->removeEventFilter(this);
        // Quit from the event loop, after this paint has been drawn and flushed.
        QTimer::singleShot(0, this, [this] {
            const qint64 elapsed = m_started.elapsed();
            // With the wall clock, so that scripts/bench.sh can time from exec to this paint
            // without counting the exit (which waits for work the window started).
            if (m_report)
                StartupTrace::print("first paint", double(m_started.nsecsElapsed()) / 1e6);
            emit firstPaint(elapsed);
            if (m_quit)
                QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace stilla
