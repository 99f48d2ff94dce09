#include "Theme.h"

#include "TestUtil.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace stilla {
namespace {

TEST(ThemeTest, AppearanceNamesRoundTrip)
{
    for (Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark})
        EXPECT_EQ(Theme::appearanceFromString(Theme::toString(a)), a);
    EXPECT_EQ(Theme::appearanceFromString(QStringLiteral("nonsense")), Appearance::System);
}

TEST(ThemeTest, DarkIsDarkAndLightIsLightWithReadableContrast)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    Theme::apply(*app, Appearance::Dark);
    QPalette dark = QApplication::palette();
    EXPECT_LT(dark.color(QPalette::Window).lightness(), 80);
    EXPECT_GT(dark.color(QPalette::WindowText).lightness(), 180);
    EXPECT_EQ(Theme::current(), Appearance::Dark);

    Theme::apply(*app, Appearance::Light);
    QPalette light = QApplication::palette();
    EXPECT_GT(light.color(QPalette::Window).lightness(), 200);
    EXPECT_LT(light.color(QPalette::WindowText).lightness(), 80);

    Theme::apply(*app, Appearance::System);
    EXPECT_EQ(Theme::current(), Appearance::System);
}

TEST(ThemeTest, HeadingsAreLargerThanBodyText)
{
    QFont base;
    base.setPointSizeF(10);
    EXPECT_GT(Theme::headingFont(1, base).pointSizeF(), Theme::headingFont(2, base).pointSizeF());
    EXPECT_GT(Theme::headingFont(2, base).pointSizeF(), base.pointSizeF());
}

} // namespace
} // namespace stilla
