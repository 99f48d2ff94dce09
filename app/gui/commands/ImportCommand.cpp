#include "ImportCommand.h"

#include "core/diary/DiaryStore.h"

namespace stilla {

ImportCommand::ImportCommand(
    DiaryStore& store, ImportPlan plan, ImportPlan::Choices choices, const QString& text)
    : DiaryCommand(text)
    , m_store(store)
    , m_plan(std::move(plan))
    , m_choices(choices)
{ }

Status ImportCommand::write(bool forward)
{
    if (!forward) {
        if (!m_before)
            return {};
        return m_store.putBack(*m_before);
    }
    // Taken again before every redo: the diary may have been changed since the last undo.
    auto before = m_plan.snapshotOf(m_store);
    if (!before)
        return Error {before.errorMessage()};
    auto applied = m_plan.apply(m_store, m_choices);
    if (!applied)
        return Error {applied.errorMessage()};
    m_before = std::move(before.value());
    m_outcome = std::move(applied.value());
    return {};
}

} // namespace stilla
