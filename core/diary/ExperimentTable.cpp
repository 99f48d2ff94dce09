#include "ExperimentTable.h"

#include "DayTable.h"
#include "DiarySql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace stilla {

namespace {

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QDate dateOf(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant nullableDate(const QDate& date)
{
    return date.isValid() ? QVariant(dateText(date)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

Result<std::vector<ExperimentPlan>> ExperimentTable::all(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (auto ok = DiarySql::prepare(query,
            QStringLiteral("SELECT id, start, pattern, phase_days, washout_days, dose_mg, form, "
                           "outcome, stopped_on FROM experiment ORDER BY start, id"));
        !ok)
        return Error {ok.errorMessage()};
    if (auto ok = DiarySql::exec(query); !ok)
        return Error {ok.errorMessage()};
    std::vector<ExperimentPlan> plans;
    while (query.next()) {
        ExperimentPlan plan;
        plan.id = query.value(0).toLongLong();
        plan.start = dateOf(query.value(1));
        plan.pattern = query.value(2).toString();
        plan.phaseDays = query.value(3).toInt();
        plan.washoutDays = query.value(4).toInt();
        plan.doseMg = query.value(5).toDouble();
        plan.form
            = supplementFormFromName(query.value(6).toString()).value_or(SupplementForm::Other);
        plan.outcome = Statistics::outcomeFromName(query.value(7).toString())
                           .value_or(Statistics::Outcome::Severity);
        if (const QDate stopped = dateOf(query.value(8)); stopped.isValid())
            plan.stoppedOn = stopped;
        plans.push_back(plan);
    }
    QSqlQuery pauses(db);
    if (auto ok = DiarySql::prepare(pauses,
            QStringLiteral("SELECT experiment_id, paused_from, paused_until FROM "
                           "experiment_pause ORDER BY experiment_id, paused_from"));
        !ok)
        return Error {ok.errorMessage()};
    if (auto ok = DiarySql::exec(pauses); !ok)
        return Error {ok.errorMessage()};
    while (pauses.next()) {
        const qint64 id = pauses.value(0).toLongLong();
        for (ExperimentPlan& plan : plans) {
            if (plan.id == id)
                plan.pauses.push_back({dateOf(pauses.value(1)), dateOf(pauses.value(2))});
        }
    }
    return plans;
}

Status ExperimentTable::save(QSqlDatabase& db, ExperimentPlan& plan)
{
    return DayTable::inTransaction(db, [&] { return write(db, plan); });
}

Status ExperimentTable::write(QSqlDatabase& db, ExperimentPlan& plan)
{
    QSqlQuery query(db);
    const QString columns = QStringLiteral(
        "start, pattern, phase_days, washout_days, dose_mg, form, outcome, stopped_on");
    const QString sql = plan.id == 0
        ? QStringLiteral("INSERT INTO experiment (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(columns)
        : QStringLiteral("INSERT OR REPLACE INTO experiment (id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                         "?, ?)")
              .arg(columns);
    if (auto ok = DiarySql::prepare(query, sql); !ok)
        return ok;
    int column = 0;
    if (plan.id != 0)
        query.bindValue(column++, plan.id);
    query.bindValue(column++, dateText(plan.start));
    query.bindValue(column++, plan.pattern);
    query.bindValue(column++, plan.phaseDays);
    query.bindValue(column++, plan.washoutDays);
    query.bindValue(column++, plan.doseMg);
    query.bindValue(column++, toName(plan.form));
    query.bindValue(column++, Statistics::outcomeName(plan.outcome));
    query.bindValue(column++, nullableDate(plan.stoppedOn.value_or(QDate())));
    if (auto ok = DiarySql::exec(query); !ok)
        return ok;
    if (plan.id == 0)
        plan.id = query.lastInsertId().toLongLong();

    QSqlQuery clear(db);
    if (auto ok = DiarySql::prepare(
            clear, QStringLiteral("DELETE FROM experiment_pause WHERE experiment_id = ?"));
        !ok)
        return ok;
    clear.bindValue(0, plan.id);
    if (auto ok = DiarySql::exec(clear); !ok)
        return ok;
    for (const ExperimentPause& pause : plan.pauses) {
        QSqlQuery insert(db);
        if (auto ok = DiarySql::prepare(insert,
                QStringLiteral("INSERT INTO experiment_pause (experiment_id, paused_from, "
                               "paused_until) VALUES (?, ?, ?)"));
            !ok)
            return ok;
        insert.bindValue(0, plan.id);
        insert.bindValue(1, dateText(pause.from));
        insert.bindValue(2, nullableDate(pause.until));
        if (auto ok = DiarySql::exec(insert); !ok)
            return ok;
    }
    return {};
}

Result<bool> ExperimentTable::remove(QSqlDatabase& db, qint64 id)
{
    bool removed = false;
    const Status done = DayTable::inTransaction(db, [&]() -> Status {
        auto erased = erase(db, id);
        if (!erased)
            return Error {erased.errorMessage()};
        removed = *erased;
        return {};
    });
    if (!done)
        return Error {done.errorMessage()};
    return removed;
}

Result<bool> ExperimentTable::erase(QSqlDatabase& db, qint64 id)
{
    QSqlQuery query(db);
    if (auto ok = DiarySql::prepare(query, QStringLiteral("DELETE FROM experiment WHERE id = ?"));
        !ok)
        return Error {ok.errorMessage()};
    query.bindValue(0, id);
    if (auto ok = DiarySql::exec(query); !ok)
        return Error {ok.errorMessage()};
    return query.numRowsAffected() > 0;
}

} // namespace stilla
