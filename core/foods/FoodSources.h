#pragma once

#include <QString>
#include <QStringList>

namespace stilla {

/// Where the food data comes from, as the sources require it to be credited
/// (resources/foods/README.md). Shown in the About dialog.
class FoodSources
{
public:
    /// One line per source, in @p language ("sv" or "en"): the exact attribution text the
    /// source asks for, followed by its licence in parentheses.
    static QStringList attributions(const QString& language);
};

} // namespace stilla
