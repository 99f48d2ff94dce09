#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

namespace stilla {

/// Finds the lines of JSON values by path ("days[3].sleep.quality"), for error messages;
/// QJsonDocument does not keep positions. Expects text that QJsonDocument already accepted.
/// One pass, no recursion; memory grows with nesting depth and the number of paths asked for.
class JsonLocator
{
public:
    /// The 1-based line of each of @p paths found in @p text. A path that is not there is
    /// looked up by its nearest ancestor ("days[3].sleep" for a missing "days[3].sleep.x").
    static QHash<QString, int> lines(QStringView text, const QSet<QString>& paths);

    /// "days[3].sleep" for "days[3].sleep.quality", "days" for "days[3]", "" for "days".
    static QString parentPath(const QString& path);
};

} // namespace stilla
