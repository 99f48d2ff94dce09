#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

namespace stilla {

/// Finds the lines of JSON values by path ("days[3].sleep.quality"), for error messages;
/// QJsonDocument does not keep positions. lines() expects text that QJsonDocument accepted.
/// One pass, no recursion; memory grows with nesting depth and the number of paths asked for.
class JsonLocator
{
public:
    /// The 1-based line of each of @p paths found in @p text. A path that is not there is
    /// looked up by its nearest ancestor ("days[3].sleep" for a missing "days[3].sleep.x").
    static QHash<QString, int> lines(QStringView text, const QSet<QString>& paths);

    /// The path of the value that character @p position of @p text is in ("days[0].notes"),
    /// or of the object whose key it is in; "" outside every container. @p text may be cut
    /// short or invalid after @p position, as when a file stops being UTF-8 there.
    static QString pathAt(QStringView text, qsizetype position);

    /// "days[3].sleep" for "days[3].sleep.quality", "days" for "days[3]", "" for "days".
    static QString parentPath(const QString& path);
};

} // namespace stilla
