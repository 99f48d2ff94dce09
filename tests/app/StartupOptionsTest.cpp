#include "app/gui/StartupOptions.h"

#include "tests/TestUtil.h"

namespace stilla {
namespace {

using Outcome = StartupOptions::Outcome;

Outcome parse(QStringList args, StartupOptions& options, QString& message)
{
    args.prepend(QStringLiteral("stilla"));
    return StartupOptions::parse(args, options, message);
}

TEST(StartupOptionsTest, NoArgumentsRunsWithDefaults)
{
    StartupOptions options;
    QString message;
    EXPECT_EQ(parse({}, options, message), Outcome::Run);
    EXPECT_TRUE(options.language.isEmpty());
    EXPECT_FALSE(options.page.has_value());
    EXPECT_TRUE(options.dataDir.isEmpty());
    EXPECT_FALSE(options.verbose);
    EXPECT_FALSE(options.demo);
    EXPECT_FALSE(options.quitAfterFirstPaint);
}

TEST(StartupOptionsTest, DemoAndQuitAfterFirstPaintAreRead)
{
    StartupOptions options;
    QString message;
    EXPECT_EQ(parse({QStringLiteral("--demo"), QStringLiteral("--quit-after-first-paint")}, options,
                  message),
        Outcome::Run);
    EXPECT_TRUE(options.demo);
    EXPECT_TRUE(options.quitAfterFirstPaint);
    EXPECT_FALSE(options.traceStartup);
    EXPECT_EQ(parse({QStringLiteral("--trace-startup")}, options, message), Outcome::Run);
    EXPECT_TRUE(options.traceStartup);
}

TEST(StartupOptionsTest, DemoIsInTheHelpButTheDiagnosticSwitchIsNot)
{
    StartupOptions options;
    QString message;
    ASSERT_EQ(parse({QStringLiteral("--help")}, options, message), Outcome::Exit);
    EXPECT_TRUE(message.contains(QStringLiteral("--demo")));
    EXPECT_FALSE(message.contains(QStringLiteral("--quit-after-first-paint")));
    EXPECT_FALSE(message.contains(QStringLiteral("--trace-startup")));
}

TEST(StartupOptionsTest, DemoRefusesADataFolder)
{
    StartupOptions options;
    QString message;
    EXPECT_EQ(
        parse({QStringLiteral("--demo"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/x")},
            options, message),
        Outcome::UsageError);
    EXPECT_TRUE(message.contains(QStringLiteral("--data-dir")));
}

TEST(StartupOptionsTest, AllOptionsAreRead)
{
    StartupOptions options;
    QString message;
    EXPECT_EQ(parse({QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("--page"),
                        QStringLiteral("charts"), QStringLiteral("--data-dir"),
                        QStringLiteral("/tmp/x"), QStringLiteral("--verbose")},
                  options, message),
        Outcome::Run);
    EXPECT_EQ(options.language, QStringLiteral("sv"));
    EXPECT_EQ(options.page, MainWindow::PageId::Charts);
    EXPECT_EQ(options.dataDir, QStringLiteral("/tmp/x"));
    EXPECT_TRUE(options.verbose);
}

TEST(StartupOptionsTest, HelpAndVersionExitCleanly)
{
    StartupOptions options;
    QString message;
    EXPECT_EQ(parse({QStringLiteral("--help")}, options, message), Outcome::Exit);
    EXPECT_TRUE(message.contains(QStringLiteral("--data-dir")));
    EXPECT_TRUE(message.contains(QStringLiteral("--page")));
    EXPECT_EQ(parse({QStringLiteral("--version")}, options, message), Outcome::Exit);
    EXPECT_TRUE(message.startsWith(QStringLiteral("stilla 0.")));
}

TEST(StartupOptionsTest, BadValuesAreUsageErrorsThatNameTheOption)
{
    const struct
    {
        QStringList args;
        const char* mentions;
    } cases[] = {
        {{QStringLiteral("--lang"), QStringLiteral("de")}, "--lang"},
        {{QStringLiteral("--page"), QStringLiteral("settingz")}, "--page"},
        {{QStringLiteral("--page"), QStringLiteral("settings")}, "--page"},
        {{QStringLiteral("--frobnicate")}, "frobnicate"},
        {{QStringLiteral("--lang")}, "lang"},
        {{QStringLiteral("stray")}, "stray"},
    };
    for (const auto& c : cases) {
        StartupOptions options;
        QString message;
        EXPECT_EQ(parse(c.args, options, message), Outcome::UsageError) << c.mentions;
        EXPECT_TRUE(message.contains(QLatin1String(c.mentions))) << message.toStdString();
    }
}

} // namespace
} // namespace stilla
