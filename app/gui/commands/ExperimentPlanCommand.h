#pragma once

#include "DiaryCommand.h"
#include "core/experiment/ExperimentPlan.h"

#include <optional>

namespace stilla {

class DiaryStore;

/// Starts, pauses, resumes or stops a self-experiment, undoably. A started experiment keeps the
/// number the diary gave it when it is started again after an undo.
class ExperimentPlanCommand final : public DiaryCommand
{
public:
    /// @p before: the experiment as stored (nullopt: @p after is a new one); @p after: as it
    /// is to be.
    ExperimentPlanCommand(DiaryStore& store, std::optional<ExperimentPlan> before,
        ExperimentPlan after, const QString& text);

protected:
    Status write(bool forward) override;

private:
    DiaryStore& m_store;
    std::optional<ExperimentPlan> m_before;
    ExperimentPlan m_after;
};

} // namespace stilla
