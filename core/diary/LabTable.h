#pragma once

#include "core/Result.h"
#include "core/labs/LabResult.h"

#include <QDate>

#include <vector>

class QSqlDatabase;

namespace stilla {

/// The lab_result table of the diary (schema version 4): one row per test date. Internal to
/// core/diary; DiaryStore is the only user, and it adds where the diary is to the messages.
class LabTable
{
public:
    /// Results from @p from to @p to inclusive (an invalid bound is open), oldest first.
    static Result<std::vector<LabResult>> results(
        QSqlDatabase& db, const QDate& from, const QDate& to);
    /// The result of @p date, if any.
    static Result<std::optional<LabResult>> result(QSqlDatabase& db, const QDate& date);
    /// Replaces the row of @p result's date (an empty result removes it), in one transaction
    /// that also replaces the change token. The caller has validated it.
    static Status save(QSqlDatabase& db, const LabResult& result);
    /// The same within the caller's transaction (saveMany).
    static Status write(QSqlDatabase& db, const LabResult& result);
    /// Removes the row of @p date; true when there was one.
    static Result<bool> remove(QSqlDatabase& db, const QDate& date);
};

} // namespace stilla
