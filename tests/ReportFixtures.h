#pragma once

// Days and PDF checks shared by the report's tests.

#include "core/diary/DayEntry.h"

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

#include <gtest/gtest.h>
#include <optional>
#include <vector>

namespace stilla::test {

inline DayEntry makeDay(const QDate& date, int severity, std::optional<int> quality, double foodMg,
    SupplementForm form, double doseMg)
{
    DayEntry day;
    day.date = date;
    day.symptoms.severity = severity;
    day.sleep.quality = quality;
    day.foods
        = {{0, QStringLiteral("custom"), QStringLiteral("c1"), QStringLiteral("Oats"), 80, foodMg}};
    day.supplements = {{0, form, doseMg, QTime(21, 0), Route::Oral}};
    return day;
}

/// Three days in 1-5 March 2026: severity 6, 4, 3; sleep quality 2, 4 and none; food 100, 150,
/// 50 mg; citrate 200, citrate 200, glycinate 300 mg; diarrhoea on the first day.
inline std::vector<DayEntry> knownDays()
{
    std::vector<DayEntry> days {
        makeDay(QDate(2026, 3, 1), 6, 2, 100, SupplementForm::Citrate, 200),
        makeDay(QDate(2026, 3, 2), 4, 4, 150, SupplementForm::Citrate, 200),
        makeDay(QDate(2026, 3, 4), 3, std::nullopt, 50, SupplementForm::Glycinate, 300),
    };
    days[0].sideEffects = unsigned(SideEffect::Diarrhoea);
    return days;
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

/// Checks that @p pdf looks like a complete PDF and returns its page count (from /Count).
inline int pdfPages(const QByteArray& pdf)
{
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    const QRegularExpressionMatch count
        = QRegularExpression(QStringLiteral("/Count (\\d+)")).match(QString::fromLatin1(pdf));
    return count.hasMatch() ? count.captured(1).toInt() : 0;
}

/// The words of @p path's pages @p first to @p last (all when 0) as pdftotext extracts them in
/// the order the PDF holds them (-raw: the order a reader without layout guesses gets), each
/// run of white space made one space.
inline QString pdfWords(const QString& path, int first = 0, int last = 0)
{
    QStringList arguments;
    if (first > 0) {
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                  << QString::number(last);
    }
    arguments << QStringLiteral("-raw") << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path
              << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext (poppler-utils, which dev.sh installs) did not run on "
                      << path.toStdString() << ": " << process.errorString().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace stilla::test
