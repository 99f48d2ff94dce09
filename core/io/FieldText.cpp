#include "FieldText.h"

#include <QLocale>

#include <cmath>

namespace stilla {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

/// Length of the valid UTF-8 sequence starting at @p i, or 0 when it is invalid (overlong
/// forms, surrogates and code points above U+10FFFF are invalid too).
int utf8SequenceLength(const QByteArray& data, qsizetype i)
{
    const auto byte = [&](qsizetype at) { return static_cast<unsigned char>(data.at(at)); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return 1;
    int length = 0;
    unsigned char min = 0x80;
    unsigned char max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0)
            min = 0xa0; // overlong
        else if (lead == 0xed)
            max = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0)
            min = 0x90; // overlong
        else if (lead == 0xf4)
            max = 0x8f; // above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > data.size())
        return 0;
    const unsigned char second = byte(i + 1);
    if (second < min || second > max)
        return 0;
    for (int k = 2; k < length; ++k) {
        if ((byte(i + k) & 0xc0) != 0x80)
            return 0;
    }
    return length;
}

} // namespace

QString FieldText::formatDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QString FieldText::formatTime(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString FieldText::formatNumber(double value)
{
    if (value == 0)
        return QStringLiteral("0"); // also for -0
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

Result<QDate> FieldText::parseDate(QStringView text)
{
    const Error error {tr("\"%1\" is not a date. Write dates as YYYY-MM-DD, for example "
                          "2024-03-05.")
                           .arg(text.left(40))};
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return error;
    const QStringView year = text.mid(0, 4);
    const QStringView month = text.mid(5, 2);
    const QStringView day = text.mid(8, 2);
    if (!allDigits(year) || !allDigits(month) || !allDigits(day))
        return error;
    const QDate date(year.toInt(), month.toInt(), day.toInt());
    if (year.toInt() < 1 || !date.isValid())
        return Error {tr("%1 is not a real date: there is no such day. Check the year, month "
                         "and day.")
                          .arg(text)};
    return date;
}

Result<QTime> FieldText::parseTime(QStringView text)
{
    if (text.size() != 5 || text[2] != QLatin1Char(':') || !allDigits(text.mid(0, 2))
        || !allDigits(text.mid(3, 2)))
        return Error {tr("\"%1\" is not a time. Write times as HH:MM on a 24-hour clock, for "
                         "example 22:30.")
                          .arg(text.left(40))};
    const int hours = text.mid(0, 2).toInt();
    const int minutes = text.mid(3, 2).toInt();
    if (hours > 23 || minutes > 59)
        return Error {
            tr("%1 is not a time of day: hours go from 00 to 23 and minutes from 00 to 59.")
                .arg(text)};
    return QTime(hours, minutes);
}

Result<int> FieldText::parseInteger(QStringView text)
{
    const QStringView digits = text.startsWith(QLatin1Char('-')) ? text.mid(1) : text;
    if (!allDigits(digits))
        return Error {tr("\"%1\" is not a whole number. Write it with digits only, for example "
                         "12.")
                          .arg(text.left(40))};
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return Error {tr("%1 is far too large.").arg(text.left(40))};
    return value;
}

Result<double> FieldText::parseNumber(QStringView text)
{
    const QStringView unsignedText = text.startsWith(QLatin1Char('-')) ? text.mid(1) : text;
    const qsizetype point = unsignedText.indexOf(QLatin1Char('.'));
    const bool wellFormed = point < 0
        ? allDigits(unsignedText)
        : allDigits(unsignedText.left(point)) && allDigits(unsignedText.mid(point + 1));
    if (!wellFormed) {
        if (unsignedText.contains(QLatin1Char(',')))
            return Error {tr("\"%1\" is not a number. Use a point as the decimal mark and no "
                             "thousands separator, for example 1250.5.")
                              .arg(text.left(40))};
        return Error {tr("\"%1\" is not a number. Write it with digits and, if needed, a "
                         "decimal point, for example 12.5.")
                          .arg(text.left(40))};
    }
    if (text.size() > 40)
        return Error {tr("%1... has too many digits.").arg(text.left(40))};
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error {tr("%1 is far too large.").arg(text)};
    return value;
}

qsizetype FieldText::findLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return i;
    }
    return -1;
}

Result<QString> FieldText::decodeUtf8(
    const QByteArray& data, ImportProblem* problem, qsizetype* badByte)
{
    const QByteArray bom("\xef\xbb\xbf");
    const qsizetype start = data.startsWith(bom) ? bom.size() : 0;
    const auto refuse = [&](qsizetype at, int line, int column, const QString& message) {
        if (problem)
            *problem = ImportProblem {line, column, QString(), message};
        if (badByte)
            *badByte = at;
        return Error {message};
    };
    if (badByte)
        *badByte = -1;
    if (data.startsWith("\xff\xfe") || data.startsWith("\xfe\xff"))
        return refuse(0, 1, 1,
            tr("The file is UTF-16 text, not UTF-8. Save it as UTF-8 (in a spreadsheet: "
               "\"CSV UTF-8\") and try again."));
    int line = 1;
    qsizetype lineStart = start;
    for (qsizetype i = start; i < data.size();) {
        const int length = data.at(i) == '\0' ? 0 : utf8SequenceLength(data, i);
        if (length == 0) {
            // Count characters, not bytes, for the column.
            const int column
                = int(QString::fromUtf8(data.mid(lineStart, i - lineStart)).size()) + 1;
            if (data.at(i) == '\0')
                return refuse(i, line, column,
                    tr("The file is not UTF-8 text: byte %1 is a NUL character, as in UTF-16 "
                       "text or a file that is not text at all. Save the file as UTF-8 and try "
                       "again.")
                        .arg(i + 1));
            return refuse(i, line, column,
                tr("The file is not UTF-8 text: byte %1 cannot be read (the file may be in "
                   "Latin-1 or another older encoding). Save the file as UTF-8 and try again.")
                    .arg(i + 1));
        }
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
        i += length;
    }
    return QString::fromUtf8(data.constData() + start, data.size() - start);
}

ImportProblem FieldText::tooLargeProblem(qint64 size)
{
    return ImportProblem {0, 0, QString(),
        tr("The file is too large to be a diary (%1 MB; at most %2 MB are read). Check that it "
           "is the right file.")
            .arg((size + 1024 * 1024 - 1) / (1024 * 1024))
            .arg(kMaxFileBytes / (1024 * 1024))};
}

QString FieldText::tooManyDaysMessage()
{
    return tr("The file has more than %L1 days, which is more than a century: it cannot be a "
              "diary. Nothing in it is imported; check that it is the right file.")
        .arg(kMaxDays);
}

bool FieldText::add(std::vector<ImportProblem>& problems, ImportProblem problem)
{
    if (isFull(problems))
        return false;
    if (problems.size() + 1 == std::size_t(kMaxProblems)) {
        problem.message = tr("There are too many problems; reading stopped here. Is this the "
                             "right file?");
        problem.field.clear();
        problem.column = 0;
        problems.push_back(std::move(problem));
        return false;
    }
    problems.push_back(std::move(problem));
    return true;
}

bool FieldText::isFull(const std::vector<ImportProblem>& problems)
{
    return problems.size() >= std::size_t(kMaxProblems);
}

} // namespace stilla

namespace stilla {

std::optional<QString> FieldText::decodeImport(
    const QByteArray& data, ImportReport& report, qsizetype* badByte)
{
    if (badByte)
        *badByte = -1;
    if (data.size() > kMaxFileBytes) {
        report.problems.push_back(tooLargeProblem(data.size()));
        return std::nullopt;
    }
    ImportProblem encodingProblem;
    Result<QString> text = decodeUtf8(data, &encodingProblem, badByte);
    if (!text) {
        report.problems.push_back(encodingProblem);
        return std::nullopt;
    }
    return std::move(text).value();
}

} // namespace stilla
