#pragma once

#include <QString>

#include <future>

namespace stilla {

/// Connects to the D-Bus session bus on a worker thread while the rest of start-up goes on.
///
/// On X11 and Wayland, Qt's accessibility bridge (AT-SPI, through which screen readers read the
/// window) connects to the session bus the first time a widget asks whether accessibility is
/// on, which the sidebar's list does while the window is being built; the window waits for it.
/// Under Xvfb with no session bus that wait was 9 ms of the start-up, libdbus trying to start a
/// bus; with one, the connection's handshake (docs/performance.md). Qt keeps one session bus
/// connection per process, so the bridge finds this one made. Nothing is started on platforms
/// without the bridge (offscreen, Windows, macOS).
class SessionBusPrefetch
{
public:
    /// Starts connecting when Qt's platform plugin @p platformName has the bridge.
    explicit SessionBusPrefetch(const QString& platformName);
    /// Waits for the worker (a std::async future does, when it is destroyed).
    ~SessionBusPrefetch() = default;
    SessionBusPrefetch(const SessionBusPrefetch&) = delete;
    SessionBusPrefetch& operator=(const SessionBusPrefetch&) = delete;

    /// Whether the platform plugin named @p platformName reaches screen readers over AT-SPI,
    /// on the session bus: "xcb" and the "wayland" plugins.
    static bool platformUsesSessionBus(const QString& platformName);

    /// Whether a worker was started.
    bool started() const { return m_connecting.valid(); }
    /// Waits until the worker is done; true when it connected to a session bus.
    bool wait();

private:
    std::future<bool> m_connecting;
};

} // namespace stilla
