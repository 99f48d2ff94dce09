// One Stilla per data folder: a second window explains and exits (after asking the first to
// come to the front), writing stilla-cli commands refuse while the window is open and reading
// ones work, and a window that was killed leaves a lock the next start takes over. The last
// test runs the real programs.
#include "app/gui/SingleInstance.h"

#include "AppFixture.h"
#include "core/AppPaths.h"
#include "core/InstanceLock.h"
#include "tests/TestUtil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>

namespace stilla {
namespace {

using namespace std::chrono_literals;

TEST(SingleInstanceTest, TheSecondStartFindsTheFolderTakenAndTheFirstIsAskedToComeForward)
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    ASSERT_EQ(first.start(), SingleInstance::Start::First);
    EXPECT_TRUE(first.holdsLock());
    ASSERT_TRUE(QFileInfo::exists(InstanceLock::activationFile(dir.path())));

    // (In one test process the holder is not "stilla", so this is the "another program" case;
    // the window case runs the real program below.)
    SingleInstance second(dir.path(), 100ms);
    ASSERT_EQ(second.start(), SingleInstance::Start::AlreadyOpen);
    EXPECT_FALSE(second.holdsLock());
    EXPECT_TRUE(second.alreadyOpenMessage().contains(QDir::toNativeSeparators(dir.path())))
        << second.alreadyOpenMessage().toStdString();

    QSignalSpy asked(&first, &SingleInstance::activationRequested);
    ASSERT_TRUE(InstanceLock::requestActivation(dir.path()));
    EXPECT_TRUE(asked.wait(5000));
}

TEST(SingleInstanceTest, AReadOnlyFolderStartsReadOnly)
{
    QTemporaryDir dir;
    const QFile::Permissions writable = QFile::permissions(dir.path());
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    SingleInstance instance(dir.path());
    EXPECT_EQ(instance.start(), SingleInstance::Start::ReadOnly);
    EXPECT_TRUE(instance.readOnlyReason().isEmpty()); // opening the diary says why
    QFile::setPermissions(dir.path(), writable);
}

class BringToFrontTest : public test::AppFixture
{
};

TEST_F(BringToFrontTest, TheWindowComesForwardAndSaysWhy)
{
    MainWindow& window = showWindow();
    window.showMinimized();
    window.bringToFront();
    EXPECT_FALSE(window.isMinimized());
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QLatin1String("started again")));
}

// ---- the real programs -----------------------------------------------------------------------

/// `stilla` (or `stilla-cli`) on one data folder, headless and unattended.
class Programs
{
public:
    explicit Programs(const QTemporaryDir& dir)
        : m_data(dir.filePath(QStringLiteral("data")))
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_environment.insert(QStringLiteral("STILLA_UNATTENDED"), QStringLiteral("1"));
        m_environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        m_environment.remove(QLatin1String(AppPaths::kDataDirEnv));
    }
    QString data() const { return m_data; }

    std::unique_ptr<QProcess> startWindow() const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_environment);
        process->start(QStringLiteral(STILLA_GUI_BINARY),
            {QStringLiteral("--data-dir"), m_data, QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--page"), QStringLiteral("diary"), QStringLiteral("--verbose")});
        EXPECT_TRUE(process->waitForStarted());
        return process;
    }
    /// Waits until the window's log (stderr, --verbose) shows @p text.
    static bool waitFor(QProcess& process, QByteArray& log, const char* text)
    {
        QElapsedTimer timer;
        timer.start();
        while (!log.contains(text) && timer.elapsed() < 60000
            && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            log += process.readAllStandardError();
        }
        return log.contains(text);
    }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(STILLA_CLI_BINARY),
            QStringList {QStringLiteral("--data-dir"), m_data} + arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

private:
    QString m_data;
    QProcessEnvironment m_environment;
};

TEST(SingleInstanceProcessTest, OneWindowPerDataFolderAndNoWritingBesideIt)
{
    QTemporaryDir dir;
    Programs programs(dir);
    const QString csv = dir.filePath(QStringLiteral("days.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(test::kCsvHeader + "2026-11-20,,,,,3,4,,,,,first\n");
    }
    const QStringList import {
        QStringLiteral("import"), csv, QStringLiteral("--on-conflict=replace")};

    // The first window takes the folder.
    auto first = programs.startWindow();
    QByteArray firstLog;
    ASSERT_TRUE(Programs::waitFor(*first, firstLog, "starting")) << firstLog.toStdString();
    ASSERT_TRUE(Programs::waitFor(*first, firstLog, "Opened the diary")) << firstLog.toStdString();

    // A second window explains, asks the first to come forward, and exits with 4.
    auto second = programs.startWindow();
    ASSERT_TRUE(second->waitForFinished(60000));
    EXPECT_EQ(second->exitCode(), 4);
    const QString said = QString::fromUtf8(second->readAllStandardError());
    EXPECT_TRUE(said.contains(QLatin1String("Stilla is already open with the data folder")))
        << said.toStdString();
    EXPECT_TRUE(said.contains(QDir::toNativeSeparators(programs.data())));
    EXPECT_TRUE(said.contains(QLatin1String("Switch to its window")));
    EXPECT_FALSE(said.contains(QLatin1String("Opened the diary"))) << "a second writer";
    EXPECT_TRUE(Programs::waitFor(*first, firstLog, "brought the window to the front"))
        << firstLog.toStdString();

    // stilla-cli: writing commands refuse with 4, reading ones work beside the window.
    const auto refused = programs.cli(import);
    EXPECT_EQ(refused.code, 4) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QLatin1String("Stilla's window (process")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QLatin1String("may not change the diary now")));
    const auto profile = programs.cli(
        {QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("sex=female")});
    EXPECT_EQ(profile.code, 4) << profile.err.toStdString();
    const auto exported = programs.cli({QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("-")});
    EXPECT_EQ(exported.code, 0) << exported.err.toStdString();
    EXPECT_EQ(programs.cli({QStringLiteral("check")}).code, 0);

    // A window that was killed leaves its lock behind: the next start takes it over.
    first->kill();
    first->waitForFinished();
    ASSERT_TRUE(QFileInfo::exists(InstanceLock::lockFile(programs.data())));
    auto third = programs.startWindow();
    QByteArray thirdLog;
    ASSERT_TRUE(Programs::waitFor(*third, thirdLog, "Opened the diary")) << thirdLog.toStdString();
    EXPECT_EQ(programs.cli(import).code, 4);
    third->kill();
    third->waitForFinished();

    // And so does a command: with no window left, the import goes through.
    const auto imported = programs.cli(import);
    EXPECT_EQ(imported.code, 0) << imported.err.toStdString();
    const auto after = programs.cli({QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("-")});
    EXPECT_TRUE(after.out.contains(QLatin1String("2026-11-20"))) << after.out.toStdString();
}

} // namespace
} // namespace stilla
