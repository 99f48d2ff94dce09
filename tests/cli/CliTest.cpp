// stilla-cli's global options, help, exit codes and the paths command.
#include "CliFixtures.h"
#include "core/diary/DiaryStore.h"
#include "tests/core/DiaryTestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stilla {
namespace {

using namespace test;

TEST(CliTest, HelpListsCommandsAndExitCodes)
{
    const CliRun run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.code, Cli::Success);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Usage: stilla-cli")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("--data-dir")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("paths")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Exit codes")));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliTest, VersionPrintsTheVersion)
{
    const CliRun run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.code, Cli::Success);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("stilla-cli 0.")));
}

TEST(CliTest, UnknownCommandIsAUsageErrorNamingIt)
{
    const CliRun run = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(run.code, Cli::UsageError);
    EXPECT_TRUE(run.err.contains(QStringLiteral("frobnicate")));
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CliTest, BadOptionsAndMissingCommandAreUsageErrors)
{
    EXPECT_EQ(runCli({QStringLiteral("--bogus")}).code, Cli::UsageError);
    EXPECT_EQ(runCli({}).code, Cli::UsageError);
    EXPECT_EQ(runCli({QStringLiteral("--data-dir")}).code, Cli::UsageError);
    const CliRun sub = runCli({QStringLiteral("paths"), QStringLiteral("--bogus")});
    EXPECT_EQ(sub.code, Cli::UsageError);
    EXPECT_TRUE(sub.err.contains(QStringLiteral("bogus")));
    EXPECT_TRUE(sub.err.contains(QStringLiteral("Run stilla-cli paths --help")))
        << sub.err.toStdString();
}

TEST(CliTest, PathsShowsTheChosenDataFolderWithoutCreatingIt)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("diary-data"));
    const CliRun run = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("paths")});
    EXPECT_EQ(run.code, Cli::Success);
    EXPECT_TRUE(run.out.contains(data));
    EXPECT_FALSE(QFileInfo::exists(data));
}

TEST(CliTest, SubcommandHelpWorks)
{
    const CliRun run = runCli({QStringLiteral("paths"), QStringLiteral("--help")});
    EXPECT_EQ(run.code, Cli::Success);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Usage: stilla-cli paths")));
}

TEST_F(CliDiaryTest, HelpListsTheDiaryCommandsAndExitCodeThree)
{
    const CliRun run = runCli({QStringLiteral("--help")});
    for (const char* command : {"import", "export", "backup", "restore", "check"})
        EXPECT_TRUE(run.out.contains(QLatin1String(command))) << command;
    EXPECT_TRUE(run.out.contains(QStringLiteral("3  the diary is damaged")));
    const CliRun sub = runCli({QStringLiteral("import"), QStringLiteral("--help")});
    EXPECT_EQ(sub.code, Cli::Success);
    EXPECT_TRUE(sub.out.contains(QStringLiteral("--on-conflict")));
}

} // namespace
} // namespace stilla
