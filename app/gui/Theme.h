#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QApplication;
class QPalette;
class QWidget;

namespace stilla {

/// The one spacing scale every layout uses (in device-independent pixels).
namespace spacing {
inline constexpr int xs = 4;
inline constexpr int s = 8;
inline constexpr int m = 12;
inline constexpr int l = 16;
inline constexpr int xl = 24;
inline constexpr int xxl = 32;
} // namespace spacing

enum class Appearance { System, Light, Dark, HighContrast };

/// Colours, fonts and the appearance. Light, dark and high contrast use the Fusion style with
/// Stilla's own palettes; "follow the system" uses the platform's style and palette (both
/// through StillaStyle). High contrast is white and yellow on black, every text at least
/// kHighContrastText against its background, with a white outline around every field and
/// button.
class Theme
{
public:
    static Appearance appearanceFromString(const QString& name);
    static QString toString(Appearance appearance);

    /// Applies @p appearance to the whole application; safe to call at any time.
    static void apply(QApplication& app, Appearance appearance);
    static Appearance current();

    /// Readable base font: the system font, but never smaller than 10 pt.
    static void applyBaseFont(QApplication& app);

    /// Heading fonts: level 1 is a page title, 2 a section title.
    static QFont headingFont(int level, const QFont& base);

    /// WCAG 2.x contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
    static double contrastRatio(const QColor& a, const QColor& b);
    /// The contrast a text needs against its background: WCAG AA for normal text.
    static constexpr double kMinimumTextContrast = 4.5;
    /// The contrast every text has in the high-contrast appearance: WCAG AAA.
    static constexpr double kHighContrastText = 7.0;

    /// The colour for problems and warnings (QPalette::BrightText in every appearance): a red
    /// with at least kMinimumTextContrast against @p palette's Window and Base, dark on a light
    /// palette and light on a dark one; WindowText if no red reaches it.
    static QColor problemColor(const QPalette& palette);

    /// The colour behind @p widget as a person sees it: the background of the nearest widget,
    /// from @p widget up, that fills its background, else the window's.
    static QColor backgroundBehind(const QWidget* widget);

    /// The smallest comfortable point size for body text.
    static constexpr qreal kMinimumPointSize = 10.0;
};

} // namespace stilla
