#pragma once

#include "ImportProblem.h"
#include "core/experiment/ExperimentPlan.h"
#include "core/labs/LabResult.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace stilla {

/// The diary as JSON: every field of every day, for keeping and moving a whole diary.
/// {"format": "stilla-diary", "version": 2, "days": [...]} with snake_case keys; see
/// docs/diary-json.md. Output is deterministic: days sorted by date, keys in a fixed order,
/// two-space indent, LF line ends, fields that are not recorded left out. Row ids are not
/// written.
class DiaryJson
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DiaryJson)

public:
    static constexpr char kFormat[] = "stilla-diary";
    /// 2: a day's "sleep" is the night that ended on the morning of that day.
    static constexpr int kVersion = 2;
    /// 1: a day's "sleep" was the night that began on the evening of that day. Still read: its
    /// nights move to the following day (nightsMovedToTheMorningAfter()).
    static constexpr int kOldestVersion = 1;

    /// @p labs are written as a top-level "labs" list after the days, and @p experiments as an
    /// "experiments" list after them, each only when there are any (a file without them is
    /// exactly as before they existed).
    static QByteArray write(std::vector<DayEntry> days, std::vector<LabResult> labs = {},
        std::vector<ExperimentPlan> experiments = {});

    /// Reads and checks every day. Problems name the path ("days[3].sleep.quality") and the
    /// line; unknown keys, wrong types, impossible values (DayValidation's errors), repeated
    /// dates and other format versions are all problems. null reads as "not recorded". A file
    /// of version 1 is read as well, its nights moved to the morning they ended on.
    static ImportReport read(const QByteArray& data);
};

} // namespace stilla
