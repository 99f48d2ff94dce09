#include "app/gui/Theme.h"

#include "app/gui/charts/ChartExport.h"
#include "app/gui/charts/ComparisonChart.h"
#include "tests/TestUtil.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

namespace stilla {
namespace {

TEST(ThemeTest, AppearanceNamesRoundTrip)
{
    for (Appearance a :
        {Appearance::System, Appearance::Light, Appearance::Dark, Appearance::HighContrast})
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

TEST(ThemeTest, HintsAndLinksReadAtWcagAaInLightAndDark)
{
    // Hints (PlaceholderText) carry real words: the severity scale, what a field expects. The
    // light one read 4.4:1 on the window and 4.1:1 on a striped row.
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    for (const Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        Theme::apply(*app, appearance);
        const QPalette palette = QApplication::palette();
        for (const QPalette::ColorRole background :
            {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
            for (const QPalette::ColorRole text :
                {QPalette::WindowText, QPalette::Text, QPalette::PlaceholderText, QPalette::Link}) {
                EXPECT_GE(Theme::contrastRatio(palette.color(text), palette.color(background)),
                    Theme::kMinimumTextContrast)
                    << Theme::toString(appearance).toStdString() << " role " << int(text) << " on "
                    << int(background);
            }
        }
    }
    Theme::apply(*app, Appearance::System);
}

TEST(ThemeTest, HighContrastReadsAtSevenToOneAndOutlinesEveryField)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    Theme::apply(*app, Appearance::HighContrast);
    const QPalette palette = QApplication::palette();
    for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base}) {
        for (const QPalette::ColorRole text :
            {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText,
                QPalette::Link, QPalette::LinkVisited, QPalette::PlaceholderText}) {
            EXPECT_GE(Theme::contrastRatio(palette.color(text), palette.color(background)),
                Theme::kHighContrastText)
                << "role " << int(text) << " on " << int(background);
            EXPECT_GE(Theme::contrastRatio(
                          palette.color(QPalette::Disabled, text), palette.color(background)),
                Theme::kHighContrastText)
                << "disabled role " << int(text) << " on " << int(background);
        }
    }
    EXPECT_GE(Theme::contrastRatio(
                  palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)),
        Theme::kHighContrastText);

    // A field and a button on black show a border a person can see: Fusion alone draws it
    // black on black.
    QWidget window;
    auto* edit = new QLineEdit(&window);
    auto* button = new QPushButton(QStringLiteral("OK"), &window);
    auto* combo = new QComboBox(&window);
    combo->addItem(QStringLiteral("One"));
    auto* spin = new QSpinBox(&window);
    edit->setGeometry(10, 10, 120, 30);
    button->setGeometry(10, 50, 120, 30);
    combo->setGeometry(10, 90, 120, 30);
    spin->setGeometry(10, 130, 120, 30);
    window.resize(140, 170);
    const QImage image = window.grab().toImage();
    const QColor background = palette.color(QPalette::Window);
    for (const QWidget* field : std::initializer_list<const QWidget*> {edit, button, combo, spin}) {
        // The brightest pixel on the field's left edge, half way down.
        const QRect r = field->geometry();
        int brightest = 0;
        for (int x = r.left(); x <= r.left() + 2; ++x)
            brightest = std::max(brightest, QColor(image.pixel(x, r.center().y())).lightness());
        EXPECT_GE(Theme::contrastRatio(QColor(brightest, brightest, brightest), background), 3.0)
            << field->metaObject()->className();
    }
    Theme::apply(*app, Appearance::System);
}

TEST(ThemeTest, ChartsFollowTheAppearanceAndExportDarkOnLight)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    auto* chart = new ComparisonChart;
    Statistics::Comparison comparison;
    comparison.first = {20, 5.0, {}, {}};
    comparison.second = {10, 4.0, {}, {}};
    chart->setData(comparison, QStringLiteral("Without"), QStringLiteral("With"));
    std::unique_ptr<QChartView> view(ChartBase::makeView(chart, nullptr, "chartView"));
    view->resize(400, 300);
    view->show(); // laid out as on the page: the export draws what the view shows
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));

    for (const Appearance appearance :
        {Appearance::Dark, Appearance::HighContrast, Appearance::Light}) {
        Theme::apply(*app, appearance);
        QCoreApplication::processEvents();
        const QPalette palette = view->palette();
        EXPECT_EQ(chart->backgroundBrush().color(), palette.color(QPalette::Base))
            << Theme::toString(appearance).toStdString();
        const auto axes = chart->axes();
        ASSERT_FALSE(axes.isEmpty());
        for (const QAbstractAxis* axis : axes) {
            EXPECT_EQ(axis->labelsColor(), palette.color(QPalette::Text));
            EXPECT_GE(Theme::contrastRatio(axis->labelsColor(), palette.color(QPalette::Base)),
                Theme::kMinimumTextContrast);
        }
    }

    // Exported in dark: the picture is dark on light, and the chart on screen stays dark.
    Theme::apply(*app, Appearance::Dark);
    QCoreApplication::processEvents();
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    ASSERT_TRUE(ChartExport::savePng(*view, png).ok());
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(QColor(image.pixel(4, 4)).lightness(), 240);
    EXPECT_LT(chart->backgroundBrush().color().lightness(), 80);

    // The picture holds the whole chart, at twice its size: shrunk back, it is the chart on
    // screen in light. It held the top-left quarter, doubled.
    Theme::apply(*app, Appearance::Light);
    QCoreApplication::processEvents();
    ASSERT_TRUE(ChartExport::savePng(*view, png).ok());
    const QImage exported = QImage(png).convertToFormat(QImage::Format_RGB32);
    const QImage onScreen
        = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(exported.size(), onScreen.size() * 2);
    const QImage shrunk
        = exported.scaled(onScreen.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    int differing = 0;
    for (int y = 0; y < onScreen.height(); ++y) {
        for (int x = 0; x < onScreen.width(); ++x) {
            const QColor a(shrunk.pixel(x, y));
            const QColor b(onScreen.pixel(x, y));
            if (std::abs(a.lightness() - b.lightness()) > 96)
                ++differing;
        }
    }
    EXPECT_LT(differing, onScreen.width() * onScreen.height() / 50)
        << "of " << onScreen.width() * onScreen.height() << " pixels";
    Theme::apply(*app, Appearance::System);
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
