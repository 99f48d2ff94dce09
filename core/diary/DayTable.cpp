#include "DayTable.h"

#include "DiarySql.h"
#include "core/io/FieldText.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace stilla {

namespace {

const QString kDayColumns = QStringLiteral(
    "date, sleep_into_bed, sleep_tried_to_sleep, sleep_latency_minutes, sleep_awakenings, "
    "sleep_wake_minutes, sleep_final_awakening, sleep_out_of_bed, sleep_quality, "
    "symptom_severity, symptom_onset_time, symptom_onset_period, symptom_urge_to_move, "
    "symptom_pain, symptom_throbbing, symptom_other_unpleasant, symptom_disturbed_sleep, "
    "caffeine_servings, exercise_minutes, warm_bath, massage, relaxation, sleep_routine_kept, "
    "side_effects, notes");
constexpr int kDayColumnCount = 25;

const QString kTimeFormat = QStringLiteral("HH:mm");

/// A time as the diary stores it ("HH:mm", written by opt() below), read with the files'
/// strict reader: QTime::fromString with a format builds a parser for every call, and reading
/// ten years of days parses about 13,000 times. Anything else goes to QTime::fromString as
/// before.
QTime timeFromText(const QString& text)
{
    if (const Result<QTime> exact = FieldText::parseTime(text))
        return exact.value();
    return QTime::fromString(text, kTimeFormat);
}

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

/// Range bounds as text; an invalid date leaves that side open.
QString lowerBound(const QDate& from)
{
    return from.isValid() ? dateText(from) : QStringLiteral("0000-00-00");
}
QString upperBound(const QDate& to)
{
    return to.isValid() ? dateText(to) : QStringLiteral("9999-99-99");
}

QVariant text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value; // NOT NULL columns: never bind NULL
}
QVariant opt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}
QVariant opt(const std::optional<bool>& value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}
QVariant opt(const std::optional<QTime>& value)
{
    return value ? QVariant(value->toString(kTimeFormat)) : QVariant();
}

/// Reads typed values from a result row, remembering the first thing it could not read.
class RowReader
{
public:
    RowReader(const QSqlQuery& query, QString& problem)
        : m_query(query)
        , m_problem(problem)
    { }

    QString string(int column) const { return m_query.value(column).toString(); }
    qint64 id(int column) const { return m_query.value(column).toLongLong(); }
    double real(int column) const { return m_query.value(column).toDouble(); }
    bool flag(int column) const { return m_query.value(column).toInt() != 0; }
    std::optional<int> integer(int column) const
    {
        const QVariant value = m_query.value(column);
        return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
    }
    std::optional<bool> optFlag(int column) const
    {
        const auto value = integer(column);
        return value ? std::optional<bool>(*value != 0) : std::nullopt;
    }
    std::optional<QTime> time(int column)
    {
        const QVariant value = m_query.value(column);
        if (value.isNull())
            return std::nullopt;
        const QTime parsed = timeFromText(value.toString());
        if (!parsed.isValid())
            fail(value.toString());
        return parsed;
    }
    template<typename T> T named(int column, std::optional<T> (*fromName)(const QString&))
    {
        const QString name = string(column);
        const std::optional<T> value = fromName(name);
        if (!value)
            fail(name);
        return value.value_or(T {});
    }
    template<typename T>
    std::optional<T> optNamed(int column, std::optional<T> (*fromName)(const QString&))
    {
        if (m_query.value(column).isNull())
            return std::nullopt;
        return named(column, fromName);
    }

private:
    void fail(const QString& value)
    {
        if (m_problem.isEmpty())
            m_problem = DayTable::tr("the diary holds a value Stilla cannot read: '%1'").arg(value);
    }

    const QSqlQuery& m_query;
    QString& m_problem;
};

void readDay(RowReader& row, DayEntry& day)
{
    int c = 1; // column 0 is the date
    SleepRecord& sleep = day.sleep;
    sleep.timeIntoBed = row.time(c++);
    sleep.timeTriedToSleep = row.time(c++);
    sleep.latencyMinutes = row.integer(c++);
    sleep.awakenings = row.integer(c++);
    sleep.wakeAfterSleepOnsetMinutes = row.integer(c++);
    sleep.finalAwakening = row.time(c++);
    sleep.timeOutOfBed = row.time(c++);
    sleep.quality = row.integer(c++);
    SymptomRecord& symptoms = day.symptoms;
    symptoms.severity = row.integer(c++);
    symptoms.onsetTime = row.time(c++);
    symptoms.onsetPeriod = row.optNamed(c++, &dayPeriodFromName);
    symptoms.urgeToMove = row.flag(c++);
    symptoms.pain = row.flag(c++);
    symptoms.throbbing = row.flag(c++);
    symptoms.otherUnpleasant = row.flag(c++);
    symptoms.disturbedSleep = row.optFlag(c++);
    Remedies& remedies = day.remedies;
    remedies.caffeineServings = row.integer(c++);
    remedies.exerciseMinutes = row.integer(c++);
    remedies.warmBath = row.optFlag(c++);
    remedies.massage = row.optFlag(c++);
    remedies.relaxation = row.optFlag(c++);
    remedies.sleepRoutineKept = row.optFlag(c++);
    day.sideEffects = SideEffects(row.integer(c++).value_or(0));
    day.notes = row.string(c++);
}

void bindDay(QSqlQuery& query, const DayEntry& day)
{
    const SleepRecord& sleep = day.sleep;
    const SymptomRecord& symptoms = day.symptoms;
    const Remedies& remedies = day.remedies;
    const QVariant values[kDayColumnCount] = {
        dateText(day.date),
        opt(sleep.timeIntoBed),
        opt(sleep.timeTriedToSleep),
        opt(sleep.latencyMinutes),
        opt(sleep.awakenings),
        opt(sleep.wakeAfterSleepOnsetMinutes),
        opt(sleep.finalAwakening),
        opt(sleep.timeOutOfBed),
        opt(sleep.quality),
        opt(symptoms.severity),
        opt(symptoms.onsetTime),
        symptoms.onsetPeriod ? QVariant(toName(*symptoms.onsetPeriod)) : QVariant(),
        symptoms.urgeToMove ? 1 : 0,
        symptoms.pain ? 1 : 0,
        symptoms.throbbing ? 1 : 0,
        symptoms.otherUnpleasant ? 1 : 0,
        opt(symptoms.disturbedSleep),
        opt(remedies.caffeineServings),
        opt(remedies.exerciseMinutes),
        opt(remedies.warmBath),
        opt(remedies.massage),
        opt(remedies.relaxation),
        opt(remedies.sleepRoutineKept),
        qint64(day.sideEffects),
        text(day.notes),
    };
    for (int i = 0; i < kDayColumnCount; ++i)
        query.bindValue(i, values[i]);
}

Status normalizeTime(std::optional<QTime>& time, const QString& field)
{
    if (!time)
        return {};
    if (!time->isValid()) {
        return Error {DayTable::tr("The time in %1 is not a valid clock time; nothing was saved.")
                          .arg(field)};
    }
    time = QTime(time->hour(), time->minute());
    return {};
}

/// Inserts one child row per item (bound in the order @p values gives), in list order, and
/// stores each new row id back into the item.
template<typename Item, typename Values>
Status insertRows(QSqlDatabase& db, const QString& sql, std::vector<Item>& items, Values values)
{
    QSqlQuery query(db);
    if (auto ok = DiarySql::prepare(query, sql); !ok)
        return ok;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QVariantList row = values(items[i], qint64(i));
        for (int v = 0; v < row.size(); ++v)
            query.bindValue(v, row[v]);
        if (auto ok = DiarySql::exec(query); !ok)
            return ok;
        items[i].id = query.lastInsertId().toLongLong();
    }
    return {};
}

/// The days of one date range, as DayTable::select() reads them: the day rows first, then the
/// child rows of each table for the whole range, one query per table, attached by date. A
/// value it cannot read (a name from a newer Stilla, say) is noted in problem().
class RangeReader
{
public:
    RangeReader(QSqlDatabase& db, const QDate& from, const QDate& to)
        : m_db(db)
        , m_from(lowerBound(from))
        , m_to(upperBound(to))
    { }

    std::vector<DayEntry>& days() { return m_days; }
    const QString& problem() const { return m_problem; }

    Status readDays()
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (auto ok = DiarySql::prepare(query,
                QString(QStringLiteral("SELECT ") % kDayColumns
                    % QStringLiteral(" FROM day WHERE date BETWEEN ? AND ? ORDER BY date")));
            !ok)
            return ok;
        query.bindValue(0, m_from);
        query.bindValue(1, m_to);
        if (auto ok = DiarySql::exec(query); !ok)
            return ok;
        while (query.next()) {
            RowReader row(query, m_problem);
            DayEntry day;
            const QString date = row.string(0);
            day.date = QDate::fromString(date, Qt::ISODate);
            readDay(row, day);
            m_index.emplace(date, m_days.size());
            m_days.push_back(std::move(day));
        }
        return {};
    }

    Status readFoods()
    {
        return children(
            QStringLiteral(
                "SELECT day_date, id, source, food_id, name, grams, magnesium_mg FROM "
                "food_intake WHERE day_date BETWEEN ? AND ? ORDER BY day_date, position"),
            [](DayEntry& day, RowReader& row) {
                day.foods.push_back({row.id(1), row.string(2), row.string(3), row.string(4),
                    row.real(5), row.real(6)});
            });
    }

    Status readSupplements()
    {
        return children(QStringLiteral("SELECT day_date, id, form, elemental_mg, time_taken, route "
                                       "FROM supplement_intake WHERE day_date BETWEEN ? AND ? "
                                       "ORDER BY day_date, position"),
            [](DayEntry& day, RowReader& row) {
                SupplementIntake item;
                item.id = row.id(1);
                item.form = row.named(2, &supplementFormFromName);
                item.elementalMg = row.real(3);
                item.timeTaken = row.time(4);
                item.route = row.named(5, &routeFromName);
                day.supplements.push_back(item);
            });
    }

    Status readMedications()
    {
        return children(QStringLiteral("SELECT day_date, id, name, medication_class, time_taken "
                                       "FROM medication_taken WHERE day_date BETWEEN ? AND ? "
                                       "ORDER BY day_date, position"),
            [](DayEntry& day, RowReader& row) {
                day.medications.push_back({row.id(1), row.string(2),
                    row.named(3, &medicationClassFromName), row.time(4)});
            });
    }

private:
    /// Runs @p sql over the range and gives each row to @p attach with the day of its date.
    template<typename Attach> Status children(const QString& sql, Attach attach)
    {
        QSqlQuery rows(m_db);
        rows.setForwardOnly(true);
        if (auto ok = DiarySql::prepare(rows, sql); !ok)
            return ok;
        rows.bindValue(0, m_from);
        rows.bindValue(1, m_to);
        if (auto ok = DiarySql::exec(rows); !ok)
            return ok;
        while (rows.next()) {
            const auto found = m_index.find(rows.value(0).toString());
            if (found == m_index.end())
                continue;
            RowReader row(rows, m_problem);
            attach(m_days[found->second], row);
        }
        return {};
    }

    QSqlDatabase& m_db;
    QString m_from;
    QString m_to;
    std::vector<DayEntry> m_days;
    std::map<QString, std::size_t> m_index; ///< each day's place in m_days, by its date text
    QString m_problem;
};

} // namespace

Status DayTable::normalize(DayEntry& day)
{
    const std::pair<std::optional<QTime>*, const char*> times[] = {
        {&day.sleep.timeIntoBed, "sleep.time_into_bed"},
        {&day.sleep.timeTriedToSleep, "sleep.time_tried_to_sleep"},
        {&day.sleep.finalAwakening, "sleep.final_awakening"},
        {&day.sleep.timeOutOfBed, "sleep.time_out_of_bed"},
        {&day.symptoms.onsetTime, "symptoms.onset_time"},
    };
    for (const auto& [time, field] : times) {
        if (auto ok = normalizeTime(*time, QLatin1String(field)); !ok)
            return ok;
    }
    for (std::size_t i = 0; i < day.supplements.size(); ++i) {
        const QString field = QStringLiteral("supplements[%1].time_taken").arg(i);
        if (auto ok = normalizeTime(day.supplements[i].timeTaken, field); !ok)
            return ok;
    }
    return {};
}

Status DayTable::insert(QSqlDatabase& db, DayEntry& day)
{
    const QString date = dateText(day.date);
    QSqlQuery query(db);
    QString placeholders = QStringLiteral("?");
    for (int i = 1; i < kDayColumnCount; ++i)
        placeholders += QStringLiteral(", ?");
    if (auto ok = DiarySql::prepare(query,
            QString(QStringLiteral("INSERT INTO day (") % kDayColumns % QStringLiteral(") VALUES (")
                % placeholders % u')'));
        !ok)
        return ok;
    bindDay(query, day);
    if (auto ok = DiarySql::exec(query); !ok)
        return ok;

    if (auto ok = insertRows(db,
            QStringLiteral("INSERT INTO food_intake (day_date, position, source, food_id, name, "
                           "grams, magnesium_mg) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            day.foods,
            [&date](const FoodIntake& item, qint64 position) {
                return QVariantList {date, position, text(item.source), text(item.foodId),
                    text(item.name), item.grams, item.magnesiumMg};
            });
        !ok)
        return ok;
    if (auto ok = insertRows(db,
            QStringLiteral("INSERT INTO supplement_intake (day_date, position, form, elemental_mg, "
                           "time_taken, route) VALUES (?, ?, ?, ?, ?, ?)"),
            day.supplements,
            [&date](const SupplementIntake& item, qint64 position) {
                return QVariantList {date, position, toName(item.form), item.elementalMg,
                    opt(item.timeTaken), toName(item.route)};
            });
        !ok)
        return ok;
    if (auto ok = insertRows(db,
            QStringLiteral("INSERT INTO medication_taken (day_date, position, name, "
                           "medication_class, time_taken) VALUES (?, ?, ?, ?, ?)"),
            day.medications,
            [&date](const MedicationTaken& item, qint64 position) {
                return QVariantList {date, position, text(item.name), toName(item.medicationClass),
                    opt(item.timeTaken)};
            });
        !ok)
        return ok;
    return {};
}

Result<bool> DayTable::remove(QSqlDatabase& db, const QDate& date)
{
    QSqlQuery query(db);
    if (auto ok = DiarySql::prepare(query, QStringLiteral("DELETE FROM day WHERE date = ?")); !ok)
        return Error {ok.errorMessage()};
    query.bindValue(0, dateText(date));
    if (auto ok = DiarySql::exec(query); !ok)
        return Error {ok.errorMessage()};
    return query.numRowsAffected() > 0;
}

Result<bool> DayTable::exists(QSqlDatabase& db, const QDate& date)
{
    QSqlQuery query(db);
    if (auto ok = DiarySql::prepare(query, QStringLiteral("SELECT 1 FROM day WHERE date = ?")); !ok)
        return Error {ok.errorMessage()};
    query.bindValue(0, dateText(date));
    if (auto ok = DiarySql::exec(query); !ok)
        return Error {ok.errorMessage()};
    return query.next();
}

Result<std::vector<DayEntry>> DayTable::select(QSqlDatabase& db, const QDate& from, const QDate& to)
{
    RangeReader range(db, from, to);
    if (auto ok = range.readDays(); !ok)
        return Error {ok.errorMessage()};
    if (range.days().empty())
        return std::move(range.days());
    Status read = range.readFoods();
    if (read)
        read = range.readSupplements();
    if (read)
        read = range.readMedications();
    if (!read)
        return Error {read.errorMessage()};
    if (!range.problem().isEmpty())
        return Error {tr("Could not read the diary: %1. It may come from a newer Stilla.")
                          .arg(range.problem())};
    return std::move(range.days());
}

Result<std::vector<QDate>> DayTable::dates(QSqlDatabase& db, const QDate& from, const QDate& to)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto ok = DiarySql::prepare(
            query, QStringLiteral("SELECT date FROM day WHERE date BETWEEN ? AND ? ORDER BY date"));
        !ok)
        return Error {ok.errorMessage()};
    query.bindValue(0, lowerBound(from));
    query.bindValue(1, upperBound(to));
    if (auto ok = DiarySql::exec(query); !ok)
        return Error {ok.errorMessage()};
    std::vector<QDate> result;
    while (query.next())
        result.push_back(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    return result;
}

Status DayTable::touch(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (auto ok = DiarySql::prepare(
            query, QStringLiteral("UPDATE diary_state SET change_token = ? WHERE id = 1"));
        !ok)
        return ok;
    query.bindValue(0, qint64(QRandomGenerator::system()->generate64() >> 1));
    return DiarySql::exec(query);
}

} // namespace stilla
