// What `stilla` leaves until after its first paint, or does beside it on a worker thread.
#include "app/gui/FirstPaintWatcher.h"
#include "app/gui/GuiApplication.h"
#include "app/gui/SessionBusPrefetch.h"
#include "app/gui/widgets/MessageBox.h"
#include "tests/PrivateSessionBus.h"
#include "tests/app/ScriptedUser.h"

#include <QDBusConnection>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QWidget>

#include <gtest/gtest.h>

namespace stilla {
namespace {

constexpr int kTimeoutMs = 60000;

/// Clears the application's window icon now and again when the test ends.
auto withoutWindowIcon()
{
    QApplication::setWindowIcon(QIcon());
    return qScopeGuard([] { QApplication::setWindowIcon(QIcon()); });
}

TEST(SessionBusPrefetchTest, OnlyThePlatformsWithTheAccessibilityBridgeUseTheBus)
{
    EXPECT_TRUE(SessionBusPrefetch::platformUsesSessionBus(QStringLiteral("xcb")));
    EXPECT_TRUE(SessionBusPrefetch::platformUsesSessionBus(QStringLiteral("wayland")));
    EXPECT_TRUE(SessionBusPrefetch::platformUsesSessionBus(QStringLiteral("wayland-egl")));
    for (const char* platform : {"offscreen", "minimal", "windows", "cocoa", "eglfs", ""}) {
        EXPECT_FALSE(SessionBusPrefetch::platformUsesSessionBus(QString::fromLatin1(platform)))
            << platform;
    }
}

TEST(SessionBusPrefetchTest, StartsNoWorkerWhereNoBridgeWouldUseTheBus)
{
    SessionBusPrefetch prefetch(QGuiApplication::platformName()); // offscreen, in the tests
    EXPECT_FALSE(prefetch.started());
    EXPECT_FALSE(prefetch.wait());
}

TEST(SessionBusPrefetchTest, ConnectsToTheSessionBusOnAWorker)
{
    test::PrivateSessionBus bus;
    const QByteArray address = bus.start(kTimeoutMs).toUtf8();
    ASSERT_FALSE(address.isEmpty()) << "dbus-daemon did not start";
    const QByteArray before = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    const auto restore = qScopeGuard([&before] { qputenv("DBUS_SESSION_BUS_ADDRESS", before); });

    SessionBusPrefetch prefetch(QStringLiteral("xcb"));
    EXPECT_TRUE(prefetch.started());
    EXPECT_TRUE(prefetch.wait());
    EXPECT_TRUE(QDBusConnection::sessionBus().isConnected());
}

TEST(WindowIconTest, ComesWithTheFirstPaint)
{
    const auto restore = withoutWindowIcon();
    QWidget window;
    window.resize(200, 100);
    QElapsedTimer started;
    started.start();
    auto* painted = new FirstPaintWatcher(&window, started, false, false);
    giveWindowIconAfterFirstPaint(*painted);
    QSignalSpy firstPaint(painted, &FirstPaintWatcher::firstPaint);
    EXPECT_TRUE(QApplication::windowIcon().isNull());

    window.show();
    ASSERT_TRUE(firstPaint.wait(kTimeoutMs));
    EXPECT_FALSE(QApplication::windowIcon().isNull());
    EXPECT_FALSE(window.windowIcon().isNull());
}

TEST(WindowIconTest, AMessageBeforeTheWindowHasTheIcon)
{
    const auto restore = withoutWindowIcon();
    bool hadIcon = false;
    {
        test::Dialogs dialogs;
        dialogs.expect([&hadIcon](QWidget* modal) {
            hadIcon = !modal->windowIcon().isNull();
            test::press(QMessageBox::Ok)(modal);
        });
        MessageBox::inform(nullptr, QMessageBox::Critical, QStringLiteral("Stilla cannot start"),
            QStringLiteral("The data folder cannot be written."));
    }
    EXPECT_TRUE(hadIcon);
}

} // namespace
} // namespace stilla
