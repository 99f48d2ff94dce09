#include "InstanceLock.h"

#include "FileAccess.h"
#include "LockFile.h"
#include "Logging.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

namespace stilla {

namespace {
/// How often a wait for the lock looks again.
constexpr qint64 kRetryMs = 50;
} // namespace

InstanceLock::InstanceLock(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

InstanceLock::~InstanceLock()
{
    release();
}

QString InstanceLock::lockFile(const QString& dataDir)
{
    return QDir(dataDir).filePath(QLatin1String(kLockFileName));
}

QString InstanceLock::activationFile(const QString& dataDir)
{
    return QDir(dataDir).filePath(QLatin1String(kActivationFileName));
}

bool InstanceLock::isHeld() const
{
    return m_lock && m_lock->isHeld();
}

void InstanceLock::release()
{
    if (!isHeld())
        return;
    m_lock->release();
    m_lock.reset();
}

InstanceLock::Outcome InstanceLock::acquire(std::chrono::milliseconds wait)
{
    if (isHeld())
        return Outcome::Acquired;
    m_holder.reset();
    m_message.clear();
    const QString shown = QDir::toNativeSeparators(m_dataDir);
    if (QFileInfo(m_dataDir).isDir() && !FileAccess::isWritable(m_dataDir))
        return Outcome::ReadOnlyFolder;

    // A lock whose process is gone is taken over (flock(2) tells a live holder), never by age:
    // a window may stay open for weeks.
    const QString path = lockFile(m_dataDir);
    m_lock = std::make_unique<LockFile>(path);
    const QDeadlineTimer deadline(wait);
    LockFile::Outcome result = m_lock->tryTake();
    while (result == LockFile::Outcome::Held && !deadline.hasExpired()) {
        QThread::msleep(std::min<qint64>(kRetryMs, deadline.remainingTime()));
        result = m_lock->tryTake();
    }
    if (result == LockFile::Outcome::Taken)
        return Outcome::Acquired;

    if (result == LockFile::Outcome::Held) {
        Holder holder;
        if (QLockFile(path).getLockInfo(&holder.pid, &holder.hostName, &holder.programName))
            m_holder = holder;
        m_lock.reset();
        qCInfo(lcCore) << "the data folder is held by another process";
        return Outcome::HeldByOther;
    }
    m_lock.reset();
    if (result == LockFile::Outcome::NoPermission)
        return Outcome::ReadOnlyFolder;
    m_message = tr("Stilla could not create its lock file in the data folder %1, so it cannot "
                   "make sure that it is the only program writing the diary there. Check that "
                   "the disk has free space and that the folder belongs to you.")
                    .arg(shown);
    qCWarning(lcCore) << "could not create the lock file";
    return Outcome::Failed;
}

bool InstanceLock::requestActivation(const QString& dataDir)
{
    QFile file(activationFile(dataDir));
    if (!file.exists() || !file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    // The content does not matter; the change does. One short line per request.
    const QByteArray line = QByteArray::number(QCoreApplication::applicationPid()) + ' '
        + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + '\n';
    return file.write(line) == line.size();
}

QString InstanceLock::describe(const std::optional<Holder>& holder)
{
    if (!holder)
        return tr("another program");
    QString who;
    if (holder->isWindow())
        who = tr("Stilla's window (process %1)").arg(holder->pid);
    else if (holder->programName == QLatin1String("stilla-cli"))
        who = tr("stilla-cli (process %1)").arg(holder->pid);
    else
        who = tr("another program, %1 (process %2)").arg(holder->programName).arg(holder->pid);
    if (!holder->hostName.isEmpty() && holder->hostName != QSysInfo::machineHostName())
        who = tr("%1 on the computer %2").arg(who, holder->hostName);
    return who;
}

} // namespace stilla
