#pragma once

#include "core/diary/DayEntry.h"
#include "core/diary/DayValidation.h"

#include <QScrollArea>

#include <array>
#include <optional>

namespace stilla {

class DiarySection;
class HabitsSection;
class HealthSection;
class MagnesiumSection;
class SleepSection;
class SymptomsSection;

/// Everything about one day as a form: the sections in reading order in a scrolling column.
class DayForm final : public QScrollArea
{
    Q_OBJECT

public:
    explicit DayForm(QWidget* parent = nullptr);

    /// Shows @p day (without emitting edited()). @p previous is the day before, if logged,
    /// for the "same as yesterday" buttons.
    void setEntry(const DayEntry& day, const std::optional<DayEntry>& previous);
    /// The day as the form shows it now.
    DayEntry entry() const;
    /// Validation of @p day (what entry() returned) plus what the form itself cannot read (a time
    /// like "25:61").
    std::vector<FieldProblem> problems(const DayEntry& day) const;
    /// Shows each problem beside its field; an empty list clears them all.
    void showProblems(const std::vector<FieldProblem>& problems);
    /// Takes the person to the first error shown, top to bottom: its field gets the focus (and
    /// so comes into view). False when no error is shown.
    bool focusFirstError();
    /// Scrolls to a part of the form: "sleep", "symptoms", "supplements", "habits", "health".
    void focusSection(const QString& anchor);

    /// While the person edits, the notes above the form (the safety notes, the experiment's
    /// banner) come and go, often in two steps (shown, then fitted to their room). With
    /// @p keep, whenever they move the form it scrolls by as much, so that the field being
    /// typed in stays under the caret and the pointer instead of sliding away. Showing a day
    /// (setEntry) clears it: a new day's notes move the form as they come.
    void keepContentInPlace(bool keep) { m_keepInPlace = keep; }

    MagnesiumSection* magnesiumSection() const { return m_magnesium; }
    HealthSection* healthSection() const { return m_health; }

signals:
    void edited();
    void addFoodRequested();

protected:
    void changeEvent(QEvent* event) override;
    void moveEvent(QMoveEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The sections in reading order.
    std::array<DiarySection*, 5> sections() const;

    QDate m_date;
    SleepSection* m_sleep;
    SymptomsSection* m_symptoms;
    MagnesiumSection* m_magnesium;
    HabitsSection* m_habits;
    HealthSection* m_health;
    bool m_keepInPlace = false;
    int m_scrollOwed = 0; ///< what a move could not scroll yet: the range grows with the resize
};

} // namespace stilla
