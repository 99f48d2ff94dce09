#include "DiaryRecovery.h"

#include "core/Logging.h"

#include <QFileInfo>

namespace stilla {

using Problem = DiaryStore::OpenProblem;

bool DiaryRecovery::isDamage(Problem problem)
{
    return problem == Problem::Damaged || problem == Problem::NotADatabase;
}

DiaryStore::OpenResult DiaryRecovery::open(const QString& path, const QString& readOnlyReason,
    Fallback fallback, DiaryStore::IntegrityCheck integrity, std::chrono::milliseconds busyTimeout)
{
    if (!readOnlyReason.isEmpty())
        return DiaryStore::openReadOnly(path, readOnlyReason, busyTimeout);
    DiaryStore::OpenResult opened = DiaryStore::open(path, busyTimeout, integrity);
    // A diary that cannot be written can still be read.
    if (opened.problem == Problem::ReadOnly && fallback == Fallback::ReadOnly) {
        qCInfo(lcDiary) << "the diary cannot be written; opening it read-only";
        const QString reason = opened.message;
        opened = DiaryStore::openReadOnly(path, reason, busyTimeout);
    }
    return opened;
}

Result<DiaryRecovery::Replaced> DiaryRecovery::replaceDamaged(
    const QString& path, const QString& backupFile, const QDateTime& now)
{
    Replaced replaced;
    const Result<QString> aside = DiaryStore::setAside(path, now);
    if (!aside)
        return Error {aside.errorMessage()};
    replaced.asideTo = aside.value();
    qCInfo(lcDiary) << "the damaged diary was set aside";
    if (!backupFile.isEmpty()) {
        if (const Status installed = DiaryStore::installBackup(backupFile, path); !installed)
            return Error {installed.errorMessage()};
    }
    replaced.opened = DiaryStore::open(path);
    return replaced;
}

DiaryRecovery::Restored DiaryRecovery::restore(
    const QString& path, const QString& backupFile, const QDateTime& now)
{
    Restored restored;
    // A backup that is not an intact diary changes nothing.
    if (const DiaryStore::FileCheck backup = DiaryStore::checkFile(backupFile);
        backup.problem != Problem::None) {
        restored.status = Error {backup.message};
        restored.problem = backup.problem;
        return restored;
    }
    if (!QFileInfo::exists(path)) {
        restored.status = DiaryStore::installBackup(backupFile, path);
        return restored;
    }
    DiaryStore::OpenResult opened = DiaryStore::open(path);
    if (opened.store) {
        restored.status = opened.store->restoreFrom(backupFile, now);
        restored.keptBeside = restored.status.ok();
        return restored;
    }
    if (!isDamage(opened.problem)) {
        restored.status = Error {opened.message};
        restored.problem = opened.problem;
        return restored;
    }
    // Never write to a damaged diary: move it aside whole, then put the backup in place.
    const Result<QString> aside = DiaryStore::setAside(path, now);
    if (!aside) {
        restored.status = Error {aside.errorMessage()};
        return restored;
    }
    restored.damagedAsideTo = aside.value();
    restored.status = DiaryStore::installBackup(backupFile, path);
    return restored;
}

} // namespace stilla
