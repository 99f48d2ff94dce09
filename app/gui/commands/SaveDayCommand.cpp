#include "SaveDayCommand.h"

#include "core/Clock.h"
#include "core/diary/DiaryStore.h"
#include "core/report/DisplayNames.h"

#include <QLocale>

namespace stilla {

namespace {

constexpr qint64 kMergeWindowMs = 10000;

} // namespace

SaveDayCommand::SaveDayCommand(DiaryStore& store, const Clock& clock,
    std::optional<DayEntry> before, std::optional<DayEntry> after, const QString& text)
    : DiaryCommand(text)
    , m_store(store)
    , m_date(after ? after->date : before->date)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_started(clock.now())
    , m_described(text.isEmpty())
{
    if (m_described)
        describe();
}

void SaveDayCommand::describe()
{
    DayEntry before = m_before.value_or(DayEntry {});
    DayEntry after = m_after.value_or(DayEntry {});
    before.date = after.date = m_date;
    const std::vector<DayPart> parts = changedParts(before, after);
    const QString date = QLocale().toString(m_date, QLocale::ShortFormat);
    setText(parts.empty() ? tr("Changes to %1").arg(date)
                          : tr("Changes to %1 on %2").arg(DisplayNames::dayParts(parts), date));
}

bool SaveDayCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SaveDayCommand*>(other);
    if (next->isObsolete() || next->m_date != m_date || !m_after || !next->m_after
        || m_started.msecsTo(next->m_started) > kMergeWindowMs)
        return false;
    m_after = next->m_after;
    if (m_described)
        describe();
    return true;
}

Status SaveDayCommand::write(bool forward)
{
    const std::optional<DayEntry>& state = forward ? m_after : m_before;
    if (state && !state->isEmpty()) {
        const auto saved = m_store.save(state->withoutRowIds());
        return saved ? Status() : Status(Error {saved.errorMessage()});
    }
    // Removing a day that is not there changes nothing, and is not an error.
    return m_store.remove(m_date);
}

} // namespace stilla
