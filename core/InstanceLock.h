#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace stilla {

class LockFile;

/// One Stilla per data folder: whoever writes the diary first takes "stilla.lock" in the data
/// folder (a LockFile: an exclusive file holding the process id, program name and host, in
/// QLockFile's format, kept locked with flock(2) while the process runs). The window takes it for
/// as long as it is open, stilla-cli for one command. A lock left by a process that no longer runs
/// (a crash, a kill) is taken over. No sockets: a second window asks the first to come to the front
/// by writing to "stilla.activate", which the first watches (see app/SingleInstance).
class InstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(stilla::InstanceLock)

public:
    static constexpr char kLockFileName[] = "stilla.lock";
    static constexpr char kActivationFileName[] = "stilla.activate";

    enum class Outcome {
        Acquired, ///< this process holds the data folder now
        HeldByOther, ///< another running process holds it; see holder()
        ReadOnlyFolder, ///< the folder cannot be written, so nothing will write the diary
        Failed, ///< the lock file could not be made (see message()); do not write
    };

    /// Who holds the lock, as the lock file says.
    struct Holder
    {
        qint64 pid = 0;
        QString hostName;
        QString programName; ///< the executable's file name: "stilla", "stilla-cli", ...
        bool isWindow() const { return programName == QLatin1String("stilla"); }
    };

    explicit InstanceLock(QString dataDir);
    ~InstanceLock(); ///< releases the lock when held
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    /// Tries to take the lock, waiting up to @p wait for a holder to let go. Idempotent once
    /// acquired.
    Outcome acquire(std::chrono::milliseconds wait = std::chrono::milliseconds(0));
    bool isHeld() const;
    void release();

    /// After HeldByOther: who holds it (std::nullopt when the file could not be read).
    std::optional<Holder> holder() const { return m_holder; }
    /// After Failed: why, for people.
    QString message() const { return m_message; }
    QString dataDir() const { return m_dataDir; }

    /// The lock file and the activation file of a data folder.
    static QString lockFile(const QString& dataDir);
    static QString activationFile(const QString& dataDir);
    /// Asks the window holding @p dataDir to come to the front (appends a line to the
    /// activation file it watches). False when there is no activation file to write to.
    static bool requestActivation(const QString& dataDir);

    /// The holder for people: "Stilla's window (process 1234)", "stilla-cli (process 1234)",
    /// "another program (process 1234)", with the computer's name when it is another one.
    static QString describe(const std::optional<Holder>& holder);

private:
    QString m_dataDir;
    std::unique_ptr<LockFile> m_lock;
    std::optional<Holder> m_holder;
    QString m_message;
};

} // namespace stilla
