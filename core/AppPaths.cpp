#include "AppPaths.h"

#include "stilla/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace stilla {

QString AppPaths::resolveDataDir(const QString& override)
{
    QString dir = override;
    if (dir.isEmpty())
        dir = qEnvironmentVariable(kDataDirEnv);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir::cleanPath(QDir(dir).absolutePath());
}

Status AppPaths::prepareDataDir(const QString& dir)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return Error {QCoreApplication::translate("stilla::AppPaths",
            "The data folder %1 is a file, not a folder. Choose another folder with "
            "--data-dir.")
                          .arg(QDir::toNativeSeparators(dir))};
    if (!info.exists() && !QDir().mkpath(dir))
        return Error {QCoreApplication::translate("stilla::AppPaths",
            "Could not create the data folder %1. Check that its parent folder exists "
            "and that you may write to it.")
                          .arg(QDir::toNativeSeparators(dir))};
    if (!isOwnerOnly(QFile::permissions(dir))
        && !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return Error {QCoreApplication::translate("stilla::AppPaths",
            "Could not make the data folder %1 private (owner-only). Check that it "
            "belongs to you.")
                          .arg(QDir::toNativeSeparators(dir))};
    return {};
}

bool AppPaths::isOwnerOnly(QFileDevice::Permissions permissions)
{
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (permissions & others) == 0;
}

QString AppPaths::backupDir(const QString& dataDir)
{
    return dataDir + QStringLiteral("/backups");
}

QString AppPaths::logDir(const QString& dataDir)
{
    return dataDir + QStringLiteral("/logs");
}

QString AppPaths::diaryFile(const QString& dataDir)
{
    return dataDir + QStringLiteral("/diary.sqlite");
}

void AppPaths::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QString::fromLatin1(version::kAppId));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(version::kVersion));
}

void AppPaths::restrictNewFilesToOwner()
{
#ifdef Q_OS_UNIX
    ::umask(0077);
#endif
}

QString AppPaths::settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/stilla.conf");
}

} // namespace stilla
