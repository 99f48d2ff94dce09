#pragma once

#include "core/Result.h"
#include "core/labs/LabResult.h"

#include <QDate>

#include <optional>
#include <vector>

namespace stilla {

class DiaryStore;

/// The diary's blood test results: DiaryStore::labs(). The SQL is in LabTable; this adds the
/// checks every diary call makes, the messages and the notifications. Made by its DiaryStore
/// and used through it, from the thread that opened it.
class LabStore
{
public:
    LabStore(const LabStore&) = delete;
    LabStore& operator=(const LabStore&) = delete;

    /// Lab results from @p from to @p to inclusive (an invalid bound is open), oldest first.
    Result<std::vector<LabResult>> results(const QDate& from = {}, const QDate& to = {}) const;
    /// The lab result of @p date, if any.
    Result<std::optional<LabResult>> result(const QDate& date) const;
    /// Saves the results of one test date, replacing what was stored for it; an empty result
    /// removes it. Refuses, changing nothing, values that LabResult::problems() finds wrong.
    /// Emits labResultsChanged.
    Status save(const LabResult& result);
    /// Removes the results of @p date; succeeds (and emits nothing) when there were none.
    Status remove(const QDate& date);

private:
    friend class DiaryStore;
    explicit LabStore(DiaryStore& diary)
        : m_diary(diary)
    { }

    DiaryStore& m_diary;
};

} // namespace stilla
