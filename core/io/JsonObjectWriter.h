#pragma once

#include <QString>
#include <QTime>

#include <optional>
#include <utility>
#include <vector>

namespace stilla {

/// Writes one JSON object in the fixed layout of Stilla's JSON files, so that equal data gives
/// equal bytes: members in the order they are added, two spaces of indent per level, one member
/// per line, and nothing written for a value that is not recorded.
class JsonObjectWriter
{
public:
    /// A JSON object or array member: its key (empty in arrays) and its value, already written.
    using Members = std::vector<std::pair<QString, QString>>;

    /// An object at indent @p level (0 at the top).
    explicit JsonObjectWriter(int level);
    /// The indent of this object's members, and of objects written as their values.
    int childLevel() const { return m_level + 1; }

    /// A member whose value is already JSON.
    void raw(const char* key, const QString& value);
    void text(const char* key, const QString& value);
    void number(const char* key, double value);
    void flag(const char* key, bool value);
    void optional(const char* key, const std::optional<int>& value);
    void optional(const char* key, const std::optional<QTime>& value);
    void optional(const char* key, const std::optional<bool>& value);
    /// A list of written @p items; nothing when it is empty.
    void list(const char* key, const Members& items);
    /// The object as written so far.
    QString finish() const;

    /// @p text as a JSON string, quoted and escaped.
    static QString string(const QString& text);
    /// @p members as an array (their keys unused) or an object at indent @p level: "[]" or
    /// "{}" when empty, else one member a line.
    static QString container(const Members& members, int level, bool isArray);

private:
    int m_level;
    Members m_members;
};

} // namespace stilla
