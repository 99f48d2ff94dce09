#include "LabResultCommand.h"

#include "core/diary/DiaryStore.h"

namespace stilla {

LabResultCommand::LabResultCommand(DiaryStore& store, const QDate& date,
    std::optional<LabResult> before, std::optional<LabResult> after, const QString& text)
    : DiaryCommand(text)
    , m_store(store)
    , m_date(date)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status LabResultCommand::write(bool forward)
{
    const std::optional<LabResult>& state = forward ? m_after : m_before;
    return state ? m_store.labs().save(*state) : m_store.labs().remove(m_date);
}

} // namespace stilla
