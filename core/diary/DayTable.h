#pragma once

#include "DayEntry.h"
#include "DiarySql.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

class QSqlDatabase;

namespace stilla {

/// Reads and writes DayEntry rows (the day table and its child tables) with prepared
/// statements. Callers own the transaction. Internal to core/diary; DiaryStore is the only user.
class DayTable
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DayTable)

public:
    /// Brings a day to what the diary can store: clock times to whole minutes. Fails, naming
    /// the field, for a time that is set but not a valid clock time.
    static Status normalize(DayEntry& day);

    /// Inserts a day that is not stored yet, with its foods, supplements and medications, and
    /// fills in their new row ids. The day must be normalized.
    static Status insert(QSqlDatabase& db, DayEntry& day);
    /// Removes a day and its child rows; true when there was one.
    static Result<bool> remove(QSqlDatabase& db, const QDate& date);
    static Result<bool> exists(QSqlDatabase& db, const QDate& date);

    /// Days in [from, to] (an invalid bound is open), ascending, with their child rows.
    static Result<std::vector<DayEntry>> select(
        QSqlDatabase& db, const QDate& from, const QDate& to);
    static Result<std::vector<QDate>> dates(QSqlDatabase& db, const QDate& from, const QDate& to);

    /// A new random change token, written with every change (see diary_state in Schema.cpp).
    static Status touch(QSqlDatabase& db);

    /// Runs @p write (returning Status) in one transaction that also replaces the change token;
    /// rolls everything back when any step fails.
    template<typename Write> static Status inTransaction(QSqlDatabase& db, Write write)
    {
        Status done = DiarySql::begin(db);
        if (done)
            done = write();
        if (done)
            done = touch(db);
        if (done)
            done = DiarySql::commit(db);
        if (!done)
            DiarySql::rollback(db);
        return done;
    }
};

} // namespace stilla
