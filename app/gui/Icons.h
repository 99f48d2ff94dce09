#pragma once

#include <QIcon>
#include <QString>

namespace stilla {

/// Stilla's icons. Line icons are single-colour SVGs drawn at any size and tinted with the
/// current palette (text colour, highlighted text when selected, greyed when disabled), so
/// they stay sharp on high-DPI screens and follow the light and dark appearances.
class Icons
{
public:
    /// A line icon from resources/icons/<name>.svg, e.g. "guide".
    static QIcon line(const QString& name);
    /// The application icon in full colour.
    static QIcon app();
};

} // namespace stilla
