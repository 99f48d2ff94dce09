#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stilla::foodpack {

/// A CSV file (RFC 4180: comma-separated, fields optionally in double quotes, "" for a quote
/// inside quotes, CRLF or LF line ends), read whole, with the line each record starts on.
class CsvFile
{
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    /// Reads @p path as UTF-8. The first record must be exactly @p columns. On failure returns
    /// std::nullopt and sets @p error to "file:line: what is wrong".
    static std::optional<CsvFile> read(
        const QString& path, const QStringList& columns, QString& error);

    const QString& path() const { return m_path; }
    const std::vector<Record>& records() const { return m_records; }
    /// "file:line: " for messages about @p record.
    QString where(const Record& record) const;

private:
    QString m_path;
    std::vector<Record> m_records; ///< without the header
};

} // namespace stilla::foodpack
