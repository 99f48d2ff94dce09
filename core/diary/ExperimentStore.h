#pragma once

#include "core/Result.h"
#include "core/experiment/ExperimentPlan.h"

#include <optional>
#include <vector>

namespace stilla {

class DiaryStore;

/// The diary's self-experiments: DiaryStore::experiments(). The SQL is in ExperimentTable; this
/// adds the checks every diary call makes, the messages and the notifications. Made by its
/// DiaryStore and used through it, from the thread that opened it.
class ExperimentStore
{
public:
    ExperimentStore(const ExperimentStore&) = delete;
    ExperimentStore& operator=(const ExperimentStore&) = delete;

    /// Every self-experiment, oldest start first.
    Result<std::vector<ExperimentPlan>> all() const;
    /// The experiment planned last (the one the diary and stilla-cli speak of); none when
    /// nothing was ever planned.
    Result<std::optional<ExperimentPlan>> current() const;
    /// Saves a new plan (id 0; the id is set) or a change to one (paused, resumed, stopped).
    /// Refuses, changing nothing, a plan ExperimentPlan::problems() finds wrong, and a new plan
    /// whose days overlap those of one that was not stopped. Emits experimentsChanged.
    Status save(ExperimentPlan& plan);
    /// Removes an experiment and its pauses; succeeds (and emits nothing) when there was none.
    Status remove(qint64 id);

private:
    friend class DiaryStore;
    explicit ExperimentStore(DiaryStore& diary)
        : m_diary(diary)
    { }

    DiaryStore& m_diary;
};

} // namespace stilla
