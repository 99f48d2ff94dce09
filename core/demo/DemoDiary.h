#pragma once

#include "core/diary/DayEntry.h"
#include "core/labs/LabResult.h"

#include <QDate>

#include <vector>

namespace stilla {

/// A made-up but realistic diary, for `stilla --demo` and the benchmarks. The same seed gives
/// the same days. It is invented: nobody's real data, and it says nothing about whether
/// magnesium helps (the small improvement on supplement days is built in, not found).
class DemoDiary
{
public:
    /// How often a day is left out, in percent.
    static constexpr int kMissingDayPercent = 8;

    /// Daily entries for @p years years ending on @p lastDay, ascending, with about
    /// kMissingDayPercent of the days missing. Every day passes DayValidation without errors.
    static std::vector<DayEntry> generate(const QDate& lastDay, int years, quint32 seed);
    /// Made-up blood tests for the same years: one about every six months, the newest within
    /// the last six months of @p lastDay, oldest first. Ferritin starts low for RLS and rises
    /// over the years (as if iron had been given); the eGFR, in about half of them, stays
    /// at 60 or above (no kidney note); every value passes LabResult::problems().
    static std::vector<LabResult> labResults(const QDate& lastDay, int years, quint32 seed);
};

} // namespace stilla
