#include "DiaryCommand.h"

#include "core/Logging.h"

namespace stilla {

DiaryCommand::DiaryCommand(const QString& text)
    : QUndoCommand(text)
{ }

void DiaryCommand::redo()
{
    const Status status = write(true);
    // A first write that failed never becomes a step (QUndoStack drops obsolete commands).
    if (!status && !m_done)
        setObsolete(true);
    m_done = true;
    report(status);
}

void DiaryCommand::undo()
{
    report(write(false));
}

void DiaryCommand::report(const Status& status)
{
    if (!status)
        qCWarning(lcApp) << "a diary step could not be written:" << status.errorMessage();
    if (m_report)
        *m_report = status;
}

} // namespace stilla
