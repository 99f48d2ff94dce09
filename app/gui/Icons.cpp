#include "Icons.h"

#include <QCommonStyle>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPointer>
#include <QSvgRenderer>

#include <memory>
#include <optional>

namespace stilla {

namespace {

/// An SVG drawn at any size, in its own colours or tinted with the palette. Drawn with
/// QSvgRenderer directly, so no icon engine plugin is loaded at start-up.
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
        QImage image(rect.size() * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        {
            QPainter imagePainter(&image);
            const QRectF area(QPointF(0, 0), QSizeF(rect.size()));
            renderer().render(&imagePainter, area);
            if (m_colours == Colours::Tinted) {
                imagePainter.setCompositionMode(QPainter::CompositionMode_SourceIn);
                imagePainter.fillRect(area, tint(mode));
            }
        }
        painter->drawImage(rect, image);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(
        const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
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
