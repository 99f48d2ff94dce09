// Health data stays the user's: an owner-only data folder, no network code, and logs that
// never hold what was written in the diary.
#include "core/AppPaths.h"
#include "core/Logging.h"
#include "tests/TestUtil.h"
#include "tests/cli/CliRunner.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

namespace stilla {
namespace {

int runCli(const QStringList& arguments)
{
    return test::runCli(arguments).code;
}

/// A scripted session over a diary holding values no log may ever show.
class PrivacyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        const QString csv = m_dir.filePath(QStringLiteral("in.csv"));
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(test::kCsvHeader
            + "2026-11-20,23:17,06:53,37,3,2,7,123.45,987.65,4,41,ZEBRA-SECRET-NOTE\n");
        file.close();
        const QStringList base {QStringLiteral("--data-dir"), m_data, QStringLiteral("--verbose")};
        ASSERT_EQ(runCli(base + QStringList {QStringLiteral("import"), csv}), 0);
        ASSERT_EQ(runCli(base
                      + QStringList {QStringLiteral("export"), QStringLiteral("--format"),
                          QStringLiteral("json"), m_dir.filePath(QStringLiteral("out.json"))}),
            0);
        runCli(base
            + QStringList {
                QStringLiteral("safety"), QStringLiteral("--date"), QStringLiteral("2026-11-20")});
        runCli(base + QStringList {QStringLiteral("stats")});
        ASSERT_EQ(runCli(base
                      + QStringList {QStringLiteral("backup"),
                          m_data + QStringLiteral("/manual-backup.sqlite")}),
            0);
        ASSERT_EQ(runCli(base + QStringList {QStringLiteral("check")}), 0);
    }

    QTemporaryDir m_dir;
    QString m_data;
};

TEST_F(PrivacyTest, LogsNeverHoldDiaryValues)
{
    QString logs;
    QDirIterator it(AppPaths::logDir(m_data), QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        logs += QString::fromUtf8(file.readAll());
    }
    ASSERT_FALSE(logs.isEmpty()) << "the session should have logged its events";
    // Each line begins with the time it was written, which is no diary value: a run at 23:17
    // found the diary's bedtime "23:17" in it. Only the rest of each line is read.
    const QRegularExpression stamp(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3} )"),
        QRegularExpression::MultilineOption);
    const int lines = int(logs.count(QLatin1Char('\n')));
    ASSERT_EQ(int(logs.count(stamp)), lines) << "every line begins with its time";
    logs.remove(stamp);
    for (const char* secret : {"ZEBRA", "SECRET", "23:17", "06:53", "123.45", "987.65", "987,65"})
        EXPECT_FALSE(logs.contains(QLatin1String(secret))) << "the log holds " << secret;
}

TEST_F(PrivacyTest, DataFolderIsOwnerOnlyAndSoIsEveryFileInIt)
{
    EXPECT_TRUE(AppPaths::isOwnerOnly(QFile::permissions(m_data)));
    int files = 0;
    QDirIterator it(
        m_data, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        EXPECT_TRUE(AppPaths::isOwnerOnly(QFile::permissions(path))) << path.toStdString();
        ++files;
    }
    EXPECT_GE(files, 3); // the diary, the log folder and its file, the backup
}

TEST(PrivacyLinkTest, NoBinaryLinksNetworkCode)
{
    for (const char* binary : {STILLA_GUI_BINARY, STILLA_CLI_BINARY}) {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QString::fromLocal8Bit(binary)});
        ASSERT_TRUE(ldd.waitForFinished(30000));
        const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        ASSERT_TRUE(libraries.contains(QStringLiteral("libQt6Core"))) << binary;
        EXPECT_FALSE(libraries.contains(QStringLiteral("Qt6Network")))
            << binary << " links Qt Network";

        // Stilla's own code never opens a socket (libraries such as xcb talk to the display
        // server; that is theirs, not ours).
        QProcess nm;
        nm.start(QStringLiteral("nm"),
            {QStringLiteral("-D"), QStringLiteral("--undefined-only"),
                QString::fromLocal8Bit(binary)});
        ASSERT_TRUE(nm.waitForFinished(30000));
        const QStringList symbols
            = QString::fromLocal8Bit(nm.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString& line : symbols) {
            const QString symbol
                = line.section(QLatin1Char(' '), -1).section(QLatin1Char('@'), 0, 0);
            for (const char* call : {"socket", "connect", "getaddrinfo", "gethostbyname"})
                EXPECT_NE(symbol, QLatin1String(call)) << binary << " calls " << call;
        }
    }
}

} // namespace
} // namespace stilla
