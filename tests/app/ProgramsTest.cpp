// The real stilla and stilla-cli programs from start to exit. The other tests call the same code
// in-process; only these run main(), the application object and its teardown. In the asan
// preset both are sanitized builds that abort on any finding (leaks at exit included), so a
// finding ends them with a crash and fails the test.
#include "core/InstanceLock.h"
#include "tests/TestUtil.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace stilla {
namespace {

constexpr int kTimeoutMs = 120000; // generous: a sanitized GUI start on a busy machine

struct ProgramRun
{
    QProcess::ExitStatus status = QProcess::CrashExit;
    int code = -1;
    QByteArray err;
};

/// A normal exit with the given code; otherwise what the program wrote to stderr.
::testing::AssertionResult exited(const ProgramRun& run, int code)
{
    if (run.status == QProcess::NormalExit && run.code == code)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
        << (run.status == QProcess::NormalExit ? "exited with " : "crashed with signal ")
        << run.code << " (expected exit " << code << "); stderr:\n"
        << run.err.toStdString();
}

/// Runs the programs in a throw-away home: HOME and the XDG folders point into a temporary
/// folder, so no run reads or writes the real user's diary, settings or logs.
class ProgramsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
    }

    /// @p variables: more of the environment, as NAME=value.
    ProgramRun run(
        const char* program, const QStringList& arguments, const QStringList& variables = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(
            QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("share")));
        environment.insert(
            QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.remove(QStringLiteral("STILLA_DATA_DIR"));
        for (const QString& variable : variables)
            environment.insert(
                variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_dir.path());
        process.start(QString::fromLocal8Bit(program), arguments);
        ProgramRun result;
        if (!process.waitForFinished(kTimeoutMs)) {
            ADD_FAILURE() << program << " did not finish: " << process.errorString().toStdString();
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.status = process.exitStatus();
        result.code = process.exitCode();
        result.err = process.readAllStandardError();
        return result;
    }

    /// stilla on the test's data folder, opening @p page and quitting after its first paint.
    ProgramRun gui(const char* page, const QStringList& variables = {},
        const QStringList& arguments = {}) const
    {
        return run(STILLA_GUI_BINARY,
            QStringList {QStringLiteral("--data-dir"), m_data, QStringLiteral("--page"),
                QLatin1String(page), QStringLiteral("--quit-after-first-paint")}
                + arguments,
            variables);
    }

    /// Imports one diary CSV row (after test::kCsvHeader) into the test's data folder.
    void importDay(const QByteArray& row) const
    {
        const QString csv = write("day.csv", test::kCsvHeader + row);
        ASSERT_TRUE(exited(cli({QStringLiteral("import"), csv}), 0));
    }

    /// stilla-cli on the test's data folder.
    ProgramRun cli(const QStringList& arguments) const
    {
        return run(
            STILLA_CLI_BINARY, QStringList {QStringLiteral("--data-dir"), m_data} + arguments);
    }

    QString write(const char* name, const QByteArray& content) const
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_data;
};

TEST_F(ProgramsTest, CliRunsADiarySessionAndExitsCleanly)
{
    const QString csv = write("in.csv",
        test::kCsvHeader
            + "2026-11-20,23:10,06:50,20,2,3,6,210,300,2,30,restless\n"
              "2026-11-21,22:40,07:05,15,1,4,3,250,,1,45,\n");
    EXPECT_TRUE(exited(cli({QStringLiteral("import"), csv}), 0));
    EXPECT_TRUE(exited(cli({QStringLiteral("export"), QStringLiteral("--format"),
                           QStringLiteral("json"), m_dir.filePath(QStringLiteral("out.json"))}),
        0));
    EXPECT_TRUE(exited(cli({QStringLiteral("check")}), 0));
    EXPECT_TRUE(exited(cli({QStringLiteral("safety"), QStringLiteral("--date"),
                           QStringLiteral("2026-11-20"), QStringLiteral("--json")}),
        0));
    // The report draws a PDF, so stilla-cli makes a QGuiApplication for it.
    EXPECT_TRUE(exited(cli({QStringLiteral("report"), QStringLiteral("--from"),
                           QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                           QStringLiteral("2026-11-30"), m_dir.filePath(QStringLiteral("r.pdf"))}),
        0));
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("r.pdf"))));
    // A usage error leaves by another path.
    EXPECT_TRUE(exited(cli({QStringLiteral("frobnicate")}), 2));
}

TEST_F(ProgramsTest, CliBesideTheWindowWritesOnlyItsOwnMessages)
{
    importDay("2026-11-20,23:10,06:50,20,2,3,6,210,300,2,30,\n");
    // The window, stood in for by a lock this process holds.
    InstanceLock window(m_data);
    ASSERT_EQ(window.acquire(), InstanceLock::Outcome::Acquired);
    // Reading works and says nothing on stderr; taking the lock once logged "stilla.core: the
    // data folder is held by another process" there, before the log file was open.
    const ProgramRun stats = cli({QStringLiteral("stats")});
    EXPECT_TRUE(exited(stats, 0));
    EXPECT_EQ(stats.err.toStdString(), "");
    // Writing refuses, with one message: the command's own.
    const ProgramRun imported = cli({QStringLiteral("import"),
        write("more.csv", test::kCsvHeader + "2026-11-21,,,,,3,4,,,,,\n")});
    EXPECT_TRUE(exited(imported, 4));
    EXPECT_TRUE(imported.err.startsWith("stilla-cli: ")) << imported.err.toStdString();
    EXPECT_EQ(imported.err.count('\n'), 1) << imported.err.toStdString();
}

TEST_F(ProgramsTest, GuiStartsPaintsAndQuitsCleanly)
{
    ASSERT_NO_FATAL_FAILURE(importDay("2026-11-20,23:10,06:50,20,2,3,6,210,300,2,30,\n"));
    for (const char* page : {"diary", "charts"}) {
        SCOPED_TRACE(page);
        EXPECT_TRUE(exited(gui(page), 0));
    }
}

TEST_F(ProgramsTest, GuiWithoutADisplaySaysSoAndExits)
{
    const ProgramRun started = gui("diary",
        {QStringLiteral("QT_QPA_PLATFORM="), QStringLiteral("DISPLAY="),
            QStringLiteral("WAYLAND_DISPLAY="), QStringLiteral("XDG_SESSION_TYPE=tty")});
    EXPECT_TRUE(exited(started, 1));
    EXPECT_TRUE(started.err.contains("stilla: there is no display to open the window on"))
        << started.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_data)) << "nothing is made in the data folder";
}

TEST_F(ProgramsTest, GuiStartsWithoutLoadingImagePlugins)
{
    // Today with a dose above the upper limit, so the diary opens on a finding (its icon) and
    // on sleep times (their clear buttons), in group boxes (their frames), under a menu bar.
    ASSERT_NO_FATAL_FAILURE(importDay(QDate::currentDate().toString(Qt::ISODate).toLatin1()
        + ",23:10,06:50,20,2,3,6,210,900,2,30,\n"));
    // The dynamic loader names every library it loads (LD_DEBUG=files). Loading one PNG at
    // start-up made Qt load every image format plugin and libjpeg (docs/performance.md).
    const ProgramRun started = gui("diary", {QStringLiteral("LD_DEBUG=files")});
    ASSERT_TRUE(exited(started, 0));
    ASSERT_TRUE(started.err.contains("libqsqlite")) << "the loader did not report its files";
    EXPECT_FALSE(started.err.contains("/imageformats/")) << started.err.toStdString();
    EXPECT_FALSE(started.err.contains("/iconengines/")) << started.err.toStdString();
}

// scripts/bench.sh times each step of the start-up from these lines (docs/performance.md).
TEST_F(ProgramsTest, TraceStartupNamesEachStepInOrder)
{
    const ProgramRun started = gui("diary", {}, {QStringLiteral("--trace-startup")});
    ASSERT_TRUE(exited(started, 0));
    const QRegularExpression line(
        QStringLiteral("^stilla: (.+) after ([0-9.]+) ms \\(at ([0-9]+) ns\\)$"),
        QRegularExpression::MultilineOption);
    QStringList steps;
    double lastMs = 0; // from a monotonic clock (the wall clock in ns may be set back)
    for (auto match = line.globalMatch(QString::fromUtf8(started.err)); match.hasNext();) {
        const QRegularExpressionMatch step = match.next();
        steps << step.captured(1);
        const double ms = step.captured(2).toDouble();
        EXPECT_GE(ms, lastMs) << step.captured(0).toStdString();
        lastMs = ms;
    }
    EXPECT_EQ(steps,
        QStringList({QStringLiteral("main"), QStringLiteral("application"),
            QStringLiteral("settings and language"), QStringLiteral("single instance"),
            QStringLiteral("log and appearance"), QStringLiteral("diary"), QStringLiteral("window"),
            QStringLiteral("shown"), QStringLiteral("first paint")}))
        << started.err.toStdString();
}

} // namespace
} // namespace stilla
