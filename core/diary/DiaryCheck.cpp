#include "DiaryCheck.h"

#include "DiaryFile.h"
#include "DiarySql.h"
#include "Schema.h"
#include "core/FileAccess.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

#include <atomic>

namespace stilla {

namespace {

constexpr int kMaxReportedIntegrityRows = 10;

DiaryStore::FileCheck integrityOf(QSqlDatabase& db, const QString& path, int version)
{
    using Problem = DiaryCheck::Problem;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        const Problem problem = DiaryCheck::classify(query.lastError());
        return {problem, DiaryCheck::message(problem, path, DiarySql::describe(query.lastError())),
            version};
    }
    QStringList report;
    while (query.next() && report.size() < kMaxReportedIntegrityRows)
        report << query.value(0).toString();
    if (report != QStringList {QStringLiteral("ok")}) {
        return {Problem::Damaged,
            DiaryCheck::message(Problem::Damaged, path, report.join(QLatin1String("; "))), version};
    }
    return {Problem::None, {}, version};
}

DiaryStore::FileCheck inspectOpen(QSqlDatabase& db, const QString& path, DiaryCheck::Depth depth)
{
    using Problem = DiaryCheck::Problem;
    auto failed = [&path](const QSqlError& error) {
        // A rollback journal left by a crash must be rolled back before the file can be read,
        // and a read-only check may not do that.
        if (DiarySql::sqliteCode(error) == DiarySql::kReadOnly
            && QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
            return DiaryStore::FileCheck {Problem::Io,
                DiaryCheck::tr("The diary %1 holds a change that was cut short (Stilla was "
                               "stopped, or the power went off, while it wrote), and it cannot "
                               "be read until that change is undone. Stilla has not changed "
                               "it. Make the file and its folder writable and open it in "
                               "Stilla, which undoes the change, then try again.")
                    .arg(QDir::toNativeSeparators(path)),
                0};
        }
        const Problem problem = DiaryCheck::classify(error);
        return DiaryStore::FileCheck {
            problem, DiaryCheck::message(problem, path, DiarySql::describe(error)), 0};
    };
    if (!db.open())
        return failed(db.lastError());

    QSqlQuery query(db);
    qint64 values[3] = {};
    const QString pragmas[3]
        = {QStringLiteral("PRAGMA application_id"), QStringLiteral("PRAGMA user_version"),
            QStringLiteral("SELECT count(*) FROM sqlite_master")};
    for (int i = 0; i < 3; ++i) {
        if (!query.exec(pragmas[i]) || !query.next())
            return failed(query.lastError());
        values[i] = query.value(0).toLongLong();
    }
    const qint64 applicationId = values[0];
    const int version = int(values[1]);
    const qint64 objects = values[2];
    query.finish();

    if (applicationId != 0 && applicationId != Schema::kApplicationId)
        return {Problem::NotADatabase, DiaryCheck::message(Problem::NotADatabase, path), version};
    if (version > DiaryStore::kSchemaVersion) {
        return {Problem::TooNew,
            DiaryCheck::tr("The diary %1 was saved by a newer version of Stilla (diary version "
                           "%2; this version reads up to %3). Stilla has not changed it. Install "
                           "the newer Stilla to open it.")
                .arg(QDir::toNativeSeparators(path))
                .arg(version)
                .arg(DiaryStore::kSchemaVersion),
            version};
    }
    if (applicationId == 0 && objects > 0) // another program's database
        return {Problem::NotADatabase, DiaryCheck::message(Problem::NotADatabase, path), version};
    if (depth == DiaryCheck::Depth::WithoutIntegrity)
        return {Problem::None, {}, version};
    return integrityOf(db, path, version);
}

/// Runs @p inspect on a fresh read-only connection to @p path, made and removed in the calling
/// thread.
template<typename Inspect>
DiaryStore::FileCheck withReadOnlyConnection(
    const QString& path, std::chrono::milliseconds busyTimeout, Inspect inspect)
{
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("stilla-diary-check-%1").arg(++counter);
    DiaryStore::FileCheck result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        DiaryCheck::configureReadOnly(db, path, busyTimeout);
        result = inspect(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (result.problem != DiaryCheck::Problem::None)
        qCWarning(lcDiary) << "Diary check failed:" << int(result.problem);
    return result;
}

} // namespace

DiaryStore::FileCheck DiaryCheck::integrity(
    const QString& path, std::chrono::milliseconds busyTimeout)
{
    return withReadOnlyConnection(path, busyTimeout, [&path](QSqlDatabase& db) {
        if (!db.open()) {
            const Problem problem = classify(db.lastError());
            return DiaryStore::FileCheck {
                problem, message(problem, path, DiarySql::describe(db.lastError())), 0};
        }
        return integrityOf(db, path, 0);
    });
}

DiaryStore::FileCheck DiaryCheck::run(
    const QString& path, std::chrono::milliseconds busyTimeout, Depth depth)
{
    switch (DiaryFile::inspect(path)) {
    case DiaryFile::Header::Missing:
        return {Problem::Io, message(Problem::Io, path, tr("the file does not exist")), 0};
    case DiaryFile::Header::NotSqlite:
        return {Problem::NotADatabase, message(Problem::NotADatabase, path), 0};
    case DiaryFile::Header::Truncated:
        return {Problem::Damaged, message(Problem::Damaged, path, tr("the file is cut short")), 0};
    case DiaryFile::Header::Empty:
        return {Problem::None, {}, 0};
    case DiaryFile::Header::Sqlite:
        break;
    }

    return withReadOnlyConnection(path, busyTimeout,
        [&path, depth](QSqlDatabase& db) { return inspectOpen(db, path, depth); });
}

DiaryCheck::Problem DiaryCheck::classify(const QSqlError& error)
{
    switch (DiarySql::sqliteCode(error)) {
    case DiarySql::kBusy:
    case DiarySql::kLocked:
        return Problem::Locked;
    case DiarySql::kCorrupt:
        return Problem::Damaged;
    case DiarySql::kNotADatabase:
        return Problem::NotADatabase;
    case DiarySql::kReadOnly:
        return Problem::ReadOnly;
    default:
        return Problem::Io;
    }
}

QString DiaryCheck::message(Problem problem, const QString& path, const QString& detail)
{
    const QString shown = QDir::toNativeSeparators(path);
    QString text;
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NotADatabase:
        text = tr("%1 is not a Stilla diary. Stilla has not changed it. Choose another file, or "
                  "move this one away to start a new diary.")
                   .arg(shown);
        break;
    case Problem::Damaged:
        text = tr("The diary %1 is damaged. Stilla has not changed it. Restore a backup, or set "
                  "the damaged file aside and start a new diary.")
                   .arg(shown);
        break;
    case Problem::TooNew:
        text = tr("The diary %1 was saved by a newer version of Stilla. Stilla has not changed "
                  "it. Install the newer Stilla to open it.")
                   .arg(shown);
        break;
    case Problem::ReadOnly:
        text = tr("The diary %1 is read-only, so Stilla cannot save your entries. Make the file "
                  "and its folder writable, then try again.")
                   .arg(shown);
        break;
    case Problem::Locked:
        text = tr("Another program is using the diary %1 (perhaps Stilla is already open). "
                  "Close it and try again.")
                   .arg(shown);
        break;
    case Problem::Io:
        text = tr("Could not open the diary %1. Check that the disk is connected and has free "
                  "space, then try again.")
                   .arg(shown);
        break;
    }
    if (!detail.isEmpty())
        text = tr("%1 (Details: %2.)").arg(text, detail);
    return text;
}

Status DiaryCheck::finishInterruptedChange(
    const QString& path, std::chrono::milliseconds busyTimeout)
{
    if (QFileInfo(path + QStringLiteral("-journal")).size() == 0 || isReadOnly(path)
        || DiaryFile::inspect(path) != DiaryFile::Header::Sqlite)
        return {};
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("stilla-diary-recover-%1").arg(++counter);
    Status done;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout.count()));
        // The first read of a database with a hot journal rolls the journal back.
        if (!db.open())
            done = Error {DiarySql::describe(db.lastError())};
        else if (auto read = DiarySql::scalar(db, QStringLiteral("PRAGMA schema_version")); !read)
            done = Error {read.errorMessage()};
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (done)
        qCInfo(lcDiary) << "Undid a change to the diary that a crash cut short";
    return done;
}

bool DiaryCheck::isReadOnly(const QString& path)
{
    const QFileInfo info(path);
    if (!FileAccess::isWritable(info.absolutePath()))
        return true;
    return info.exists() && !FileAccess::isWritable(path);
}

void DiaryCheck::configureReadOnly(
    QSqlDatabase& db, const QString& path, std::chrono::milliseconds busyTimeout)
{
    const QString timeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout.count());
    const bool unreadLog = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (isReadOnly(path) && !unreadLog) {
        // Nobody can write it, and everything is in the main file: read it as it is.
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;") + timeout);
        return;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;") + timeout);
}

} // namespace stilla
