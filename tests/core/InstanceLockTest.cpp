// One writer per data folder: the lock is held, refused to others with who holds it, released,
// and taken over when the process that held it is gone (here: SIGKILLed).
#include "core/InstanceLock.h"

#include "KillRun.h"
#include "tests/TestUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace stilla {
namespace {

using Outcome = InstanceLock::Outcome;

/// diary_kill_child holding the lock of @p dir until it is killed.
class LockHolder
{
public:
    explicit LockHolder(const QString& dir)
    {
        EXPECT_TRUE(
            test::startChild(m_process, {QStringLiteral("lock"), dir}, test::Ending::MayBeKilled));
        while (!m_output.contains('\n') && m_process.waitForReadyRead(10000))
            m_output += m_process.readAllStandardOutput();
    }
    ~LockHolder()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QByteArray said() const { return m_output.trimmed(); }
    qint64 pid() const { return m_process.processId(); }
    void kill()
    {
        m_process.kill(); // SIGKILL: the lock file stays behind, naming a dead process
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

TEST(InstanceLockTest, OneHolderAtATime)
{
    QTemporaryDir dir;
    InstanceLock first(dir.path());
    ASSERT_EQ(first.acquire(), Outcome::Acquired);
    EXPECT_TRUE(first.isHeld());
    EXPECT_TRUE(QFileInfo::exists(InstanceLock::lockFile(dir.path())));
    EXPECT_EQ(first.acquire(), Outcome::Acquired); // again: still ours

    InstanceLock second(dir.path());
    ASSERT_EQ(second.acquire(std::chrono::milliseconds(100)), Outcome::HeldByOther);
    ASSERT_TRUE(second.holder().has_value());
    EXPECT_EQ(second.holder()->pid, QCoreApplication::applicationPid());
    EXPECT_FALSE(second.isHeld());
    EXPECT_TRUE(InstanceLock::describe(second.holder())
                    .contains(QString::number(QCoreApplication::applicationPid())));

    first.release();
    EXPECT_FALSE(QFileInfo::exists(InstanceLock::lockFile(dir.path())));
    EXPECT_EQ(second.acquire(), Outcome::Acquired);
}

TEST(InstanceLockTest, ALiveProcessKeepsItAndADeadOnesLockIsTakenOver)
{
    QTemporaryDir dir;
    LockHolder holder(dir.path());
    ASSERT_EQ(holder.said(), QByteArray("locked"));

    InstanceLock lock(dir.path());
    ASSERT_EQ(lock.acquire(), Outcome::HeldByOther);
    ASSERT_TRUE(lock.holder().has_value());
    EXPECT_EQ(lock.holder()->pid, holder.pid());
    EXPECT_EQ(lock.holder()->programName, QStringLiteral("diary_kill_child"));
    EXPECT_FALSE(lock.holder()->isWindow());
    EXPECT_TRUE(InstanceLock::describe(lock.holder()).contains(QLatin1String("diary_kill_child")));

    holder.kill();
    ASSERT_TRUE(QFileInfo::exists(InstanceLock::lockFile(dir.path()))); // left behind
    EXPECT_EQ(lock.acquire(), Outcome::Acquired);
    EXPECT_TRUE(lock.isHeld());
}

TEST(InstanceLockTest, AReadOnlyFolderIsNotLocked)
{
    QTemporaryDir dir;
    const QFile::Permissions writable = QFile::permissions(dir.path());
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    InstanceLock lock(dir.path());
    EXPECT_EQ(lock.acquire(), Outcome::ReadOnlyFolder);
    EXPECT_FALSE(QFileInfo::exists(InstanceLock::lockFile(dir.path())));
    QFile::setPermissions(dir.path(), writable);
}

TEST(InstanceLockTest, ActivationRequestsAreWrittenOnlyWhereAWindowListens)
{
    QTemporaryDir dir;
    EXPECT_FALSE(InstanceLock::requestActivation(dir.path())); // no window, no file
    EXPECT_FALSE(QFileInfo::exists(InstanceLock::activationFile(dir.path())));
    QFile file(InstanceLock::activationFile(dir.path()));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_TRUE(InstanceLock::requestActivation(dir.path()));
    EXPECT_TRUE(InstanceLock::requestActivation(dir.path()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count('\n'), 2);
}

} // namespace
} // namespace stilla
