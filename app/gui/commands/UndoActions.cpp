#include "UndoActions.h"

#include "DiaryUndo.h"
#include "app/gui/widgets/MessageBox.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextDocument>
#include <QUndoStack>

namespace stilla {

namespace {
constexpr int kStepMessageMs = 8000;
}

UndoActions::UndoActions(DiaryUndo& undo, std::function<bool()> beforeStep, QWidget* parent)
    : QObject(parent)
    , m_undo(undo)
    , m_beforeStep(std::move(beforeStep))
    , m_parent(parent)
    , m_undoAction(new QAction(this))
    , m_redoAction(new QAction(this))
{
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setShortcut(QKeySequence::Redo);
    QUndoStack* stack = undo.stack();
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &UndoActions::retranslate);
    connect(stack, &QUndoStack::redoTextChanged, this, &UndoActions::retranslate);
    // Pending edits are saved first, so a step never throws away what was just typed.
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_beforeStep())
            m_undo.undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_beforeStep())
            m_undo.redo();
    });
    qApp->installEventFilter(this);
    connect(&undo, &DiaryUndo::stepped, this, &UndoActions::showStep);
    connect(&undo, &DiaryUndo::failed, this, &UndoActions::showFailure);
    retranslate();
}

void UndoActions::leaveUndoToDiary(QLineEdit* field)
{
    field->setText(field->text()); // setText() clears a line edit's undo history
}

bool UndoActions::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if (!undo && !redo)
        return false;
    // Not sent on to the field (left unaccepted), the key reaches the window's Undo or Redo. A
    // spin box keeps no undo of its own (it took the key and did nothing): its number is the
    // diary's to take back.
    const auto* widget = qobject_cast<const QWidget*>(watched);
    if (qobject_cast<const QAbstractSpinBox*>(watched)
        || (widget && qobject_cast<const QAbstractSpinBox*>(widget->parentWidget())))
        return true;
    if (const auto* line = qobject_cast<const QLineEdit*>(watched))
        return undo ? !line->isUndoAvailable() : !line->isRedoAvailable();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(watched)) {
        const QTextDocument* document = text->document();
        return undo ? !document->isUndoAvailable() : !document->isRedoAvailable();
    }
    return false;
}

void UndoActions::retranslate()
{
    const QUndoStack* stack = m_undo.stack();
    // A step names what it changed ("Delete Food Salt & vinegar crisps"): its & is no mnemonic.
    const auto literal = [](QString text) { return text.replace(u'&', QStringLiteral("&&")); };
    m_undoAction->setText(
        stack->canUndo() ? tr("&Undo %1").arg(literal(stack->undoText())) : tr("&Undo"));
    m_redoAction->setText(
        stack->canRedo() ? tr("&Redo %1").arg(literal(stack->redoText())) : tr("&Redo"));
}

void UndoActions::showStep(bool forward, const QString& text)
{
    // The change may be to a day or a food not in view: the status bar says what was done.
    if (auto* window = qobject_cast<QMainWindow*>(m_parent)) {
        window->statusBar()->showMessage(
            forward ? tr("Redone: %1").arg(text) : tr("Undone: %1").arg(text), kStepMessageMs);
    }
}

void UndoActions::showFailure(const QString& message)
{
    MessageBox::inform(m_parent, QMessageBox::Warning, tr("The step could not be written"), message,
        tr("The list of steps to undo has been cleared, so that no later step writes over what "
           "the diary holds now."));
}

} // namespace stilla
