#pragma once

#include "core/diary/DayEntry.h"

#include <QCoreApplication>

class QWidget;

namespace stilla {

/// The questions the diary page asks before it saves a day or leaves it, each saying what is at
/// stake and what each answer does.
class DiaryPrompts
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DiaryPrompts)

public:
    /// Asks whether @p mg of magnesium in one dose is what the label says. True: keep it.
    static bool confirmLargeDose(QWidget* parent, double mg);
    /// Asks whether to leave @p changed, a day whose changes cannot be saved yet, as @p saved
    /// (nullopt: not in the diary). @p storeFailure is why the diary refused them, empty when
    /// the form has problems to correct. The question names the parts of the day that leaving
    /// would take back. True: leave and discard the changes.
    static bool discardChanges(QWidget* parent, const DayEntry& changed,
        const std::optional<DayEntry>& saved, const QString& storeFailure);
    /// The parts of the day (as the form's sections name them, in lower case) in which
    /// @p changed differs from @p saved.
    static QStringList changedParts(const DayEntry& changed, const std::optional<DayEntry>& saved);
};

} // namespace stilla
