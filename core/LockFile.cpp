#include "LockFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace stilla {

LockFile::LockFile(QString path)
    : m_path(std::move(path))
{ }

LockFile::~LockFile()
{
    release();
}

LockFile::Outcome LockFile::takeWithQLockFile()
{
    if (!m_qlock) {
        m_qlock = std::make_unique<QLockFile>(m_path);
        // Never stale by age: a window may stay open for weeks. QLockFile still takes over a
        // file whose process is gone.
        m_qlock->setStaleLockTime(0);
    }
    if (m_qlock->tryLock(0))
        return Outcome::Taken;
    switch (m_qlock->error()) {
    case QLockFile::LockFailedError:
        return Outcome::Held;
    case QLockFile::PermissionError:
        return Outcome::NoPermission;
    default:
        return Outcome::Failed;
    }
}

#ifdef Q_OS_UNIX

namespace {

/// What QLockFile writes in its file, line for line (QLockFilePrivate::lockFileContents).
QByteArray contents()
{
    return QByteArray::number(QCoreApplication::applicationPid()) + '\n'
        + QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + '\n'
        + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n'
        + QSysInfo::bootUniqueId() + '\n';
}

bool writeAll(int fd, const QByteArray& data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

int lockRetryingOnSignals(int fd, int operation)
{
    int result = 0;
    do {
        result = ::flock(fd, operation);
    } while (result != 0 && errno == EINTR);
    return result;
}

bool flockUnsupported(int error)
{
    return error == ENOLCK || error == EOPNOTSUPP || error == ENOSYS || error == EINVAL;
}

/// A file its maker has not locked yet is empty and younger than this.
constexpr std::time_t kBeingMadeSeconds = 2;

enum class Existing { Held, Removed, Gone, NoFlock, Failed };

/// The lock file at @p path is there already: does a running process hold it? One that nobody
/// holds is left over and is removed, unless it is empty and a moment old (its maker has opened
/// it and not locked it yet).
Existing checkExisting(const QByteArray& path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? Existing::Gone : Existing::Failed;
    Existing result = Existing::Held;
    if (lockRetryingOnSignals(fd, LOCK_EX | LOCK_NB) == 0) {
        struct stat opened = {};
        struct stat named = {};
        const bool same = ::fstat(fd, &opened) == 0 && ::stat(path.constData(), &named) == 0
            && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
        // A moment old either way: a file server's clock may run ahead of this one's.
        const std::time_t age = std::time(nullptr) - opened.st_mtime;
        const bool beingMade
            = opened.st_size == 0 && age > -kBeingMadeSeconds && age < kBeingMadeSeconds;
        if (!same)
            result = Existing::Gone; // removed or replaced meanwhile: look again
        else if (beingMade)
            result = Existing::Held;
        else if (::unlink(path.constData()) == 0 || errno == ENOENT)
            result = Existing::Removed;
        else
            result = Existing::Failed;
    } else if (flockUnsupported(errno)) {
        result = Existing::NoFlock;
    } else if (errno != EWOULDBLOCK) {
        result = Existing::Failed;
    }
    ::close(fd);
    return result;
}

} // namespace

LockFile::Outcome LockFile::tryTake()
{
    if (isHeld())
        return Outcome::Taken;
    if (m_qlock)
        return takeWithQLockFile(); // this file system has shown it has no flock
    const QByteArray path = QFile::encodeName(m_path);
    // A file left over is removed and made again; a second removal in a row means another
    // process is taking it over at the same moment, which is then the holder.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0)
            return holdNewFile(fd, path);
        if (errno == EACCES || errno == EROFS || errno == EPERM)
            return Outcome::NoPermission;
        if (errno != EEXIST)
            return Outcome::Failed;
        switch (checkExisting(path)) {
        case Existing::Held:
            return Outcome::Held;
        case Existing::Removed:
        case Existing::Gone:
            continue;
        case Existing::NoFlock:
            return takeWithQLockFile();
        case Existing::Failed:
            return Outcome::Failed;
        }
    }
    return Outcome::Held;
}

LockFile::Outcome LockFile::holdNewFile(int fd, const QByteArray& path)
{
    // Waits only while a process checking the file holds it for a moment (checkExisting).
    const bool locked = lockRetryingOnSignals(fd, LOCK_EX) == 0;
    const int lockError = errno;
    if (locked && writeAll(fd, contents())) {
        m_fd = fd;
        return Outcome::Taken;
    }
    ::unlink(path.constData());
    ::close(fd);
    if (!locked && flockUnsupported(lockError))
        return takeWithQLockFile();
    return Outcome::Failed;
}

bool LockFile::isHeld() const
{
    return m_fd >= 0 || (m_qlock && m_qlock->isLocked());
}

void LockFile::release()
{
    if (m_fd >= 0) {
        // Removed before it is let go, as QLockFile does: whoever opened it and then gets its
        // lock sees that it is no longer the file at the path (checkExisting).
        ::unlink(QFile::encodeName(m_path).constData());
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_qlock)
        m_qlock->unlock();
}

#else // not Unix: QLockFile

LockFile::Outcome LockFile::tryTake()
{
    return isHeld() ? Outcome::Taken : takeWithQLockFile();
}

bool LockFile::isHeld() const
{
    return m_qlock && m_qlock->isLocked();
}

void LockFile::release()
{
    if (m_qlock)
        m_qlock->unlock();
}

#endif

} // namespace stilla
