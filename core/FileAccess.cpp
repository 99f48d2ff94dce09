#include "FileAccess.h"

#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace stilla {

bool FileAccess::isWritable(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isWritable())
        return false;
#ifdef Q_OS_UNIX
    // Root passes every access check; still respect a file its owner marked read-only.
    if (info.ownerId() == uint(::geteuid()) && !info.permission(QFileDevice::WriteOwner))
        return false;
#endif
    return true;
}

} // namespace stilla
