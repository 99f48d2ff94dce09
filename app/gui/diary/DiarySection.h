#pragma once

#include "core/diary/DayEntry.h"
#include "core/diary/DayValidation.h"

#include <QGroupBox>
#include <QHash>

class QFormLayout;
class QGridLayout;
class QLabel;

namespace stilla {

/// One group of the diary form (sleep, symptoms, ...). It shows a day's values, writes the
/// user's edits back into a DayEntry, and shows problems beside the fields they concern.
class DiarySection : public QGroupBox
{
    Q_OBJECT

public:
    explicit DiarySection(QWidget* parent = nullptr);

    /// Shows @p day's values without emitting edited().
    void setEntry(const DayEntry& day);
    /// Writes this section's fields into @p day.
    virtual void apply(DayEntry& day) const = 0;
    /// Problems the form itself sees (text that is not a time, say), as field path → message.
    virtual QList<FieldProblem> inputProblems() const { return {}; }
    /// Shows the problems whose field belongs to this section; clears the others.
    void showProblems(const std::vector<FieldProblem>& problems);
    /// Where the first error shown stands, top to bottom: the field of its row, or the message
    /// itself when it sits under a list; nullptr when no error is shown.
    QWidget* firstError() const;

signals:
    /// The user changed something.
    void edited();

protected:
    virtual void load(const DayEntry& day) = 0;
    virtual void retranslate() = 0;
    /// Puts the section's Tab order as it reads, with the rows it holds now (chainTabs()):
    /// called once after a day is loaded, and by the section when a row is added otherwise.
    virtual void orderTabs() { }
    /// For a section whose rows come and go (foods, supplements), whose problems share one
    /// message line under the list: marks the rows that @p errors are about and keeps the
    /// field of the first for firstError(). The default marks nothing.
    virtual void markListRows(const std::vector<FieldProblem>& /*errors*/) { }
    /// The field to go to for the error shown in the list message line @p message: that of
    /// the first row it is about; nullptr: the message line itself.
    virtual QWidget* listErrorField(const QLabel* /*message*/) const { return nullptr; }
    /// Marks (or unmarks) a field's label: the warning sign before its text, in BrightText.
    static void setMarked(QLabel* label, bool marked);
    /// True while a day is being loaded into the section (setEntry()).
    bool loading() const { return m_loading; }
    void changeEvent(QEvent* event) override;

    /// Adds a row "label: field" with a message line under it for problems with @p fieldPaths
    /// (a path ending in "[]" matches every index, e.g. "supplements[]").
    QLabel* addRow(QFormLayout* form, QWidget* field, const QStringList& fieldPaths);
    /// The same on the next rows of a two-column grid (the label's column, then the field's,
    /// which should stretch), for a form set in a column beside another: QFormLayout lays out a
    /// message that wraps by a height it worked out for another width when it is given exactly
    /// its preferred width, which a column of equal columns always is, and cuts its last line.
    QLabel* addRow(QGridLayout* grid, QWidget* field, const QStringList& fieldPaths);
    /// A bold line that names a part of the section ("From food", "Supplements").
    QLabel* subTitle();
    /// A message line for problems with @p fieldPaths, placed by the caller.
    QLabel* messageLabel(const QStringList& fieldPaths);
    /// Puts @p widgets one after another in the Tab order, in the order given, where the
    /// section's part begins: after the field before @p fixed, a widget made with the section
    /// and in its place. A widget that takes no focus stands for its children that do (a row
    /// of fields). Tab follows the order widgets were made in, so rows added later came last
    /// in the window, and widgets made early (the notes) came before those above them.
    static void chainTabs(QWidget* fixed, const QList<QWidget*>& widgets);
    /// Connects a widget's change signal to edited(), unless the section is loading.
    template<typename Sender, typename Signal> void watch(Sender* sender, Signal signal)
    {
        connect(sender, signal, this, [this] {
            if (!m_loading)
                emit edited();
        });
    }
    void notifyEdited()
    {
        if (!m_loading)
            emit edited();
    }
    /// A row just added with nothing in it is not part of the day: neither saved nor checked,
    /// so it shows no error and no safety note before anything is typed. @p untouched marks
    /// @p row so; isUntouched() tells apply() to leave it out.
    static void setUntouched(QWidget* row, bool untouched)
    {
        row->setProperty(kUntouchedRow, untouched);
    }
    static bool isUntouched(const QWidget* row) { return row->property(kUntouchedRow).toBool(); }
    /// The first change @p signal reports in one of @p row's fields makes the row part of the
    /// day.
    template<typename Sender, typename Signal>
    static void touchOn(QWidget* row, Sender* sender, Signal signal)
    {
        connect(sender, signal, row, [row] { setUntouched(row, false); });
    }

public:
    /// What starts every error (the day cannot be saved so) and the label of its field: "⚠ ".
    static QString problemMark();
    /// What starts every question (saved as typed, but unusual: "Is that right?"): "ℹ ".
    static QString questionMark();

private:
    static constexpr char kUntouchedRow[] = "untouchedRow";

    /// The row a message line belongs to: its label and its field.
    struct Row
    {
        QLabel* label = nullptr;
        QWidget* field = nullptr;
    };
    QLabel* findMessageLabel(const QString& field) const;
    /// The message line of the row "@p label: @p field".
    QLabel* rowMessage(QLabel* label, QWidget* field, const QStringList& fieldPaths);
    QHash<QString, QLabel*> m_messages; // field path (or prefix) → its message line
    QHash<QLabel*, Row> m_rows; // message line → the row it is under (rows from addRow only)
    QList<QLabel*> m_errorMessages; // message lines that show an error now
    bool m_loading = false;
};

} // namespace stilla
