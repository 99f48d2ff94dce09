#include "CsvFile.h"

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
    std::vector<Record> records;
    Record current;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (only a separator may follow)
    int line = 1;
    current.line = 1;
    const qsizetype size = text.size();
    auto endField = [&] {
        current.fields << field;
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        records.push_back(std::move(current));
        current = Record();
        current.line = line;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else if (wasQuoted) {
            error = lineRef(path, line) % QLatin1String("text after a closing quote");
            return std::nullopt;
        } else if (c == u'"') {
            if (!field.isEmpty()) {
                error = lineRef(path, line) % QLatin1String("a quote inside an unquoted field");
                return std::nullopt;
            }
            quoted = true;
        } else {
            field += c;
        }
    }
    if (quoted) {
        error = lineRef(path, current.line) % QLatin1String("a quoted field is not closed");
        return std::nullopt;
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || wasQuoted)
        endRecord();

    if (records.empty() || records.front().fields != columns) {
        error = lineRef(path, 1) % QLatin1String("expected the columns ")
            % columns.join(QLatin1Char(','));
        return std::nullopt;
    }
    for (std::size_t r = 1; r < records.size(); ++r) {
        Record& record = records[r];
        // A blank line is allowed (and ignored) only at the very end.
        if (record.fields.size() == 1 && record.fields.constFirst().isEmpty()
            && r + 1 == records.size())
            break;
        if (record.fields.size() != columns.size()) {
            error = lineRef(path, record.line)
                % QStringLiteral("expected %1 fields, found %2")
                      .arg(columns.size())
                      .arg(record.fields.size());
            return std::nullopt;
        }
        csv.m_records.push_back(std::move(record));
    }
    return csv;
}

} // namespace stilla::foodpack
