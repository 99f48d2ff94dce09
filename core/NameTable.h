#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace stilla {

/// A fixed table between an enumeration and its stable names ("oxide", "kidney_disease"), as
/// used in storage, files and the command line. Declare one constexpr per enumeration.
template<typename Enum, std::size_t N> struct NameTable
{
    std::array<std::pair<Enum, const char*>, N> entries;

    QString name(Enum value) const
    {
        for (const auto& [key, text] : entries) {
            if (key == value)
                return QLatin1String(text);
        }
        return {};
    }

    std::optional<Enum> value(const QString& name) const
    {
        for (const auto& [key, text] : entries) {
            if (name == QLatin1String(text))
                return key;
        }
        return std::nullopt;
    }

    /// Every value, in the table's order.
    std::vector<Enum> values() const
    {
        std::vector<Enum> result;
        for (const auto& entry : entries)
            result.push_back(entry.first);
        return result;
    }
};

} // namespace stilla
