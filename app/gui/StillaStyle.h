#pragma once

#include <QPixmap>
#include <QProxyStyle>

namespace stilla {

/// Stilla's style: a proxy over the system's style (the "follow the system" appearance) or
/// over Fusion (light, dark and high contrast). It changes what people see in two ways only:
///   - with outlines (high contrast), check box and radio button rings, fields, buttons and
///     scroll bar handles are drawn in the text colour, which Fusion draws nearly black on a
///     black window (WCAG 1.4.11, non-text contrast);
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
    /// Whether the base style is Fusion (always for Base::Fusion; the system's style may be).
    bool isFusion() const;
    /// Fusion's group box frame, drawn without loading its PNG.
    void drawFusionGroupBoxFrame(
        const QStyleOption* option, QPainter* painter, const QWidget* widget) const;

    Base m_base;
    bool m_outlined;
    mutable QPixmap m_groupBoxFrame; ///< made when first drawn
};

} // namespace stilla
