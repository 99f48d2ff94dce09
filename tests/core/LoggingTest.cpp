#include "core/Logging.h"

#include "core/AppPaths.h"
#include "tests/TestUtil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace stilla {
namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

TEST(LoggingTest, QtMessagesAreRoutedIntoTheLogFile)
{
    QTemporaryDir dir;
    const QString logDir = dir.filePath(QStringLiteral("logs"));
    auto session = LogSession::start({logDir, false});
    ASSERT_TRUE(session.ok()) << session.errorMessage().toStdString();
    qCInfo(lcCore) << "opened the diary";
    qCWarning(lcApp) << "something odd";
    session.value()->flush();

    const QString text = readAll(session.value()->filePath());
    EXPECT_TRUE(text.contains(QStringLiteral("[stilla.core] opened the diary")));
    EXPECT_TRUE(text.contains(QStringLiteral("[stilla.app] something odd")));
    EXPECT_TRUE(text.contains(QStringLiteral("warning")));
}

TEST(LoggingTest, DebugMessagesOnlyWhenVerbose)
{
    QTemporaryDir dir;
    {
        auto quiet = LogSession::start({dir.filePath(QStringLiteral("quiet")), false});
        ASSERT_TRUE(quiet.ok());
        qCDebug(lcCore) << "detail";
        quiet.value()->flush();
        EXPECT_FALSE(readAll(quiet.value()->filePath()).contains(QStringLiteral("detail")));
    }
    {
        auto verbose = LogSession::start({dir.filePath(QStringLiteral("verbose")), true});
        ASSERT_TRUE(verbose.ok());
        qCDebug(lcCore) << "detail";
        verbose.value()->flush();
        EXPECT_TRUE(readAll(verbose.value()->filePath()).contains(QStringLiteral("detail")));
    }
}

TEST(LoggingTest, InfoIsForTheLogFileAndOnlyWarningsGoToStderrWithoutOne)
{
    // Without a log session (before it starts, or after it ends) only warnings and worse are
    // written, to stderr: info there came between a program's own messages.
    EXPECT_FALSE(lcCore().isInfoEnabled());
    EXPECT_TRUE(lcCore().isWarningEnabled());
    QTemporaryDir dir;
    {
        auto session = LogSession::start({dir.filePath(QStringLiteral("logs")), false});
        ASSERT_TRUE(session.ok());
        EXPECT_TRUE(lcCore().isInfoEnabled());
        EXPECT_TRUE(lcDiary().isInfoEnabled());
        EXPECT_FALSE(lcCore().isDebugEnabled());
    }
    EXPECT_FALSE(lcCore().isInfoEnabled());
    EXPECT_TRUE(lcCore().isWarningEnabled());
}

TEST(LoggingTest, TheLogIsBoundedInSize)
{
    QTemporaryDir dir;
    const QString logDir = dir.filePath(QStringLiteral("logs"));
    LoggingOptions options {logDir, false, 4096, 2};
    {
        auto session = LogSession::start(options);
        ASSERT_TRUE(session.ok());
        const QString line(200, QLatin1Char('x'));
        for (int i = 0; i < 200; ++i)
            qCInfo(lcCore) << line;
        session.value()->flush();
    }
    qint64 total = 0;
    const auto files = QDir(logDir).entryInfoList(QDir::Files);
    for (const QFileInfo& info : files)
        total += info.size();
    EXPECT_LE(files.size(), 3); // the current file plus two rotated ones
    EXPECT_LE(total, 3 * 4096 + 1024);
}

TEST(LoggingTest, LogFolderIsOwnerOnly)
{
    QTemporaryDir dir;
    const QString logDir = dir.filePath(QStringLiteral("logs"));
    auto session = LogSession::start({logDir, false});
    ASSERT_TRUE(session.ok());
    EXPECT_TRUE(AppPaths::isOwnerOnly(QFile::permissions(logDir)));
}

} // namespace
} // namespace stilla

namespace stilla {
namespace {

TEST(LoggingTest, EveryModuleHasItsOwnCategory)
{
    QStringList names;
    for (const QLoggingCategory* category :
        {&lcApp(), &lcCli(), &lcCore(), &lcDiary(), &lcSafety(), &lcIo()})
        names << QString::fromLatin1(category->categoryName());
    EXPECT_EQ(names,
        QStringList({QStringLiteral("stilla.app"), QStringLiteral("stilla.cli"),
            QStringLiteral("stilla.core"), QStringLiteral("stilla.diary"),
            QStringLiteral("stilla.safety"), QStringLiteral("stilla.io")}));
}

} // namespace
} // namespace stilla
