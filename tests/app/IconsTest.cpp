// Stilla's SVG icons: drawn once per size and colour, and in the palette's colour of the moment.
#include "app/gui/Icons.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QScopeGuard>

#include <gtest/gtest.h>

namespace stilla {
namespace {

/// The colour of the icon's most opaque pixel.
QColor inkOf(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QColor ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (!ink.isValid() || pixel.alpha() > ink.alpha())
                ink = pixel;
        }
    }
    return ink;
}

TEST(IconsTest, AnIconIsDrawnOncePerSize)
{
    const QIcon icon = Icons::line(QStringLiteral("clear"));
    const QPixmap first = icon.pixmap(QSize(24, 24));
    EXPECT_EQ(icon.pixmap(QSize(24, 24)).cacheKey(), first.cacheKey());
    EXPECT_EQ(
        Icons::line(QStringLiteral("clear")).pixmap(QSize(24, 24)).cacheKey(), first.cacheKey())
        << "another icon of the same file shares the drawing";
    const QPixmap larger = icon.pixmap(QSize(48, 48));
    EXPECT_NE(larger.cacheKey(), first.cacheKey());
    EXPECT_EQ(larger.size(), QSize(48, 48));
}

TEST(IconsTest, ATintedIconTakesThePalettesColourOfTheMoment)
{
    const QPalette before = QApplication::palette();
    const auto restore = qScopeGuard([&before] { QApplication::setPalette(before); });
    const QIcon icon = Icons::line(QStringLiteral("warning"));
    for (const QColor colour : {QColor(200, 0, 0), QColor(0, 0, 200)}) {
        QPalette palette = before;
        palette.setColor(QPalette::WindowText, colour);
        QApplication::setPalette(palette);
        const QColor ink = inkOf(icon.pixmap(QSize(32, 32)));
        EXPECT_EQ(ink.rgb(), colour.rgb()) << colour.name().toStdString();
        EXPECT_EQ(ink.alpha(), 255);
    }
}

TEST(IconsTest, AnIconAtTwiceThePixelRatioHasTwiceThePixels)
{
    const QPixmap pixmap = Icons::app().pixmap(QSize(32, 32), 2.0);
    EXPECT_EQ(pixmap.size(), QSize(64, 64));
    EXPECT_DOUBLE_EQ(pixmap.devicePixelRatio(), 2.0);
}

} // namespace
} // namespace stilla
