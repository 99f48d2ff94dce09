#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <vector>

namespace stilla {

/// One CSV record: its fields and where it started.
struct CsvRecord
{
    /// Something wrong with one field's quoting or size.
    struct Issue
    {
        int fieldIndex = 0;
        int line = 0;
        QString message;
    };

    int line = 0; ///< 1-based line the record starts on
    std::vector<QString> fields; ///< at most the reader's maxFields are kept
    int fieldCount = 0; ///< all fields found, kept or not
    std::vector<Issue> issues;

    /// A line with nothing on it.
    bool isBlank() const { return fieldCount == 1 && fields.front().isEmpty() && issues.empty(); }
};

/// Splits RFC 4180 CSV text into records: fields separated by commas, records by LF or CRLF,
/// fields with commas, quotes or line breaks inside double quotes, quotes doubled. Line breaks
/// inside quoted fields become LF. Never fails: malformed quoting is reported as an issue of
/// the record and read as literally as possible. Memory stays bounded by the input.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(stilla::CsvReader)

public:
    static constexpr int kMaxFields = 64;

    /// @p maxFields: the fields kept of each record (the rest are counted in fieldCount).
    explicit CsvReader(QStringView text, int maxFields = kMaxFields);

    /// Reads the next record into @p record. Returns false at the end of the text.
    bool next(CsvRecord& record);

    /// Whether every record has been read.
    bool atEnd() const { return m_pos >= m_text.size(); }

private:
    void readQuoted(QString& field, CsvRecord& record);
    void readUnquoted(QString& field, CsvRecord& record);
    void append(QString& field, QChar c, CsvRecord& record, bool& tooLong);

    QStringView m_text;
    std::size_t m_maxFields;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace stilla
