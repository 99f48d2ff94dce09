#include "Theme.h"

#include "StillaStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <array>
#include <cmath>

namespace stilla {

namespace {

Appearance g_current = Appearance::System;
QString g_systemStyle; // the platform's style name, captured before we first change it

/// The colours of one of Stilla's palettes. Text, button text and tool tip text are all the
/// window's text colour; disabled text is one colour for the three.
struct PaletteColours
{
    QColor window, windowText, base, alternateBase, button, brightText, highlight, highlightedText,
        link, linkVisited, toolTipBase, placeholderText, light, midlight, mid, dark, shadow,
        disabledText;
};

QPalette makePalette(const PaletteColours& c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.windowText);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.windowText);
    p.setColor(QPalette::BrightText, c.brightText);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.windowText);
    p.setColor(QPalette::PlaceholderText, c.placeholderText);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    return p;
}

QPalette paletteFor(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Dark:
        return makePalette({
            .window = QColor(0x1e, 0x22, 0x25),
            .windowText = QColor(0xe4, 0xe6, 0xe3),
            .base = QColor(0x25, 0x2a, 0x2e),
            .alternateBase = QColor(0x2b, 0x31, 0x35),
            .button = QColor(0x2f, 0x35, 0x39),
            .brightText = QColor(0xff, 0x8a, 0x80), // problems: 7:1 on Window
            .highlight = QColor(0x4f, 0x9f, 0x96),
            .highlightedText = QColor(0x10, 0x14, 0x16),
            .link = QColor(0x8c, 0xc4, 0xf0),
            .linkVisited = QColor(0xb8, 0xa8, 0xe8),
            .toolTipBase = QColor(0x2f, 0x35, 0x39),
            .placeholderText = QColor(0x95, 0x9c, 0xa1),
            .light = QColor(0x3a, 0x41, 0x46),
            .midlight = QColor(0x33, 0x39, 0x3d),
            .mid = QColor(0x45, 0x4c, 0x51),
            .dark = QColor(0x15, 0x18, 0x1a),
            .shadow = QColor(0x00, 0x00, 0x00),
            .disabledText = QColor(0x7a, 0x80, 0x85),
        });
    case Appearance::HighContrast:
        // White and yellow on black (as the high-contrast themes of GNOME and Windows): every
        // text role at least 7:1 against Window and Base (ThemeTest).
        return makePalette({
            .window = QColor(0x00, 0x00, 0x00),
            .windowText = QColor(0xff, 0xff, 0xff),
            .base = QColor(0x00, 0x00, 0x00),
            .alternateBase = QColor(0x1a, 0x1a, 0x1a),
            .button = QColor(0x00, 0x00, 0x00),
            .brightText = QColor(0xff, 0x9e, 0x9e), // problems: 10:1 on black
            .highlight = QColor(0xff, 0xeb, 0x3b),
            .highlightedText = QColor(0x00, 0x00, 0x00),
            .link = QColor(0x80, 0xe0, 0xff),
            .linkVisited = QColor(0xe0, 0xb0, 0xff),
            .toolTipBase = QColor(0x00, 0x00, 0x00),
            .placeholderText = QColor(0xc8, 0xc8, 0xc8),
            .light = QColor(0xff, 0xff, 0xff),
            .midlight = QColor(0xc0, 0xc0, 0xc0),
            .mid = QColor(0xa0, 0xa0, 0xa0),
            .dark = QColor(0x80, 0x80, 0x80),
            .shadow = QColor(0xff, 0xff, 0xff),
            .disabledText = QColor(0xa8, 0xa8, 0xa8),
        });
    case Appearance::Light:
    case Appearance::System:
        break;
    }
    return makePalette({
        .window = QColor(0xf5, 0xf4, 0xf0),
        .windowText = QColor(0x22, 0x27, 0x2b),
        .base = QColor(0xff, 0xff, 0xff),
        .alternateBase = QColor(0xec, 0xea, 0xe4),
        .button = QColor(0xee, 0xec, 0xe6),
        .brightText = QColor(0xb0, 0x2a, 0x2a), // problems: 5.9:1 on Window
        .highlight = QColor(0x2c, 0x6f, 0x6a),
        .highlightedText = QColor(0xff, 0xff, 0xff),
        .link = QColor(0x1f, 0x5f, 0x8f),
        .linkVisited = QColor(0x5a, 0x4a, 0x8a),
        .toolTipBase = QColor(0xff, 0xfd, 0xf5),
        .placeholderText = QColor(0x63, 0x6a, 0x70), // 5.0:1 on Window, 4.6:1 on AlternateBase
        .light = QColor(0xff, 0xff, 0xff),
        .midlight = QColor(0xe2, 0xe0, 0xda),
        .mid = QColor(0xc4, 0xc1, 0xb9),
        .dark = QColor(0x9a, 0x97, 0x90),
        .shadow = QColor(0x55, 0x55, 0x55),
        .disabledText = QColor(0x8c, 0x91, 0x96),
    });
}

} // namespace

Appearance Theme::appearanceFromString(const QString& name)
{
    if (name == QLatin1String("light"))
        return Appearance::Light;
    if (name == QLatin1String("dark"))
        return Appearance::Dark;
    if (name == QLatin1String("high-contrast"))
        return Appearance::HighContrast;
    return Appearance::System;
}

QString Theme::toString(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::HighContrast:
        return QStringLiteral("high-contrast");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

double Theme::contrastRatio(const QColor& a, const QColor& b)
{
    // WCAG 2.2, "relative luminance" and "contrast ratio", sRGB.
    auto luminance = [](const QColor& colour) {
        auto channel = [](double value) {
            return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        const QColor rgb = colour.toRgb();
        return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
            + 0.0722 * channel(rgb.blueF());
    };
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor Theme::problemColor(const QPalette& palette)
{
    // From dark to light; the first (on a light palette) or last (on a dark one) red that reads
    // against both backgrounds a message can stand on.
    static const std::array<QColor, 4> reds {QColor(0x8f, 0x1d, 0x1d), QColor(0xb0, 0x2a, 0x2a),
        QColor(0xff, 0x8a, 0x80), QColor(0xff, 0xb4, 0xab)};
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    auto reads = [&](const QColor& red) {
        return std::min(contrastRatio(red, window), contrastRatio(red, base))
            >= kMinimumTextContrast;
    };
    const bool darkPalette = window.lightnessF() < 0.5;
    if (darkPalette) {
        for (auto red = reds.begin(); red != reds.end(); ++red)
            if (red->lightnessF() > 0.5 && reads(*red))
                return *red;
    } else {
        for (auto red = reds.rbegin(); red != reds.rend(); ++red)
            if (red->lightnessF() < 0.5 && reads(*red))
                return *red;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

QColor Theme::backgroundBehind(const QWidget* widget)
{
    for (const QWidget* w = widget; w != nullptr; w = w->parentWidget()) {
        if ((w->autoFillBackground() && w->backgroundRole() != QPalette::NoRole) || w->isWindow())
            return w->palette().color(w->backgroundRole());
    }
    return QApplication::palette().color(QPalette::Window);
}

void Theme::apply(QApplication& app, Appearance appearance)
{
    if (g_systemStyle.isEmpty())
        g_systemStyle = app.style()->name();

    // The system's own style for "follow the system", Fusion for Stilla's palettes; both
    // through StillaStyle (outlines for high contrast, the menu bar's icon made when needed).
    const auto base
        = appearance == Appearance::System ? StillaStyle::Base::System : StillaStyle::Base::Fusion;
    const bool outlined = appearance == Appearance::HighContrast;
    const auto* current = dynamic_cast<const StillaStyle*>(app.style());
    if (!current || current->base() != base || current->isOutlined() != outlined)
        QApplication::setStyle(new StillaStyle(base, outlined, g_systemStyle));
    if (appearance == Appearance::System) {
        // An empty palette resolves against the platform theme's, i.e. the system's colours.
        QApplication::setPalette(QPalette());
        // Problems are written in BrightText, which the platform's palette makes white for
        // text on dark buttons: white on a light window cannot be read. Only BrightText is set,
        // so every other role still resolves against the system's.
        const QColor problem = problemColor(QApplication::palette());
        QPalette withProblems;
        withProblems.setColor(QPalette::BrightText, problem);
        QApplication::setPalette(withProblems);
    } else {
        QApplication::setPalette(paletteFor(appearance));
    }
    g_current = appearance;
}

Appearance Theme::current()
{
    return g_current;
}

void Theme::applyBaseFont(QApplication& app)
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < kMinimumPointSize) {
        font.setPointSizeF(kMinimumPointSize);
        app.setFont(font);
    }
}

QFont Theme::headingFont(int level, const QFont& base)
{
    QFont font = base;
    const qreal size = base.pointSizeF() > 0 ? base.pointSizeF() : kMinimumPointSize;
    font.setPointSizeF(level <= 1 ? size * 1.6 : size * 1.25);
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace stilla
