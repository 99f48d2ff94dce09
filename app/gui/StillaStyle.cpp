#include "StillaStyle.h"

#include "Icons.h"

#include <QGroupBox>
#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <qdrawutil.h>

#include <algorithm>

namespace stilla {

namespace {

// Fusion's group box frame (qtbase, src/widgets/styles/images/fusion_groupbox.png, LGPL 3),
// its corners and middle: Fusion stretches the middle row and column, so these 13 by 13
// pixels draw the same frame without loading the PNG (see StillaStyle::drawPrimitive).
constexpr QRgb kFusionGroupBox[13][13] = {
    {0x00ffffff, 0x00ffffff, 0x00ffffff, 0x00ffffff, 0x00ffffff, 0x00ffffff, 0x00ffffff, 0x00ffffff,
        0x00ffffff, 0x00ffffff, 0x00ffffff, 0x00ffffff, 0x00ffffff},
    {0x00ffffff, 0x0d272727, 0x345d5d5d, 0x346c6c6c, 0x32757575, 0x32757575, 0x32757575, 0x32757575,
        0x32757575, 0x32757575, 0x346c6c6c, 0x37666666, 0x0c151515},
    {0x00ffffff, 0x39626262, 0x1f5a5a5a, 0x0a000000, 0x08000000, 0x07000000, 0x07000000, 0x07000000,
        0x07000000, 0x08000000, 0x0a000000, 0x1e5e5e5e, 0x355b5b5b},
    {0x00ffffff, 0x346c6c6c, 0x09000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000,
        0x03000000, 0x03000000, 0x03000000, 0x09000000, 0x346c6c6c},
    {0x00ffffff, 0x32757575, 0x08000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000,
        0x03000000, 0x03000000, 0x03000000, 0x08000000, 0x32757575},
    {0x00ffffff, 0x32757575, 0x07000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000,
        0x03000000, 0x03000000, 0x03000000, 0x07000000, 0x32757575},
    {0x00ffffff, 0x32757575, 0x07000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000,
        0x03000000, 0x03000000, 0x03000000, 0x07000000, 0x32757575},
    {0x00ffffff, 0x32757575, 0x07000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000,
        0x03000000, 0x03000000, 0x03000000, 0x07000000, 0x32757575},
    {0x00ffffff, 0x32757575, 0x07000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000,
        0x03000000, 0x03000000, 0x03000000, 0x07000000, 0x32757575},
    {0x00ffffff, 0x32757575, 0x08000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000,
        0x03000000, 0x03000000, 0x03000000, 0x08000000, 0x32757575},
    {0x00ffffff, 0x346c6c6c, 0x09000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000, 0x03000000,
        0x03000000, 0x03000000, 0x03000000, 0x09000000, 0x346c6c6c},
    {0x00ffffff, 0x355b5b5b, 0x1e5e5e5e, 0x0a000000, 0x08000000, 0x07000000, 0x07000000, 0x07000000,
        0x07000000, 0x08000000, 0x0a000000, 0x1f5a5a5a, 0x39626262},
    {0x00ffffff, 0x0c151515, 0x37666666, 0x346c6c6c, 0x32757575, 0x32757575, 0x32757575, 0x32757575,
        0x32757575, 0x32757575, 0x346c6c6c, 0x345d5d5d, 0x0d272727},
};

constexpr int kFusionGroupBoxMargin = 6;
constexpr int kFusionGroupBoxTopMargin = 3;

} // namespace

StillaStyle::StillaStyle(Base base, bool outlined, const QString& systemStyle)
    : QProxyStyle(
        QStyleFactory::create(base == Base::System ? systemStyle : QStringLiteral("Fusion")))
    , m_base(base)
    , m_outlined(outlined)
{
    setObjectName(
        base == Base::System ? QStringLiteral("stilla-system") : QStringLiteral("stilla-fusion"));
    // Over Fusion (Stilla's palettes, or the system's style when that is Fusion), its group box
    // frame is drawn from the pixels above.
    m_overFusion = baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
    if (m_overFusion) {
        m_groupBoxFrame = QPixmap::fromImage(QImage(reinterpret_cast<const uchar*>(kFusionGroupBox),
            13, 13, 13 * sizeof(QRgb), QImage::Format_ARGB32));
    }
}

void StillaStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
    QPainter* painter, const QWidget* widget) const
{
    if (element == PE_FrameFocusRect && m_overFusion)
        drawFocusRing(option, painter);
    else if (element == PE_FrameGroupBox && !m_groupBoxFrame.isNull())
        drawFusionGroupBoxFrame(option, painter, widget);
    else
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (m_outlined
        && (element == PE_PanelButtonCommand || element == PE_FrameLineEdit
            || element == PE_FrameGroupBox || element == PE_Frame)) {
        outline(option, painter);
    }
    // Fusion draws check box and radio button outlines in the window colour made darker, on a
    // dark window nearly black on nearly black. This draws a ring in a mix of the text and
    // window colours over Fusion's own indicator, at least 3:1 against the window (WCAG
    // 1.4.11, non-text contrast) in Stilla's palettes. The system's style is left as it is.
    if (m_base != Base::Fusion
        || (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton))
        return;
    const QPalette& palette = option->palette;
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const qreal share = (option->state & State_Enabled) ? 0.6 : 0.35;
    const QColor ring(qRound(text.red() * share + window.red() * (1 - share)),
        qRound(text.green() * share + window.green() * (1 - share)),
        qRound(text.blue() * share + window.blue() * (1 - share)));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(ring, 1.2));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = QRectF(option->rect).adjusted(0.6, 0.6, -0.6, -0.6);
    if (element == PE_IndicatorRadioButton) {
        const qreal side = std::min(box.width(), box.height());
        painter->drawEllipse(
            QRectF(box.center() - QPointF(side / 2, side / 2), QSizeF(side, side)));
    } else {
        painter->drawRoundedRect(box, 1.5, 1.5);
    }
    painter->restore();
}

void StillaStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
    QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (!m_outlined)
        return;
    if (control == CC_ComboBox || control == CC_SpinBox) {
        outline(option, painter);
    } else if (control == CC_ScrollBar) {
        // Fusion's handle is the button colour, black on black here.
        QStyleOption handle(*option);
        handle.rect = subControlRect(control, option, SC_ScrollBarSlider, widget);
        handle.state &= ~State_HasFocus;
        outline(&handle, painter);
    }
}

QIcon StillaStyle::standardIcon(
    StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    // The base style loads these from PNG files, which makes Qt load every image format plugin
    // (and libjpeg) to ask whether it reads PNG, and its icon theme: 3-4 ms of every start.
    // Every QMenuBar asks for its overflow button's icon when it is made; the button shows
    // only when the menus do not fit, so that icon is made when it is first drawn. The clear
    // button of a field (the sleep times') is Stilla's own line icon, tinted like the others.
    if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton)
        return Icons::deferred(baseStyle(), icon);
    if (icon == SP_LineEditClearButton)
        return Icons::line(QStringLiteral("clear"));
    return QProxyStyle::standardIcon(icon, option, widget);
}

void StillaStyle::drawFusionGroupBoxFrame(
    const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    // Fusion draws this frame from a PNG, and loading any PNG makes Qt load every image format
    // plugin (and libjpeg) to ask whether it reads PNG: the diary's sections are group boxes,
    // so every start paid for it. The same pixels, and Fusion's placement of them: below the
    // title or check box, if the box has one.
    const auto* box = qobject_cast<const QGroupBox*>(widget);
    const int top = box && !box->isCheckable() && box->title().isEmpty()
        ? kFusionGroupBoxTopMargin
        : std::max(proxy()->pixelMetric(PM_ExclusiveIndicatorHeight, option, widget),
              option->fontMetrics.height())
            + kFusionGroupBoxTopMargin;
    const QMargins margins(
        kFusionGroupBoxMargin, kFusionGroupBoxMargin, kFusionGroupBoxMargin, kFusionGroupBoxMargin);
    qDrawBorderPixmap(painter, option->rect.adjusted(0, top, 0, 0), margins, m_groupBoxFrame);
}

void StillaStyle::drawFocusRing(const QStyleOption* option, QPainter* painter)
{
    if (!(option->state & State_KeyboardFocusChange))
        return;
    // On a selected item (the page chosen in the sidebar, a row of the foods) the highlight is
    // the background: the ring is then in the highlighted text's colour.
    const auto* focus = qstyleoption_cast<const QStyleOptionFocusRect*>(option);
    const QPalette& palette = option->palette;
    const bool onHighlight = focus
        && (focus->backgroundColor == palette.color(QPalette::Active, QPalette::Highlight)
            || focus->backgroundColor == palette.color(QPalette::Inactive, QPalette::Highlight));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(palette.color(QPalette::Active,
                             onHighlight ? QPalette::HighlightedText : QPalette::Highlight),
        2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 2, 2);
    painter->restore();
}

void StillaStyle::outline(const QStyleOption* option, QPainter* painter)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const bool focused = option->state & State_HasFocus;
    const QColor colour
        = option->palette.color(focused ? QPalette::Highlight : QPalette::WindowText);
    painter->setPen(QPen(colour, focused ? 2 : 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

} // namespace stilla
