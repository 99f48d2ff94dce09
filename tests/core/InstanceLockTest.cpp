// One writer per data folder: the lock is held, refused to others with who holds it, released,
// and taken over when the process that held it is gone (here: SIGKILLed).
#include "core/InstanceLock.h"

#include "KillRun.h"
#include "tests/TestUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
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

/// An empty lock file, as a power cut can leave one (its name reached the disk, its content
/// not), last changed @p secondsAgo (negative: in the future).
void leaveEmptyLockFile(const QString& dir, int secondsAgo)
{
    QFile file(InstanceLock::lockFile(dir));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.setFileTime(
        QDateTime::currentDateTime().addSecs(-secondsAgo), QFileDevice::FileModificationTime));
}

TEST(InstanceLockTest, AnEmptyLockFileNobodyHoldsIsTakenOver)
{
    // QLockFile, never stale by age, refused such a file for ever: no process id to look up.
    QTemporaryDir dir;
    leaveEmptyLockFile(dir.path(), 60);
    InstanceLock lock(dir.path());
    EXPECT_EQ(lock.acquire(), Outcome::Acquired);
    lock.release();
    leaveEmptyLockFile(dir.path(), -60); // from a clock a minute ahead: not a moment old either
    EXPECT_EQ(lock.acquire(), Outcome::Acquired);
    QFile file(InstanceLock::lockFile(dir.path()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readLine().startsWith(QByteArray::number(QCoreApplication::applicationPid())));
}

TEST(InstanceLockTest, AFileAMomentOldAndEmptyIsLeftToTheProcessMakingIt)
{
    // Between making the file and locking it, its maker holds a file nobody has locked.
    QTemporaryDir dir;
    leaveEmptyLockFile(dir.path(), 0);
    InstanceLock lock(dir.path());
    EXPECT_EQ(lock.acquire(), Outcome::HeldByOther);
    EXPECT_FALSE(lock.holder().has_value());
    EXPECT_TRUE(QFileInfo::exists(InstanceLock::lockFile(dir.path())));
}

TEST(InstanceLockTest, QLockFileAndStillaAgreeOnWhoHoldsTheFolder)
{
    // Older Stilla versions hold the folder with a QLockFile; both must see the other's lock.
    QTemporaryDir dir;
    const QString path = InstanceLock::lockFile(dir.path());
    {
        InstanceLock stilla(dir.path());
        ASSERT_EQ(stilla.acquire(), Outcome::Acquired);
        QLockFile older(path);
        older.setStaleLockTime(0);
        EXPECT_FALSE(older.tryLock(0));
        EXPECT_EQ(older.error(), QLockFile::LockFailedError);
        qint64 pid = 0;
        QString host;
        QString program;
        ASSERT_TRUE(older.getLockInfo(&pid, &host, &program));
        EXPECT_EQ(pid, QCoreApplication::applicationPid());
        EXPECT_EQ(program, QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    }
    EXPECT_FALSE(QFileInfo::exists(path));

    QLockFile older(path);
    ASSERT_TRUE(older.tryLock(0));
    InstanceLock stilla(dir.path());
    EXPECT_EQ(stilla.acquire(), Outcome::HeldByOther);
    ASSERT_TRUE(stilla.holder().has_value());
    EXPECT_EQ(stilla.holder()->pid, QCoreApplication::applicationPid());
    older.unlock();
    EXPECT_EQ(stilla.acquire(), Outcome::Acquired);
}

} // namespace
} // namespace stilla
