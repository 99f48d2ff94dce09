// DiaryStore: backups, restore, and putting a backup in place of a diary that cannot be opened.
// (DiaryStore.cpp holds opening, reading and writing days; FoodStore, LabStore and
// ExperimentStore the rest of what the diary keeps.)
#include "DiaryCheck.h"
#include "DiaryFile.h"
#include "DiarySql.h"
#include "DiaryStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace stilla {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<QString> DiaryStore::setAside(const QString& path, const QDateTime& now)
{
    const QString target = DiaryFile::unusedName(QString(
        path % QStringLiteral(".damaged-") % now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (auto moved = DiaryFile::moveWithCompanions(path, target); !moved)
        return Error {moved.errorMessage()};
    qCInfo(lcDiary) << "Set a diary aside";
    return target;
}

Status DiaryStore::installBackup(const QString& backupFile, const QString& path)
{
    if (DiaryFile::inspect(backupFile) == DiaryFile::Header::Empty)
        return Error {tr("The backup %1 is empty.").arg(shown(backupFile))};
    const FileCheck check = DiaryCheck::run(backupFile, kDefaultBusyTimeout);
    if (check.problem != OpenProblem::None)
        return Error {tr("The backup cannot be used: %1").arg(check.message)};
    return DiaryFile::replaceWithCopy(backupFile, path);
}

Status DiaryStore::backupTo(const QString& file) const
{
    // A read-only diary may be backed up; one found damaged may not (no damaged copy may
    // take a good backup's place).
    if (auto ok = requireOpen(); !ok)
        return ok;
    if (const auto damaged = damage(true))
        return Error {*damaged};
    const QString target = QFileInfo(file).absoluteFilePath();
    // What an earlier backup to the same file left when it was cut short.
    DiaryFile::removeTemporaries(target, QStringLiteral(".partial"));
    const QString temp = DiaryFile::unusedName(target + QStringLiteral(".partial"));
    auto fail = [&](const QString& reason) -> Status {
        QFile::remove(temp);
        return Error {tr("Could not back up the diary to %1: %2").arg(shown(target), reason)};
    };
    if (auto created = DiaryFile::createPrivate(temp); !created)
        return fail(created.errorMessage());
    {
        QSqlQuery query(m_db);
        if (auto ok = DiarySql::prepare(query, QStringLiteral("VACUUM INTO ?")); !ok)
            return fail(ok.errorMessage());
        query.bindValue(0, temp);
        if (auto ok = DiarySql::exec(query); !ok)
            return fail(ok.errorMessage());
    }
    if (auto synced = DiaryFile::sync(temp); !synced)
        return fail(synced.errorMessage());
    if (auto renamed = DiaryFile::renameOver(temp, target); !renamed)
        return fail(renamed.errorMessage());
    return {};
}

Status DiaryStore::restoreFrom(const QString& backupFile, const QDateTime& now)
{
    if (auto ok = requireWritable(); !ok)
        return ok;
    auto refuse = [&](const QString& reason) -> Status {
        return Error {tr("The backup %1 was not restored: %2 Your diary was not changed.")
                          .arg(shown(backupFile), reason)};
    };
    if (QFileInfo(backupFile).canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return refuse(tr("it is the diary itself."));
    if (DiaryFile::inspect(backupFile) == DiaryFile::Header::Empty)
        return refuse(tr("the file is empty."));
    const FileCheck check = DiaryCheck::run(backupFile, m_busyTimeout);
    if (check.problem != OpenProblem::None)
        return refuse(check.message);

    // Copies kept before earlier restores that were cut short while being written.
    const QDir folder = QFileInfo(m_path).absoluteDir();
    for (const QString& name : folder.entryList(
             {QFileInfo(m_path).fileName() + QStringLiteral(".before-restore-*.partial*")},
             QDir::Files | QDir::Hidden))
        QFile::remove(folder.filePath(name));
    const QString aside = DiaryFile::unusedName(QString(m_path % QStringLiteral(".before-restore-")
        % now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (auto kept = backupTo(aside); !kept)
        return refuse(kept.errorMessage());

    // Everything the old diary holds is in its main file before it is replaced.
    if (auto ok = DiarySql::exec(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !ok)
        qCWarning(lcDiary) << "Checkpoint before restore failed:" << ok.errorMessage();
    disconnect();
    QString message;
    if (auto swapped = DiaryFile::replaceWithCopy(backupFile, m_path); !swapped) {
        connect(message);
        return refuse(swapped.errorMessage());
    }
    if (connect(message) != OpenProblem::None) {
        disconnect();
        const Status putBack = DiaryFile::replaceWithCopy(aside, m_path);
        QString ignored;
        if (!putBack || connect(ignored) != OpenProblem::None) {
            return Error {tr("The backup %1 could not be opened after restoring (%2), and the "
                             "previous diary could not be put back. A copy of it is at %3.")
                              .arg(shown(backupFile), message, shown(aside))};
        }
        return refuse(message);
    }
    qCInfo(lcDiary) << "Restored the diary from a backup";
    emit m_notifier->diaryReset();
    return {};
}

} // namespace stilla
