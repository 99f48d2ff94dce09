#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace stilla {

/// The diagnostic behind `stilla --quit-after-first-paint` (used by scripts/bench.sh): when
/// @p window is painted for the first time, quits the application once that paint is done and,
/// if asked, prints the milliseconds since @p started to stderr.
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT

public:
    FirstPaintWatcher(QWidget* window, QElapsedTimer started, bool report);

    /// True once the window has been painted.
    bool painted() const { return m_painted; }

signals:
    void firstPaint(qint64 elapsedMs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QElapsedTimer m_started;
    bool m_report;
    bool m_painted = false;
};

} // namespace stilla
