#include "DiarySql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace stilla {

int DiarySql::sqliteCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString DiarySql::describe(const QSqlError& error)
{
    QString plain;
    switch (sqliteCode(error)) {
    case kFull:
        plain = tr("the disk is full. Free some space and try again");
        break;
    case kReadOnly:
        plain = tr("the diary file or its folder is read-only");
        break;
    case kIoError:
        plain = tr("the disk reported a read or write error");
        break;
    case kCorrupt:
    case kNotADatabase:
        plain = tr("the diary file is damaged");
        break;
    case kBusy:
    case kLocked:
        plain = tr("another program is using the diary. Close it and try again");
        break;
    case kCantOpen:
        plain = tr("the file could not be opened");
        break;
    default:
        plain = tr("the database reported an error");
        break;
    }
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return detail.isEmpty() ? plain : QString(plain % QStringLiteral(" (") % detail % u')');
}

Status DiarySql::exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error {describe(query.lastError())};
    return {};
}

Status DiarySql::exec(QSqlQuery& query)
{
    if (!query.exec())
        return Error {describe(query.lastError())};
    return {};
}

Status DiarySql::prepare(QSqlQuery& query, const QString& sql)
{
    if (!query.prepare(sql))
        return Error {describe(query.lastError())};
    return {};
}

Status DiarySql::begin(QSqlDatabase& db)
{
    return exec(db, QStringLiteral("BEGIN IMMEDIATE"));
}

Status DiarySql::commit(QSqlDatabase& db)
{
    return exec(db, QStringLiteral("COMMIT"));
}

void DiarySql::rollback(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcDiary) << "Rollback:" << query.lastError().text();
}

Result<QVariant> DiarySql::scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error {describe(query.lastError())};
    if (!query.next())
        return Error {describe(query.lastError())};
    return query.value(0);
}

} // namespace stilla
