#include "SessionBusPrefetch.h"

#include <QDBusConnection>

namespace stilla {

SessionBusPrefetch::SessionBusPrefetch(const QString& platformName)
{
    if (platformUsesSessionBus(platformName)) {
        m_connecting = std::async(
            std::launch::async, [] { return QDBusConnection::sessionBus().isConnected(); });
    }
}

bool SessionBusPrefetch::platformUsesSessionBus(const QString& platformName)
{
    return platformName == QLatin1String("xcb")
        || platformName.startsWith(QLatin1String("wayland"));
}

bool SessionBusPrefetch::wait()
{
    return m_connecting.valid() && m_connecting.get();
}

} // namespace stilla
