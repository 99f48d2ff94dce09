#pragma once

#include "core/Settings.h"

#include <QPointer>
#include <QSplitter>

class QAction;

namespace stilla {

/// A splitter that keeps where the person put it: a drag of its handle is stored in @p key of
/// the settings, and when the page is built again (the next start of the program) the handle
/// comes back there once the splitter is shown at its real width. Until the person drags it,
/// the page's own sizes hold (setDefaultSizes, or the parts' size hints and stretch factors),
/// so a later default can still improve on them. Its parts may not be collapsed out of view.
///
/// The handle moves from the keyboard too, as GTK's panes do: moveAction() (F8; the page adds
/// it to its actions and names it) gives the first handle the focus, the arrow keys move it,
/// Home and End take it to either end, Enter or F8 keeps it there and Esc puts it back, both
/// returning the focus to where it was. A move from the keyboard is stored as a drag is.
class RememberedSplitter : public QSplitter
{
    Q_OBJECT

public:
    RememberedSplitter(Settings& settings, Settings::Key key, QWidget* parent = nullptr);

    /// The sizes to show first when the person has never moved the handle.
    void setDefaultSizes(const QList<int>& sizes);

    /// F8: moves the first handle from the keyboard. Its text is the page's to set.
    QAction* moveAction() const { return m_moveAction; }

protected:
    QSplitterHandle* createHandle() override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    friend class KeyboardSplitterHandle;
    void beginKeyboardMove();
    /// Ends a move begun with F8: keeps the handle where it is, or puts it back.
    void endKeyboardMove(bool keep);
    void store();
    void retranslate();
    /// The handle's name and how to move it, for screen readers.
    void nameHandle(QSplitterHandle& handle);

    Settings& m_settings;
    Settings::Key m_key;
    QAction* m_moveAction;
    QList<int> m_defaults;
    QList<int> m_sizesBeforeMove; ///< where Esc puts the handle back
    QByteArray m_storedBeforeMove; ///< and what the settings held then
    QPointer<QWidget> m_focusBeforeMove;
    bool m_placed = false;
};

} // namespace stilla
