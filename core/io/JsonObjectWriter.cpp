#include "JsonObjectWriter.h"

#include "FieldText.h"

namespace stilla {

namespace {

QString indent(int level)
{
    return QString(level * 2, QLatin1Char(' '));
}

} // namespace

JsonObjectWriter::JsonObjectWriter(int level)
    : m_level(level)
{ }

void JsonObjectWriter::raw(const char* key, const QString& value)
{
    m_members.emplace_back(QLatin1String(key), value);
}

void JsonObjectWriter::text(const char* key, const QString& value)
{
    raw(key, string(value));
}

void JsonObjectWriter::number(const char* key, double value)
{
    raw(key, FieldText::formatNumber(value));
}

void JsonObjectWriter::flag(const char* key, bool value)
{
    raw(key, value ? QStringLiteral("true") : QStringLiteral("false"));
}

void JsonObjectWriter::optional(const char* key, const std::optional<int>& value)
{
    if (value)
        raw(key, QString::number(*value));
}

void JsonObjectWriter::optional(const char* key, const std::optional<QTime>& value)
{
    if (value)
        text(key, FieldText::formatTime(*value));
}

void JsonObjectWriter::optional(const char* key, const std::optional<bool>& value)
{
    if (value)
        flag(key, *value);
}

void JsonObjectWriter::list(const char* key, const Members& items)
{
    if (!items.empty())
        raw(key, container(items, childLevel(), true));
}

QString JsonObjectWriter::finish() const
{
    return container(m_members, m_level, false);
}

QString JsonObjectWriter::string(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString JsonObjectWriter::container(const Members& members, int level, bool isArray)
{
    const QLatin1Char open(isArray ? '[' : '{');
    const QLatin1Char close(isArray ? ']' : '}');
    if (members.empty())
        return QString(open) + close;
    QString out = QString(open) + QLatin1Char('\n');
    for (std::size_t i = 0; i < members.size(); ++i) {
        out += indent(level + 1);
        if (!isArray)
            out += string(members[i].first) + QStringLiteral(": ");
        out += members[i].second;
        out += i + 1 < members.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
    }
    return out + indent(level) + close;
}

} // namespace stilla
