#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace stilla {

/// Says when @p window has been painted for the first time (firstPaint), so that work the first
/// screen does not need can start then. It is also the diagnostic behind
/// `stilla --quit-after-first-paint` (scripts/bench.sh): with @p quit it quits the application
/// once that paint is done and, with @p report, prints the milliseconds since @p started.
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT

public:
    FirstPaintWatcher(QWidget* window, QElapsedTimer started, bool quit, bool report);

    /// True once the window has been painted.
    bool painted() const { return m_painted; }

signals:
    void firstPaint(qint64 elapsedMs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QElapsedTimer m_started;
    bool m_quit;
    bool m_report;
    bool m_painted = false;
};

} // namespace stilla
