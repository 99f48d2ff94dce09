#include "DiaryUndo.h"

#include "DiaryCommand.h"
#include "core/diary/DiaryStore.h"

#include <QUndoStack>

namespace stilla {

DiaryUndo::DiaryUndo(DiaryStore& diary, QObject* parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
    connect(&diary.notifier(), &DiaryNotifier::diaryReset, this, &DiaryUndo::diaryReset);
}

DiaryUndo::~DiaryUndo() = default;

Status DiaryUndo::push(DiaryCommand* command)
{
    m_last = Status();
    command->setReport(&m_last);
    m_writing = true;
    m_stack->push(command);
    m_writing = false;
    return m_last;
}

void DiaryUndo::undo()
{
    step(false);
}

void DiaryUndo::redo()
{
    step(true);
}

void DiaryUndo::step(bool forward)
{
    const int index = m_stack->index() - (forward ? 0 : 1);
    const auto* command = dynamic_cast<const DiaryCommand*>(m_stack->command(index));
    if (!command)
        return; // nothing to undo or redo
    const QString text = command->text();
    const QDate day = command->day();
    m_last = Status();
    m_writing = true;
    if (forward)
        m_stack->redo();
    else
        m_stack->undo();
    m_writing = false;
    if (m_last) {
        emit stepped(forward, text, day);
        return;
    }
    const QString message = m_last.errorMessage();
    m_stack->clear();
    emit failed(message);
}

void DiaryUndo::diaryReset()
{
    if (!m_writing)
        m_stack->clear();
}

} // namespace stilla
