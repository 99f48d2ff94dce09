#pragma once

#include "DiaryCommand.h"
#include "core/diary/DayEntry.h"

#include <QDateTime>

#include <optional>

namespace stilla {

class Clock;
class DiaryStore;

/// Saves or deletes one day of the diary, undoably: the day as stored before and as it is to
/// be (nullopt or an empty day: not in the diary). Saves of the same day within ten seconds of
/// the step's first save (typing on) merge into one step, so that a step never takes back more
/// than a few seconds of typing however steadily the person types.
class SaveDayCommand final : public DiaryCommand
{
public:
    SaveDayCommand(DiaryStore& store, const Clock& clock, std::optional<DayEntry> before,
        std::optional<DayEntry> after, const QString& text);

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;
    QDate day() const override { return m_date; }

protected:
    Status write(bool forward) override;

private:
    DiaryStore& m_store;
    QDate m_date;
    std::optional<DayEntry> m_before;
    std::optional<DayEntry> m_after;
    QDateTime m_started; ///< when the step's first save was made
};

} // namespace stilla
