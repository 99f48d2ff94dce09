#include "SaveDayCommand.h"

#include "Clock.h"
#include "Logging.h"
#include "diary/DiaryStore.h"

namespace stilla {

namespace {
constexpr qint64 kMergeWindowMs = 10000;
}

SaveDayCommand::SaveDayCommand(DiaryStore& store, const Clock& clock,
    std::optional<DayEntry> before, std::optional<DayEntry> after, const QString& text)
    : QUndoCommand(text)
    , m_store(store)
    , m_date(after ? after->date : before->date)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_time(clock.now())
{ }

void SaveDayCommand::undo()
{
    write(m_before);
    m_applied = false;
}

void SaveDayCommand::redo()
{
    if (m_applied)
        return; // already written when the command was pushed
    write(m_after);
    m_applied = true;
}

bool SaveDayCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SaveDayCommand*>(other);
    if (next->m_date != m_date || !m_after || !next->m_after
        || m_time.msecsTo(next->m_time) > kMergeWindowMs)
        return false;
    m_after = next->m_after;
    m_time = next->m_time;
    return true;
}

void SaveDayCommand::write(const std::optional<DayEntry>& state)
{
    if (state && !state->isEmpty()) {
        DayEntry day = *state;
        // Row ids belong to the version that was stored; the store assigns new ones.
        for (auto& food : day.foods)
            food.id = 0;
        for (auto& dose : day.supplements)
            dose.id = 0;
        for (auto& medication : day.medications)
            medication.id = 0;
        if (const auto saved = m_store.save(day); !saved)
            qCWarning(lcApp) << "undo/redo could not save a day:" << saved.errorMessage();
    } else if (const Status removed = m_store.remove(m_date); !removed) {
        qCWarning(lcApp) << "undo/redo could not remove a day:" << removed.errorMessage();
    }
}

} // namespace stilla
