#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace stilla::test {

/// A private D-Bus session bus for one test: a dbus-daemon whose socket lives in a temporary
/// folder of its own, so that nothing is left behind when the daemon is killed (with Debian's
/// session.conf the socket goes to /tmp, where every killed daemon left one). Stopped, and its
/// folder removed, when the object goes.
class PrivateSessionBus
{
public:
    PrivateSessionBus() = default;
    ~PrivateSessionBus() { stop(); }
    PrivateSessionBus(const PrivateSessionBus&) = delete;
    PrivateSessionBus& operator=(const PrivateSessionBus&) = delete;

    /// Starts the bus and returns its address, or an empty string when it did not start.
    QString start(int timeoutMs)
    {
        if (!m_folder.isValid())
            return {};
        m_daemon.start(QStringLiteral("dbus-daemon"),
            {QStringLiteral("--session"), QStringLiteral("--nofork"),
                QStringLiteral("--address=unix:dir=") + m_folder.path(),
                QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted(timeoutMs))
            return {};
        while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(timeoutMs)) { }
        return QString::fromUtf8(m_daemon.readLine()).trimmed();
    }

    void stop()
    {
        if (m_daemon.state() == QProcess::NotRunning)
            return;
        m_daemon.kill();
        m_daemon.waitForFinished();
    }

private:
    QTemporaryDir m_folder; // outlives the daemon: declared first, destroyed last
    QProcess m_daemon;
};

} // namespace stilla::test
