#include "SingleInstance.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>

namespace stilla {

SingleInstance::SingleInstance(
    QString dataDir, std::chrono::milliseconds waitForCommand, QObject* parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_waitForCommand(waitForCommand)
    , m_lock(m_dataDir)
{ }

SingleInstance::~SingleInstance()
{
    if (m_lock.isHeld())
        QFile::remove(InstanceLock::activationFile(m_dataDir));
}

SingleInstance::Start SingleInstance::start()
{
    const QString shown = QDir::toNativeSeparators(m_dataDir);
    InstanceLock::Outcome outcome = m_lock.acquire();
    // A stilla-cli command holds the folder only while it runs: give it a moment.
    if (outcome == InstanceLock::Outcome::HeldByOther && m_lock.holder()
        && !m_lock.holder()->isWindow())
        outcome = m_lock.acquire(m_waitForCommand);

    switch (outcome) {
    case InstanceLock::Outcome::Acquired:
        watchActivationFile();
        return Start::First;
    case InstanceLock::Outcome::HeldByOther:
        if (!m_lock.holder() || m_lock.holder()->isWindow()) {
            InstanceLock::requestActivation(m_dataDir);
            m_message = tr("Stilla is already open with the data folder %1. Switch to its "
                           "window; it has been asked to come to the front.\n\nOnly one Stilla "
                           "at a time can use a data folder, so that nothing you write is lost.")
                            .arg(shown);
        } else {
            m_message = tr("%1 is using the data folder %2, and only one program at a time may "
                           "write the diary. Start Stilla again when it has finished.")
                            .arg(InstanceLock::describe(m_lock.holder()), shown);
        }
        qCInfo(lcApp) << "another process holds the data folder; not starting";
        return Start::AlreadyOpen;
    case InstanceLock::Outcome::ReadOnlyFolder:
        return Start::ReadOnly;
    case InstanceLock::Outcome::Failed:
        m_readOnlyReason = m_lock.message();
        return Start::ReadOnly;
    }
    return Start::ReadOnly;
}

void SingleInstance::watchActivationFile()
{
    const QString path = InstanceLock::activationFile(m_dataDir);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcApp) << "could not create the activation file; a second start cannot "
                            "bring this window to the front";
        return;
    }
    file.close();
    m_watcher = new QFileSystemWatcher({path}, this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this, path] {
        if (!QFile::exists(path))
            return; // removed: nobody can ask any more
        // A file replaced rather than written is no longer watched: watch it again.
        if (!m_watcher->files().contains(path))
            m_watcher->addPath(path);
        emit activationRequested();
    });
}

} // namespace stilla
