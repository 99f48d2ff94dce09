#pragma once

#include "core/Result.h"

#include <QDate>
#include <QUndoCommand>

namespace stilla {

/// One undoable change to the diary. redo() does the write (also the first time, when the
/// command is pushed) and undo() writes what was there before; what each said is reported to
/// the DiaryUndo that runs it. A command whose first write failed makes itself obsolete, so the
/// stack never keeps a step that did not happen.
class DiaryCommand : public QUndoCommand
{
public:
    explicit DiaryCommand(const QString& text);

    void undo() final;
    void redo() final;

    /// Where redo() and undo() report what the write said (set by DiaryUndo).
    void setReport(Status* report) { m_report = report; }
    /// The day of the diary the step changes, so that the diary can show it when the step is
    /// undone or done again; invalid for a step that changes no one day (a food, an import).
    virtual QDate day() const { return {}; }

protected:
    /// Writes the change (@p forward) or takes it back.
    virtual Status write(bool forward) = 0;

private:
    void report(const Status& status);

    Status* m_report = nullptr;
    bool m_done = false;
};

} // namespace stilla
