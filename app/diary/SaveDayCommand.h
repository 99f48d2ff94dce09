#pragma once

#include "diary/DayEntry.h"

#include <QDateTime>
#include <QUndoCommand>

#include <optional>

namespace stilla {

class Clock;

class DiaryStore;

/// One change to one day of the diary, undoable: the day before and after (nullopt = not in
/// the diary). The page has already written "after" when it pushes the command, so the first
/// redo() does nothing. Saves of the same day a few seconds apart merge into one step.
class SaveDayCommand final : public QUndoCommand
{
public:
    SaveDayCommand(DiaryStore& store, const Clock& clock, std::optional<DayEntry> before,
        std::optional<DayEntry> after, const QString& text);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void write(const std::optional<DayEntry>& state);

    DiaryStore& m_store;
    QDate m_date;
    std::optional<DayEntry> m_before;
    std::optional<DayEntry> m_after;
    QDateTime m_time;
    bool m_applied = true;
};

} // namespace stilla
