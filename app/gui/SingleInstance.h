#pragma once

#include "core/InstanceLock.h"

#include <QObject>
#include <QString>

class QFileSystemWatcher;

namespace stilla {

/// One Stilla window per data folder. The window takes the folder's InstanceLock for as long as
/// it is open, so no second window (and no writing stilla-cli command) writes the same diary.
/// A second start finds the lock held, asks this window to come to the front by writing to the
/// activation file, explains, and exits; this window watches that file (QFileSystemWatcher,
/// inotify: no sockets, no Qt Network) and emits activationRequested().
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    enum class Start {
        First, ///< this window holds the data folder
        AlreadyOpen, ///< another Stilla holds it: show alreadyOpenMessage() and exit
        ReadOnly, ///< the diary may only be read (readOnlyReason() says why, if not obvious)
    };

    /// How long a start waits for a stilla-cli command that holds the folder to finish.
    static constexpr std::chrono::milliseconds kWaitForCommand {5000};

    explicit SingleInstance(QString dataDir,
        std::chrono::milliseconds waitForCommand = kWaitForCommand, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// Takes the lock (a lock left by a process that no longer runs is taken over).
    Start start();
    /// After AlreadyOpen: which data folder, who has it, what to do.
    QString alreadyOpenMessage() const { return m_message; }
    /// After ReadOnly: why the diary must be opened read-only; empty when the folder itself is
    /// read-only (opening the diary finds that out and says so).
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool holdsLock() const { return m_lock.isHeld(); }

signals:
    /// Another start of Stilla on the same data folder asked for this window.
    void activationRequested();

private:
    void watchActivationFile();

    QString m_dataDir;
    std::chrono::milliseconds m_waitForCommand;
    InstanceLock m_lock;
    QFileSystemWatcher* m_watcher = nullptr;
    QString m_message;
    QString m_readOnlyReason;
};

} // namespace stilla
