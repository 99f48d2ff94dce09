#pragma once

#include <QString>

namespace stilla {

/// Whether this process may write to a file or folder. Root may write anything, but a file or
/// folder whose owner took away the owner's write permission is still treated as read-only:
/// a diary someone made read-only on purpose stays read-only for every user.
class FileAccess
{
public:
    /// False when @p path (an existing file or folder) cannot, or should not, be written.
    static bool isWritable(const QString& path);
};

} // namespace stilla
