#pragma once

#include "DiaryCommand.h"
#include "core/diary/DiarySnapshot.h"
#include "core/io/ImportPlan.h"

#include <optional>

namespace stilla {

class DiaryStore;

/// An import into the diary, undoably. redo() takes what the diary holds at the file's days,
/// lab dates and self-experiment starts, then applies the plan; undo() puts exactly that back,
/// in one transaction, so the days the import added are gone and the days it replaced are as
/// they were. Nothing else in the diary is touched either way.
class ImportCommand final : public DiaryCommand
{
public:
    ImportCommand(
        DiaryStore& store, ImportPlan plan, ImportPlan::Choices choices, const QString& text);

    /// What the last redo() wrote (empty before the first).
    const std::optional<ImportPlan::Outcome>& outcome() const { return m_outcome; }

protected:
    Status write(bool forward) override;

private:
    DiaryStore& m_store;
    ImportPlan m_plan;
    ImportPlan::Choices m_choices;
    std::optional<DiarySnapshot> m_before;
    std::optional<ImportPlan::Outcome> m_outcome;
};

} // namespace stilla
