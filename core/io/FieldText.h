#pragma once

#include "ImportProblem.h"
#include "core/Logging.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLoggingCategory>
#include <QString>
#include <QStringView>
#include <QTime>

#include <optional>
#include <vector>

namespace stilla {

/// The text forms shared by the diary's CSV and JSON files, read strictly: dates YYYY-MM-DD,
/// times HH:MM on a 24-hour clock, numbers with a '.' decimal point and no thousands separator.
/// Also the limits that keep hostile files from using unbounded memory. Internal to core/io,
/// and to the diary's day table, which stores times in the same form.
class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(stilla::FieldText)

public:
    /// Files larger than this are refused before they are read.
    static constexpr qint64 kMaxFileBytes = 50 * 1024 * 1024;
    /// A single CSV cell or JSON string longer than this is refused (notes allow far less).
    static constexpr int kMaxFieldChars = 100000;
    /// A file with more days than this (over a century's worth) is refused as a whole.
    static constexpr int kMaxDays = 50000;
    /// After this many problems, reading stops with one last problem saying so.
    static constexpr int kMaxProblems = 100;

    static QString formatDate(const QDate& date);
    static QString formatTime(const QTime& time);
    /// The shortest text that reads back as exactly @p value: "12", "12.5", "0.1".
    static QString formatNumber(double value);

    static Result<QDate> parseDate(QStringView text);
    static Result<QTime> parseTime(QStringView text);
    /// A whole number, possibly negative (ranges are DayValidation's business).
    static Result<int> parseInteger(QStringView text);
    /// A decimal number, possibly negative; never NaN, infinity or an exponent.
    static Result<double> parseNumber(QStringView text);

    /// The index of the first half of a UTF-16 surrogate pair in @p text that lacks its other
    /// half (JSON can write one as "\\udc00"), or -1. Such text is not Unicode: it cannot be
    /// stored or written back unchanged.
    static qsizetype findLoneSurrogate(QStringView text);

    /// The text of an import file: refuses files over kMaxFileBytes and text that is not
    /// UTF-8 (see decodeUtf8), adding the problem to @p report; nullopt then. @p badByte, when
    /// given, is set to the offset of the byte that is not UTF-8, or -1.
    static std::optional<QString> decodeImport(
        const QByteArray& data, ImportReport& report, qsizetype* badByte = nullptr);
    /// Checks that @p data is UTF-8 text and decodes it, dropping a leading byte-order mark.
    /// Refuses invalid UTF-8, a UTF-16 byte-order mark and NUL bytes (UTF-16 without a mark,
    /// or not text at all); the problem names the line and column of the first bad byte, and
    /// @p badByte its offset.
    static Result<QString> decodeUtf8(
        const QByteArray& data, ImportProblem* problem, qsizetype* badByte = nullptr);

    /// The problem for a file that is larger than kMaxFileBytes.
    static ImportProblem tooLargeProblem(qint64 size);
    /// The message for a file with more than kMaxDays days.
    static QString tooManyDaysMessage();

    /// Appends @p problem unless kMaxProblems were already reached; the first one past the
    /// limit is replaced by a note that reading stopped. Returns false once the limit is hit.
    static bool add(std::vector<ImportProblem>& problems, ImportProblem problem);
    static bool isFull(const std::vector<ImportProblem>& problems);
};

} // namespace stilla
