#pragma once

#include <QIcon>
#include <QString>
#include <QStyle>

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
    /// @p style's standard icon @p which, asked of @p style only when the icon is first drawn
    /// or measured (see StillaStyle::standardIcon); Qt's common style's if @p style is gone.
    static QIcon deferred(const QStyle* style, QStyle::StandardPixmap which);
};

} // namespace stilla
