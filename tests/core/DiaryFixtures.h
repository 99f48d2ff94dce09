#pragma once

#include "DiaryTestData.h"
#include "core/diary/DayEntry.h"
#include "core/diary/DiaryStore.h"
#include "tests/TestUtil.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <map>
#include <vector>

namespace stilla::test {

/// Days that use every field of DayEntry, for the import/export tests and golden files.
inline std::vector<DayEntry> sampleDays()
{
    DayEntry full;
    full.date = QDate(2024, 3, 5);
    full.sleep.timeIntoBed = QTime(22, 30);
    full.sleep.timeTriedToSleep = QTime(22, 45);
    full.sleep.latencyMinutes = 20;
    full.sleep.awakenings = 2;
    full.sleep.wakeAfterSleepOnsetMinutes = 15;
    full.sleep.finalAwakening = QTime(6, 30);
    full.sleep.timeOutOfBed = QTime(6, 45);
    full.sleep.quality = 4;
    full.symptoms.severity = 6;
    full.symptoms.onsetTime = QTime(21, 15);
    full.symptoms.onsetPeriod = DayPeriod::Evening;
    full.symptoms.urgeToMove = true;
    full.symptoms.throbbing = true;
    full.symptoms.disturbedSleep = true;
    full.foods.push_back({0, QStringLiteral("slv"), QStringLiteral("1234"),
        QStringLiteral("Pumpkin seeds, \"roasted\""), 30, 176.4});
    full.foods.push_back({0, QStringLiteral("custom"), QStringLiteral("c-1"),
        QStringLiteral("Dark chocolate 70 %"), 25.5, 57.25});
    full.supplements.push_back({0, SupplementForm::Citrate, 200, QTime(21, 0), Route::Oral});
    full.supplements.push_back({0, SupplementForm::Glycinate, 100.5, std::nullopt, Route::Oral});
    full.remedies.caffeineServings = 2;
    full.remedies.exerciseMinutes = 30;
    full.remedies.warmBath = true;
    full.remedies.massage = false;
    full.remedies.sleepRoutineKept = true;
    full.medications.push_back(
        {0, QStringLiteral("Pramipexole"), MedicationClass::DopamineAgonist, std::nullopt});
    full.sideEffects = unsigned(SideEffect::Nausea) | unsigned(SideEffect::Diarrhoea);
    full.notes = QStringLiteral("Slept better, legs calm after the bath.\n\"Tingling\"\tonly at "
                                "23:00. \u00c5len, \u65e5\u672c");

    DayEntry small;
    small.date = QDate(2024, 3, 4);
    small.sleep.quality = 3;
    small.symptoms.severity = 0;

    DayEntry imported;
    imported.date = QDate(2024, 3, 6);
    imported.symptoms.onsetPeriod = DayPeriod::Night;
    imported.foods.push_back(
        {0, QStringLiteral("import"), QString(), QStringLiteral("Imported total"), 0, 312.5});
    imported.notes = QStringLiteral("comma, here");

    // Out of order on purpose: writers sort by date.
    return {full, small, imported};
}

/// sampleDays() as a file or diary from before a day held the night that ended on its morning
/// (JSON format version 1, diary-v1.json; schema version 1, diary-v1.sqlite) reads today, in
/// date order: each night one day later, written out by hand.
inline std::vector<DayEntry> sampleDaysWithNightsMoved()
{
    std::vector<DayEntry> days = sampleDays();
    DayEntry full = days[0]; // 2024-03-05
    DayEntry small = days[1]; // 2024-03-04
    DayEntry imported = days[2]; // 2024-03-06
    EXPECT_EQ(full.date, QDate(2024, 3, 5));
    EXPECT_EQ(small.date, QDate(2024, 3, 4));
    EXPECT_EQ(imported.date, QDate(2024, 3, 6));
    // 4 March keeps its severity 0, without a night (none is logged for the evening of the 3rd).
    small.sleep = {};
    // 5 March: the night of the 4th to the 5th, only its quality.
    full.sleep = {};
    full.sleep.quality = 3;
    // 6 March: the night of the 5th to the 6th, in full.
    imported.sleep.timeIntoBed = QTime(22, 30);
    imported.sleep.timeTriedToSleep = QTime(22, 45);
    imported.sleep.latencyMinutes = 20;
    imported.sleep.awakenings = 2;
    imported.sleep.wakeAfterSleepOnsetMinutes = 15;
    imported.sleep.finalAwakening = QTime(6, 30);
    imported.sleep.timeOutOfBed = QTime(6, 45);
    imported.sleep.quality = 4;
    return {small, full, imported};
}

inline QString dataFile(const char* name)
{
    return QStringLiteral(STILLA_SOURCE_DIR "/tests/data/io/") + QLatin1String(name);
}

inline QByteArray readData(const char* name)
{
    QFile file(dataFile(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

/// Compares with a golden file; on a difference writes what was produced next to the build,
/// so it can be inspected (and, when the change is intended, copied over the golden file).
inline void expectGolden(const QByteArray& actual, const char* name)
{
    const QByteArray expected = readData(name);
    if (actual != expected) {
        QFile out(QStringLiteral(STILLA_BINARY_DIR "/") + QLatin1String(name));
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
        ADD_FAILURE() << "differs from tests/data/io/" << name << "; produced output is in "
                      << out.fileName().toStdString();
    }
}

/// Every row of @p sql on @p path, each value as text ("NULL" for NULL), with the column names
/// in @p names when given.
inline std::vector<QStringList> rowsOf(
    const QString& path, const QString& sql, QStringList* names = nullptr)
{
    std::vector<QStringList> rows;
    const QString name = QStringLiteral("test-rows");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        if (names) {
            names->clear();
            for (int i = 0; i < query.record().count(); ++i)
                names->append(query.record().fieldName(i));
        }
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << (query.value(i).isNull() ? QStringLiteral("NULL")
                                                : query.value(i).toString());
            rows.push_back(row);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

/// The schema as SQLite describes it, one "type|name|sql" line per object, sorted; read through
/// a read-only connection of its own, so it never writes to the file (empty when it cannot be
/// opened).
inline QStringList schemaOf(const QString& path)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-schema-%1").arg(++counter);
    QStringList objects;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"));
            while (query.next()) {
                objects << query.value(0).toString() + u'|' + query.value(1).toString() + u'|'
                        + query.value(2).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    objects.sort();
    return objects;
}

/// Every stored day by date, without its row ids (which a reopened diary may number anew).
inline std::map<QDate, DayEntry> storedDaysByDate(DiaryStore& store)
{
    std::map<QDate, DayEntry> byDate;
    const auto days = store.days({}, {});
    EXPECT_TRUE(days.ok()) << days.errorMessage().toStdString();
    if (days)
        for (const DayEntry& day : days.value())
            byDate.emplace(day.date, withoutIds(day));
    return byDate;
}

} // namespace stilla::test
