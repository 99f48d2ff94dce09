#include "app/gui/StillaStyle.h"

#include "app/gui/Icons.h"
#include "app/gui/Theme.h"
#include "tests/TestUtil.h"

#include <QGroupBox>
#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

#include <memory>

namespace stilla {
namespace {

QImage frameOf(const QStyle& style, const QStyleOptionFrame& option, const QWidget* widget)
{
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    style.drawPrimitive(QStyle::PE_FrameGroupBox, &option, &painter, widget);
    return image;
}

QImage pixelsOf(const QIcon& icon)
{
    return icon.pixmap(QSize(16, 16)).toImage();
}

/// Where two images differ, for the failure message; empty when they are the same.
std::string difference(const QImage& actual, const QImage& expected)
{
    if (actual.size() != expected.size())
        return "sizes differ";
    int count = 0;
    std::string first;
    for (int y = 0; y < actual.height(); ++y)
        for (int x = 0; x < actual.width(); ++x)
            if (actual.pixel(x, y) != expected.pixel(x, y) && count++ == 0)
                first = QStringLiteral("(%1, %2): %3 instead of %4")
                            .arg(x)
                            .arg(y)
                            .arg(actual.pixel(x, y), 8, 16)
                            .arg(expected.pixel(x, y), 8, 16)
                            .toStdString();
    return count == 0 ? std::string() : std::to_string(count) + " pixels, first " + first;
}

bool hasInk(const QImage& image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

TEST(StillaStyleTest, GroupBoxFramesAreFusionsPixelForPixel)
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    ASSERT_NE(fusion, nullptr);
    const StillaStyle stilla(StillaStyle::Base::Fusion, false, QString());
    struct Box
    {
        const char* name;
        QString title;
        bool checkable;
    };
    for (const Box& config : {Box {"untitled", QString(), false},
             Box {"titled", QStringLiteral("Sleep"), false}, Box {"checkable", QString(), true}}) {
        QGroupBox box(config.title);
        box.setCheckable(config.checkable);
        QStyleOptionFrame option;
        option.initFrom(&box);
        option.rect = QRect(0, 0, 160, 90);
        const QImage expected = frameOf(*fusion, option, &box);
        ASSERT_TRUE(hasInk(expected)) << config.name;
        EXPECT_EQ(difference(frameOf(stilla, option, &box), expected), "") << config.name;
        // Without the widget, Fusion leaves room for a title.
        EXPECT_EQ(
            difference(frameOf(stilla, option, nullptr), frameOf(*fusion, option, nullptr)), "");
    }
}

TEST(StillaStyleTest, KeyboardFocusIsARingThatStandsOutFromWhatIsBehindIt)
{
    const StillaStyle stilla(StillaStyle::Base::Fusion, false, QString());
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf5, 0xf4, 0xf0));
    palette.setColor(QPalette::Highlight, QColor(0x2c, 0x6f, 0x6a));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    const auto ring = [&stilla, &palette](const QColor& behind, QStyle::State state) {
        QStyleOptionFocusRect option;
        option.palette = palette;
        option.rect = QRect(0, 0, 60, 24);
        option.state = state;
        option.backgroundColor = behind;
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(behind);
        QPainter painter(&image);
        stilla.drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, nullptr);
        painter.end();
        return image;
    };
    const QStyle::State keyboard = QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange;
    // On the window: the highlight colour, 2 px wide at the middle of the left edge.
    const QImage onWindow = ring(palette.color(QPalette::Window), keyboard);
    for (int x : {0, 1})
        EXPECT_EQ(QColor(onWindow.pixel(x, 12)), palette.color(QPalette::Highlight)) << x;
    EXPECT_GE(
        Theme::contrastRatio(palette.color(QPalette::Highlight), palette.color(QPalette::Window)),
        3.0); // WCAG 1.4.11
    // On a selected item, whose background is the highlight: the highlighted text's colour.
    const QImage onSelected = ring(palette.color(QPalette::Highlight), keyboard);
    EXPECT_EQ(QColor(onSelected.pixel(1, 12)), QColor(Qt::white));
    EXPECT_EQ(QColor(onWindow.pixel(3, 12)), palette.color(QPalette::Window)); // 2 px, no more
    // Focus given by the mouse draws no ring, as in Fusion.
    const QImage byMouse = ring(palette.color(QPalette::Window), QStyle::State_HasFocus);
    EXPECT_EQ(QColor(byMouse.pixel(1, 12)), palette.color(QPalette::Window));
}

TEST(StillaStyleTest, TheMenuBarsOverflowIconIsTheBaseStylesMadeWhenShown)
{
    const StillaStyle stilla(StillaStyle::Base::Fusion, false, QString());
    for (const auto which :
        {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QIcon deferred = stilla.standardIcon(which, nullptr, nullptr);
        EXPECT_FALSE(deferred.isNull());
        const QImage expected = pixelsOf(stilla.baseStyle()->standardIcon(which));
        ASSERT_TRUE(hasInk(expected));
        EXPECT_EQ(difference(pixelsOf(deferred), expected), "");
        EXPECT_EQ(deferred.actualSize(QSize(16, 16)),
            stilla.baseStyle()->standardIcon(which).actualSize(QSize(16, 16)));
    }
}

TEST(StillaStyleTest, ADeferredIconOutlivesTheStyleThatMadeIt)
{
    QIcon icon;
    {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        icon = Icons::deferred(fusion.get(), QStyle::SP_ToolBarHorizontalExtensionButton);
    }
    // The appearance changed and the style is gone before the icon was first shown.
    EXPECT_TRUE(hasInk(pixelsOf(icon)));
}

TEST(StillaStyleTest, FieldsClearButtonIsALineIcon)
{
    for (const auto base : {StillaStyle::Base::Fusion, StillaStyle::Base::System}) {
        const StillaStyle stilla(base, false, QStringLiteral("Fusion"));
        EXPECT_TRUE(hasInk(
            pixelsOf(stilla.standardIcon(QStyle::SP_LineEditClearButton, nullptr, nullptr))));
    }
}

} // namespace
} // namespace stilla
