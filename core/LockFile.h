#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace stilla {

/// The file under InstanceLock. It is the file QLockFile makes, with QLockFile's content
/// (process id, program, host, machine id, boot id), so that every Stilla version and
/// QLockFile itself agree on who holds it. On Unix it is made here instead of by QLockFile:
/// - no fdatasync: QLockFile syncs the new file to disk so that its content survives a power
///   cut and tells a later start that the holder is gone. Here the holder is known by flock(2),
///   which the kernel drops when the process ends however it ends, so the content only names
///   the holder for people, and a start pays no disk flush (0.5–1 ms on the test machine, 112 ms
///   once under other disk writes, more on a spinning disk);
/// - a file nobody holds is left over, whatever it holds (QLockFile, never stale by age, keeps
///   refusing a file left empty by a power cut, since it cannot read a process id in it).
/// Where flock(2) does not work (some network and FUSE file systems), and on other systems
/// (Windows), it is a QLockFile.
class LockFile
{
public:
    enum class Outcome {
        Taken, ///< this object holds the file now
        Held, ///< a running process holds it (or is making it this very moment)
        NoPermission, ///< the folder or file cannot be written
        Failed, ///< anything else (a full disk, an I/O error)
    };

    explicit LockFile(QString path);
    ~LockFile(); ///< releases the file when held
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;

    /// One attempt, no waiting. Idempotent once taken.
    Outcome tryTake();
    bool isHeld() const;
    /// Removes the file and lets go of it.
    void release();

private:
    Outcome takeWithQLockFile();
#ifdef Q_OS_UNIX
    /// Locks and fills the file just made at @p path (its native name) on @p fd.
    Outcome holdNewFile(int fd, const QByteArray& path);
    int m_fd = -1; ///< the file, locked with flock(2), while held
#endif
    QString m_path;
    std::unique_ptr<QLockFile> m_qlock; ///< where flock does not work, and off Unix
};

} // namespace stilla
