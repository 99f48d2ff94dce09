#pragma once

#include "DayEntry.h"
#include "core/experiment/ExperimentPlan.h"
#include "core/labs/LabResult.h"

#include <QDate>

#include <vector>

namespace stilla {

/// The part of the diary that a write of many days (an import) is about to change, taken before
/// it so that DiaryStore::putBack() can return the diary to it: what was stored at each of the
/// dates and starts the write touches, where nothing stored means nothing is to be there.
struct DiarySnapshot
{
    std::vector<QDate> dates; ///< the days the write may change
    std::vector<DayEntry> days; ///< those of them that were stored
    std::vector<QDate> labDates; ///< the dates of lab results the write may change
    std::vector<LabResult> labs; ///< those that were stored
    std::vector<QDate> experimentStarts; ///< the self-experiments the write may change
    std::vector<ExperimentPlan> experiments; ///< those that were stored, with their ids
};

} // namespace stilla
