#pragma once

#include "DiaryCommand.h"
#include "core/diary/DayEntry.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace stilla {

class Clock;
class DiaryStore;

/// Saves or deletes one day of the diary, undoably: the day as stored before and as it is to
/// be (nullopt or an empty day: not in the diary). Saves of the same day within ten seconds of
/// the step's first save (typing on) merge into one step, so that a step never takes back more
/// than a few seconds of typing however steadily the person types. Named by what it changes
/// ("Changes to sleep and magnesium on 07/12/2026"), unless given a text of its own.
class SaveDayCommand final : public DiaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(stilla::SaveDayCommand)

public:
    SaveDayCommand(DiaryStore& store, const Clock& clock, std::optional<DayEntry> before,
        std::optional<DayEntry> after, const QString& text = QString());

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;
    QDate day() const override { return m_date; }

protected:
    Status write(bool forward) override;

private:
    /// Names the step by the parts of the day it changes.
    void describe();

    DiaryStore& m_store;
    QDate m_date;
    std::optional<DayEntry> m_before;
    std::optional<DayEntry> m_after;
    QDateTime m_started; ///< when the step's first save was made
    bool m_described = false; ///< named by describe(), and so again after a merge
};

} // namespace stilla
