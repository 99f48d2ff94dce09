#pragma once

#include <QPixmap>
#include <QProxyStyle>

namespace stilla {

/// Stilla's style: a proxy over the system's style (the "follow the system" appearance) or
/// over Fusion (light, dark and high contrast). It changes what people see in four ways only:
///   - over Fusion, check box and radio button indicators get a visible ring, which Fusion
///     draws nearly black on a dark window (WCAG 1.4.11, non-text contrast);
///   - over Fusion (whichever appearance chose it), keyboard focus is a 2 px ring in the
///     highlight colour (the highlighted text's on a selected item), where Fusion draws a pale
///     fill that a check box or the selected page in the sidebar hides (WCAG 2.4.7);
///   - with outlines (high contrast), fields, buttons, group boxes and scroll bar handles are
///     outlined in the text colour;
///   - it loads none of the PNGs Fusion draws with at start-up: loading a PNG asks every image
///     format plugin whether it reads PNG (3-4 ms of every start, docs/performance.md). The
///     menu bar's overflow icon ("more items") is loaded when first drawn, a field's clear
///     button is Stilla's own line icon, and group box frames are drawn from the same pixels
///     held in the code.
class StillaStyle final : public QProxyStyle
{
public:
    enum class Base { System, Fusion };

    /// @p systemStyle names the platform's own style (QStyleFactory), used for Base::System.
    StillaStyle(Base base, bool outlined, const QString& systemStyle);

    Base base() const { return m_base; }
    bool isOutlined() const { return m_outlined; }

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
        QPainter* painter, const QWidget* widget) const override;
    QIcon standardIcon(
        StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const override;

private:
    /// High contrast: Fusion outlines fields in the window colour made darker, which on black
    /// is black; this draws them in the text colour (at least 3:1, WCAG 1.4.11).
    static void outline(const QStyleOption* option, QPainter* painter);
    /// The focus ring, drawn as Fusion draws its own: after a key moved the focus.
    static void drawFocusRing(const QStyleOption* option, QPainter* painter);
    /// Fusion's group box frame, drawn without loading its PNG.
    void drawFusionGroupBoxFrame(
        const QStyleOption* option, QPainter* painter, const QWidget* widget) const;

    Base m_base;
    bool m_outlined;
    QPixmap m_groupBoxFrame; ///< Fusion's frame pixels; null when the base is not Fusion
    bool m_overFusion = false; ///< the style drawn over is Fusion
};

} // namespace stilla
