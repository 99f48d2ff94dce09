#include "Icons.h"

#include <QCommonStyle>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QPointer>
#include <QSvgRenderer>

#include <memory>
#include <optional>

namespace stilla {

namespace {

/// An SVG drawn at any size, in its own colours or tinted with the palette. Drawn with
/// QSvgRenderer directly, so no icon engine plugin is loaded at start-up. Each size and colour
/// is drawn once and kept in QPixmapCache: the sidebar repaints its icons on every hover.
class SvgIconEngine final : public QIconEngine
{
public:
    enum class Colours { Own, Tinted };

    SvgIconEngine(QString path, Colours colours)
        : m_path(std::move(path))
        , m_colours(colours)
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, rendered(rect.size() * dpr, dpr, mode));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        return rendered(size, 1.0, mode);
    }

    /// Qt 6.4 asks with @p size in device pixels already (QIcon::pixmap passes the size times
    /// the ratio), and sets the returned pixmap's ratio from its size.
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        return rendered(size, scale, mode);
    }

    QIconEngine* clone() const override { return new SvgIconEngine(m_path, m_colours); }
    QString key() const override { return QStringLiteral("stilla-svg"); }

private:
    static QColor tint(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::WindowText);
    }

    /// The icon drawn on @p pixels device pixels, for a device pixel ratio of @p dpr.
    QPixmap rendered(const QSize& pixels, qreal dpr, QIcon::Mode mode)
    {
        const QColor colour = m_colours == Colours::Tinted ? tint(mode) : QColor();
        const QString key = QStringLiteral("stilla-svg:%1:%2x%3:%4:%5")
                                .arg(m_path)
                                .arg(pixels.width())
                                .arg(pixels.height())
                                .arg(dpr)
                                .arg(colour.isValid() ? colour.name(QColor::HexArgb) : QString());
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            const QRectF area(QPointF(0, 0), QSizeF(pixels));
            renderer().render(&painter, area);
            if (colour.isValid()) {
                painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
                painter.fillRect(area, colour);
            }
        }
        image.setDevicePixelRatio(dpr);
        pixmap = QPixmap::fromImage(std::move(image));
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    QSvgRenderer& renderer()
    {
        if (!m_renderer)
            m_renderer = std::make_unique<QSvgRenderer>(m_path);
        return *m_renderer;
    }

    QString m_path;
    Colours m_colours;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

/// A style's standard icon, asked of the style when it is first drawn or measured.
class DeferredStandardIconEngine final : public QIconEngine
{
public:
    DeferredStandardIconEngine(QPointer<const QStyle> style, QStyle::StandardPixmap which)
        : m_style(std::move(style))
        , m_which(which)
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(
        const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    // The styles always have these icons; asking would load it.
    bool isNull() override { return m_icon ? m_icon->isNull() : false; }

    QIconEngine* clone() const override
    {
        auto* copy = new DeferredStandardIconEngine(m_style, m_which);
        copy->m_icon = m_icon;
        return copy;
    }
    QString key() const override { return QStringLiteral("stilla-deferred-standard"); }

private:
    const QIcon& icon()
    {
        // The style that made this icon may have been replaced (the appearance changed) and
        // deleted since: Qt's common style has the same standard icons.
        if (!m_icon)
            m_icon
                = m_style ? m_style->standardIcon(m_which) : QCommonStyle().standardIcon(m_which);
        return *m_icon;
    }

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    std::optional<QIcon> m_icon;
};

} // namespace

QIcon Icons::line(const QString& name)
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"),
        SvgIconEngine::Colours::Tinted));
}

QIcon Icons::app()
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/stilla.svg"), SvgIconEngine::Colours::Own));
}

QIcon Icons::deferred(const QStyle* style, QStyle::StandardPixmap which)
{
    return QIcon(new DeferredStandardIconEngine(style, which));
}

} // namespace stilla
