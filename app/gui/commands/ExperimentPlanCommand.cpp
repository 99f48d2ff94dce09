#include "ExperimentPlanCommand.h"

#include "core/diary/DiaryStore.h"

namespace stilla {

ExperimentPlanCommand::ExperimentPlanCommand(DiaryStore& store,
    std::optional<ExperimentPlan> before, ExperimentPlan after, const QString& text)
    : DiaryCommand(text)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status ExperimentPlanCommand::write(bool forward)
{
    if (forward)
        return m_store.experiments().save(m_after); // a new one learns its number the first time
    if (!m_before)
        return m_store.experiments().remove(m_after.id);
    ExperimentPlan before = *m_before;
    return m_store.experiments().save(before);
}

} // namespace stilla
