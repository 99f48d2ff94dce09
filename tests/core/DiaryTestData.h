#pragma once

// Days and file helpers shared by the diary tests and the kill-test child.
#include "core/diary/DayEntry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <cmath>

namespace stilla::test {

/// A day with every field set, with values chosen to catch rounding: thirds, 0.1 + 0.2,
/// the next double after 150, text outside Latin-1.
inline DayEntry fullDay(const QDate& date)
{
    DayEntry day;
    day.date = date;
    day.sleep = {QTime(22, 45), QTime(23, 10), 25, 3, 40, QTime(6, 35), QTime(7, 5), 4};
    day.symptoms = {7, QTime(20, 15), DayPeriod::Evening, true, true, false, true, true};
    day.foods = {
        {0, QStringLiteral("slv"), QStringLiteral("1234"), QStringLiteral("Pumpkin seeds"), 30.0,
            100.0 / 3.0},
        {0, QStringLiteral("usda"), QStringLiteral("5678"), QStringLiteral("Spinach, raw"),
            0.1 + 0.2, 79.0},
        {0, QStringLiteral("custom"), QStringLiteral("c1"),
            QString::fromUtf8("Gr\xc3\xb6t med bl\xc3\xa5\x62\xc3\xa4r \xe2\x9c\x93"),
            std::nextafter(150.0, 200.0), 12.345678901234567},
    };
    day.supplements = {
        {0, SupplementForm::Glycinate, 200.0 / 3.0, QTime(21, 0), Route::Oral},
        {0, SupplementForm::Citrate, 100.0, std::nullopt, Route::Intravenous},
    };
    day.remedies = {2, 45, true, false, true, std::nullopt};
    day.medications = {
        {0, QStringLiteral("Pramipexole"), MedicationClass::DopamineAgonist, QTime(20, 45)},
        {0, QStringLiteral("Ciprofloxacin"), MedicationClass::Antibiotic, std::nullopt},
    };
    day.sideEffects = unsigned(SideEffect::StomachUpset) | unsigned(SideEffect::Diarrhoea);
    day.notes = QString::fromUtf8("Pillow between the knees.\nSecond line \xe2\x80\x94 ok");
    return day;
}

/// A day that differs with @p version, for the kill test and replacement tests.
inline DayEntry versionedDay(const QDate& date, int version)
{
    DayEntry day = fullDay(date);
    day.symptoms.severity = (date.day() + version) % 11;
    day.foods.resize(std::size_t(1 + (date.day() + version) % 3));
    day.foods[0].grams = 10.0 + version + date.dayOfYear() / 7.0;
    day.notes = QStringLiteral("Version %1 of %2").arg(version).arg(date.toString(Qt::ISODate));
    return day;
}

/// @p day with its row ids cleared, to compare what was saved with what was given.
inline DayEntry withoutIds(const DayEntry& day)
{
    return day.withoutRowIds();
}

/// The owner/group/other permission bits of @p path (without Qt's "current user" flags).
inline QFile::Permissions modeOf(const QString& path)
{
    return QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
}
inline constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

/// Runs one statement on @p path through a separate connection and returns the first value.
inline QVariant rawQuery(const QString& path, const QString& sql)
{
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("test-raw-%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace stilla::test
