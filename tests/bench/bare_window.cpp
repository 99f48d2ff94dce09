// The floor for start-up time and memory: an empty QMainWindow, opened the way Stilla opens its
// window (same Qt, same platform plugin), that quits right after its first paint, as
// `stilla --quit-after-first-paint` does. scripts/bench.sh compares the two.
// It links Qt Widgets only, so it loads nothing Stilla's window would not. With --text it shows
// one line of text, as a second reference: the cost any window with text pays.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstring>

namespace {

/// Quits after the first paint of the window it watches (the same logic as
/// stilla::FirstPaintWatcher, repeated here so this program links nothing of Stilla's).
class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget* window, QElapsedTimer started, bool report)
        : QObject(window)
        , m_window(window)
        , m_started(started)
        , m_report(report)
    {
        m_window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            m_window->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                if (m_report) {
                    const auto now = std::chrono::system_clock::now().time_since_epoch();
                    std::fprintf(stderr, "bare_window: first paint after %lld ms (at %lld ns)\n",
                        qlonglong(m_started.elapsed()),
                        qlonglong(
                            std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
                }
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
    QElapsedTimer m_started;
    bool m_report;
    bool m_painted = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    bool report = false;
    bool text = false;
    for (int i = 1; i < argc; ++i) {
        report = report || std::strcmp(argv[i], "--verbose") == 0;
        text = text || std::strcmp(argv[i], "--text") == 0;
    }
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare window"));
    window.resize(1000, 700);
    // --text: one line of text, so the window pays what any window with text pays (Qt's font
    // database and a font), which the empty floor never does. Reported beside the floor.
    if (text)
        window.setCentralWidget(new QLabel(QStringLiteral("Restless legs and magnesium")));
    new FirstPaint(&window, started, report);
    window.show();
    return app.exec();
}
