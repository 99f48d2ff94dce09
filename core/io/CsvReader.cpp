#include "CsvReader.h"

#include "FieldText.h"

#include <algorithm>

namespace stilla {

namespace {

constexpr QChar kQuote = QLatin1Char('"');
constexpr QChar kComma = QLatin1Char(',');
constexpr QChar kLf = QLatin1Char('\n');
constexpr QChar kCr = QLatin1Char('\r');

} // namespace

CsvReader::CsvReader(QStringView text, int maxFields)
    : m_text(text)
    , m_maxFields(std::size_t(std::max(1, maxFields)))
{ }

bool CsvReader::next(CsvRecord& record)
{
    record = CsvRecord {};
    if (m_pos >= m_text.size())
        return false;
    record.line = m_line;
    for (;;) {
        QString field;
        if (m_text[m_pos] == kQuote)
            readQuoted(field, record);
        else
            readUnquoted(field, record);
        ++record.fieldCount;
        if (record.fields.size() < m_maxFields)
            record.fields.push_back(std::move(field));

        if (m_pos >= m_text.size())
            return true;
        const QChar c = m_text[m_pos];
        if (c == kComma) {
            ++m_pos;
            if (m_pos >= m_text.size()) {
                // "a,b," at the very end: one more, empty field.
                ++record.fieldCount;
                if (record.fields.size() < m_maxFields)
                    record.fields.emplace_back();
                return true;
            }
            continue;
        }
        // A line break ends the record.
        ++m_pos;
        if (c == kCr && m_pos < m_text.size() && m_text[m_pos] == kLf)
            ++m_pos;
        ++m_line;
        return true;
    }
}

void CsvReader::append(QString& field, QChar c, CsvRecord& record, bool& tooLong)
{
    if (field.size() < FieldText::kMaxFieldChars) {
        field.append(c);
        return;
    }
    if (!tooLong) {
        tooLong = true;
        record.issues.push_back({record.fieldCount, m_line,
            tr("This cell is far too long (more than %1 characters). Is this a Stilla diary "
               "file?")
                .arg(FieldText::kMaxFieldChars)});
    }
}

void CsvReader::readQuoted(QString& field, CsvRecord& record)
{
    const int startLine = m_line;
    bool tooLong = false;
    ++m_pos; // opening quote
    for (;;) {
        if (m_pos >= m_text.size()) {
            record.issues.push_back({record.fieldCount, startLine,
                tr("A quote opened on line %1 is never closed. Put a quote at the end of the "
                   "text, and write quotes inside the text twice (\"\").")
                    .arg(startLine)});
            return;
        }
        const QChar c = m_text[m_pos];
        if (c == kQuote) {
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kQuote) {
                append(field, kQuote, record, tooLong);
                m_pos += 2;
                continue;
            }
            ++m_pos; // closing quote
            break;
        }
        if (c == kCr && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kLf) {
            append(field, kLf, record, tooLong);
            m_pos += 2;
            ++m_line;
            continue;
        }
        if (c == kLf || c == kCr)
            ++m_line;
        append(field, c == kCr ? kLf : c, record, tooLong);
        ++m_pos;
    }
    // After the closing quote only a comma or the end of the line may follow.
    if (m_pos < m_text.size() && m_text[m_pos] != kComma && m_text[m_pos] != kLf
        && m_text[m_pos] != kCr) {
        record.issues.push_back({record.fieldCount, m_line,
            tr("There is text after a closing quote. Put the whole cell in quotes, and write "
               "quotes inside it twice (\"\").")});
        while (m_pos < m_text.size() && m_text[m_pos] != kComma && m_text[m_pos] != kLf
            && m_text[m_pos] != kCr) {
            append(field, m_text[m_pos], record, tooLong);
            ++m_pos;
        }
    }
}

void CsvReader::readUnquoted(QString& field, CsvRecord& record)
{
    bool tooLong = false;
    bool reported = false;
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (c == kComma || c == kLf || c == kCr)
            return;
        if (c == kQuote && !reported) {
            reported = true;
            record.issues.push_back({record.fieldCount, m_line,
                tr("A quote inside a cell that does not start with one. Put the whole cell in "
                   "quotes, and write quotes inside it twice (\"\").")});
        }
        append(field, c, record, tooLong);
        ++m_pos;
    }
}

} // namespace stilla
