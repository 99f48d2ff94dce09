#pragma once

#include "core/Logging.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QString>

class QSqlDatabase;
class QSqlQuery;

namespace stilla {

/// Small helpers shared by the diary's SQL code: run a statement, and turn SQLite's errors into
/// sentences for people. Internal to core/diary.
class DiarySql
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DiarySql)

public:
    // SQLite primary result codes (sqlite3.h), as QSqlError::nativeErrorCode() reports them.
    static constexpr int kBusy = 5;
    static constexpr int kLocked = 6;
    static constexpr int kReadOnly = 8;
    static constexpr int kIoError = 10;
    static constexpr int kCorrupt = 11;
    static constexpr int kFull = 13;
    static constexpr int kCantOpen = 14;
    static constexpr int kNotADatabase = 26;

    /// The primary SQLite result code of @p error, or 0 when there is none.
    static int sqliteCode(const QSqlError& error);
    /// "the disk is full" etc., followed by SQLite's own words, for the end of a message.
    static QString describe(const QSqlError& error);

    /// Runs one statement without parameters.
    static Status exec(QSqlDatabase& db, const QString& sql);
    /// Executes a prepared query.
    static Status exec(QSqlQuery& query);
    /// Prepares @p sql on @p query.
    static Status prepare(QSqlQuery& query, const QString& sql);
    /// BEGIN IMMEDIATE: takes the write lock at once, so a transaction never fails half-way
    /// because another connection started writing.
    static Status begin(QSqlDatabase& db);
    static Status commit(QSqlDatabase& db);
    /// Rolls back an open transaction; harmless when none is open.
    static void rollback(QSqlDatabase& db);
    /// Reads a one-value pragma or query ("PRAGMA user_version").
    static Result<QVariant> scalar(QSqlDatabase& db, const QString& sql);
};

} // namespace stilla
