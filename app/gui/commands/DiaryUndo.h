#pragma once

#include "core/Result.h"

#include <QDate>
#include <QObject>

class QUndoStack;

namespace stilla {

class DiaryCommand;
class DiaryStore;

/// The application's one undo history of the diary (Edit ▸ Undo and Redo): every change a page
/// makes to the diary is a DiaryCommand pushed here, whose redo() does the write. The history
/// is cleared when the diary is replaced or changed as a whole by anything but one of its own
/// steps (DiaryNotifier::diaryReset: a restore, a repair, the command line's import), since an
/// undo would then write a day of the diary that was there before into this one. An import
/// made in the window is a step (ImportCommand) and keeps the history.
class DiaryUndo final : public QObject
{
    Q_OBJECT

public:
    explicit DiaryUndo(DiaryStore& diary, QObject* parent = nullptr);
    ~DiaryUndo() override;

    QUndoStack* stack() const { return m_stack; }

    /// Does @p command (takes it) and keeps it as a step; a command whose write failed is not
    /// kept. Returns what the write said, for the page to show where it happened.
    Status push(DiaryCommand* command);
    /// Takes back the last step, or does again the last one taken back. When the write fails,
    /// failed() says why and the history is cleared: the diary is no longer what the steps
    /// around it expect, and a later undo must not write over it.
    void undo();
    void redo();

signals:
    /// An undo or redo could not be written; @p message says why, for people.
    void failed(const QString& message);
    /// An undo (@p forward false) or redo was written: the step's @p text ("Changes to
    /// 5 Dec"), and the @p day it changed (invalid for a step that changes no one day).
    void stepped(bool forward, const QString& text, const QDate& day);

private:
    void step(bool forward);
    /// A diaryReset: clears the history unless a step of it is being written.
    void diaryReset();

    QUndoStack* m_stack;
    Status m_last;
    bool m_writing = false; ///< a step's redo() or undo() is running
};

} // namespace stilla
