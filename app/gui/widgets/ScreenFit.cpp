#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace stilla {

namespace {
// What a window manager's title bar and borders take, about; the rest is the window's.
const QSize kFrame(32, 64);
} // namespace

void resizeWithinScreen(QWidget& window, const QSize& wanted)
{
    const QWidget* placed = window.parentWidget() ? window.parentWidget() : &window;
    const QScreen* screen = placed->screen() ? placed->screen() : QGuiApplication::primaryScreen();
    QSize size = wanted;
    if (screen)
        size = size.boundedTo(screen->availableGeometry().size() - kFrame);
    window.resize(size.expandedTo(window.minimumSizeHint()));
}

} // namespace stilla
