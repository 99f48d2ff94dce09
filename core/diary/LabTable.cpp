#include "LabTable.h"

#include "DayTable.h"
#include "DiarySql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace stilla {

namespace {

/// The date, then each value's column, named as the diary JSON names it (LabResult::values()),
/// made once.
const QString& columns()
{
    static const QString joined = [] {
        QStringList names {QStringLiteral("date")};
        for (const LabResult::Value& value : LabResult::values())
            names << QLatin1String(value.jsonKey);
        return names.join(QStringLiteral(", "));
    }();
    return joined;
}

std::optional<double> optional(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QVariant bound(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

LabResult fromRow(const QSqlQuery& query)
{
    LabResult result;
    result.date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    int column = 1;
    for (const LabResult::Value& value : LabResult::values())
        result.*value.member = optional(query.value(column++));
    return result;
}

Status deleteRow(QSqlDatabase& db, const QDate& date, int* removed)
{
    QSqlQuery query(db);
    if (auto ok = DiarySql::prepare(query, QStringLiteral("DELETE FROM lab_result WHERE date = ?"));
        !ok)
        return ok;
    query.bindValue(0, date.toString(Qt::ISODate));
    if (auto ok = DiarySql::exec(query); !ok)
        return ok;
    if (removed)
        *removed = query.numRowsAffected();
    return {};
}

} // namespace

Result<std::vector<LabResult>> LabTable::results(
    QSqlDatabase& db, const QDate& from, const QDate& to)
{
    QSqlQuery query(db);
    if (auto ok = DiarySql::prepare(query,
            QStringLiteral("SELECT %1 FROM lab_result WHERE date >= ? AND date <= ? ORDER BY date")
                .arg(columns()));
        !ok)
        return Error {ok.errorMessage()};
    query.bindValue(0, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"));
    query.bindValue(1, to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
    if (auto ok = DiarySql::exec(query); !ok)
        return Error {ok.errorMessage()};
    std::vector<LabResult> results;
    while (query.next())
        results.push_back(fromRow(query));
    return results;
}

Result<std::optional<LabResult>> LabTable::result(QSqlDatabase& db, const QDate& date)
{
    auto found = results(db, date, date);
    if (!found)
        return Error {found.errorMessage()};
    if (found->empty())
        return std::optional<LabResult>();
    return std::optional<LabResult>(found->front());
}

Status LabTable::save(QSqlDatabase& db, const LabResult& result)
{
    return DayTable::inTransaction(db, [&] { return write(db, result); });
}

Status LabTable::write(QSqlDatabase& db, const LabResult& result)
{
    if (result.isEmpty())
        return deleteRow(db, result.date, nullptr);
    QSqlQuery query(db);
    if (auto ok = DiarySql::prepare(query,
            QStringLiteral("INSERT OR REPLACE INTO lab_result (%1) VALUES (?%2)")
                .arg(columns(), QStringLiteral(", ?").repeated(int(LabResult::values().size()))));
        !ok)
        return ok;
    query.bindValue(0, result.date.toString(Qt::ISODate));
    int column = 1;
    for (const LabResult::Value& value : LabResult::values())
        query.bindValue(column++, bound(result.*value.member));
    return DiarySql::exec(query);
}

Result<bool> LabTable::remove(QSqlDatabase& db, const QDate& date)
{
    int removed = 0;
    if (Status done = DayTable::inTransaction(db, [&] { return deleteRow(db, date, &removed); });
        !done)
        return Error {done.errorMessage()};
    return removed > 0;
}

} // namespace stilla
