#pragma once

#include "ImportProblem.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace stilla {

/// The diary as JSON: every field of every day, for keeping and moving a whole diary.
/// {"format": "stilla-diary", "version": 1, "days": [...]} with snake_case keys; see
/// docs/diary-json.md. Output is deterministic: days sorted by date, keys in a fixed order,
/// two-space indent, LF line ends, fields that are not recorded left out. Row ids are not
/// written.
class DiaryJson
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DiaryJson)

public:
    static constexpr char kFormat[] = "stilla-diary";
    static constexpr int kVersion = 1;

    static QByteArray write(std::vector<DayEntry> days);

    /// Reads and checks every day. Problems name the path ("days[3].sleep.quality") and the
    /// line; unknown keys, wrong types, impossible values (DayValidation's errors), repeated
    /// dates and other format versions are all problems. null reads as "not recorded".
    static ImportReport read(const QByteArray& data);
};

} // namespace stilla
