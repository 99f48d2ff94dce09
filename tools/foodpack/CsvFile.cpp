#include "CsvFile.h"

#include "core/io/CsvReader.h"

#include <QFile>
#include <QStringDecoder>

namespace stilla::foodpack {

namespace {

QString lineRef(const QString& path, int line)
{
    return path % QLatin1Char(':') % QString::number(line) % QLatin1String(": ");
}

} // namespace

QString CsvFile::where(const Record& record) const
{
    return lineRef(m_path, record.line);
}

std::optional<CsvFile> CsvFile::read(
    const QString& path, const QStringList& columns, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = path % QLatin1String(": cannot open: ") % file.errorString();
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        error = path % QLatin1String(": is not valid UTF-8");
        return std::nullopt;
    }

    CsvFile csv;
    csv.m_path = path;
    CsvReader reader(text, int(columns.size()) + 1);
    CsvRecord record;
    bool header = true;
    while (reader.next(record)) {
        if (!record.issues.empty()) {
            const CsvRecord::Issue& issue = record.issues.front();
            error = lineRef(path, issue.line) % issue.message;
            return std::nullopt;
        }
        if (header) {
            const QStringList names(record.fields.begin(), record.fields.end());
            if (names != columns) {
                error = lineRef(path, record.line) % QLatin1String("expected the columns ")
                    % columns.join(QLatin1Char(','));
                return std::nullopt;
            }
            header = false;
            continue;
        }
        // A blank line is allowed (and ignored) only at the very end.
        if (record.isBlank() && reader.atEnd())
            break;
        if (record.fieldCount != columns.size()) {
            error = lineRef(path, record.line)
                % QStringLiteral("expected %1 fields, found %2")
                      .arg(columns.size())
                      .arg(record.fieldCount);
            return std::nullopt;
        }
        csv.m_records.push_back(
            Record {record.line, QStringList(record.fields.begin(), record.fields.end())});
    }
    if (header) {
        error = lineRef(path, 1) % QLatin1String("expected the columns ")
            % columns.join(QLatin1Char(','));
        return std::nullopt;
    }
    return csv;
}

} // namespace stilla::foodpack
