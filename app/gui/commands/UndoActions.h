#pragma once

#include <QObject>

#include <functional>

class QAction;
class QLineEdit;
class QWidget;

namespace stilla {

class DiaryUndo;

/// Edit ▸ Undo and Redo for the application's DiaryUndo: the texts name the step ("Undo
/// Changes to 5 Dec"), they are enabled only when there is a step, pending edits are saved
/// first (@p beforeStep; a false return stops the step), a step written is said in the status
/// bar ("Undone: Changes to 5 Dec"), and a step that could not be written is said in a message,
/// not only logged. Ctrl+Z in a text field first takes back what was typed there, as in any
/// field; a field with nothing of its own to take back passes it on to the diary's Undo (an empty
/// field of a day shown after Alt+Left kept Ctrl+Z to itself, and nothing seemed to happen).
class UndoActions final : public QObject
{
    Q_OBJECT

public:
    UndoActions(DiaryUndo& undo, std::function<bool()> beforeStep, QWidget* parent);

    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    void retranslate();

    bool eventFilter(QObject* watched, QEvent* event) override;

    /// Forgets what @p field could take back itself, so that the next Ctrl+Z there is the
    /// diary's: after a food is added from the search, it takes the food back.
    static void leaveUndoToDiary(QLineEdit* field);

private:
    void showStep(bool forward, const QString& text);
    void showFailure(const QString& message);

    DiaryUndo& m_undo;
    std::function<bool()> m_beforeStep;
    QWidget* m_parent;
    QAction* m_undoAction;
    QAction* m_redoAction;
};

} // namespace stilla
