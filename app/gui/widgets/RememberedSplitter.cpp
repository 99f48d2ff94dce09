#include "RememberedSplitter.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QSplitterHandle>

namespace stilla {

/// A handle that the keyboard can move once F8 has given it the focus (a click does not, and
/// Tab passes it by): the arrow keys, Home and End move it, Enter and Esc end the move.
class KeyboardSplitterHandle final : public QSplitterHandle
{
public:
    KeyboardSplitterHandle(Qt::Orientation orientation, RememberedSplitter* splitter)
        : QSplitterHandle(orientation, splitter)
        , m_splitter(splitter)
    {
        setFocusPolicy(Qt::NoFocus);
    }

protected:
    bool event(QEvent* event) override
    {
        // The keys of the move are the handle's while it has the focus, before any shortcut of
        // the page (Esc, Home, End) can take them.
        if (event->type() == QEvent::ShortcutOverride
            && isMoveKey(static_cast<QKeyEvent*>(event)->key())) {
            event->accept();
            return true;
        }
        return QSplitterHandle::event(event);
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        const bool horizontal = orientation() == Qt::Horizontal;
        const int at = horizontal ? x() : y();
        const int step = 2 * fontMetrics().horizontalAdvance(u'M');
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Up:
            moveTo(at - step);
            break;
        case Qt::Key_Right:
        case Qt::Key_Down:
            moveTo(at + step);
            break;
        case Qt::Key_Home:
            moveTo(0);
            break;
        case Qt::Key_End:
            moveTo(horizontal ? m_splitter->width() : m_splitter->height());
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_splitter->endKeyboardMove(true);
            break;
        case Qt::Key_Escape:
            m_splitter->endKeyboardMove(false);
            break;
        default:
            QSplitterHandle::keyPressEvent(event);
            return;
        }
        event->accept();
    }

    void focusInEvent(QFocusEvent* event) override
    {
        QSplitterHandle::focusInEvent(event);
        update();
    }

    void focusOutEvent(QFocusEvent* event) override
    {
        QSplitterHandle::focusOutEvent(event);
        update();
    }

    void paintEvent(QPaintEvent* event) override
    {
        QSplitterHandle::paintEvent(event);
        if (hasFocus()) // the whole handle in the highlight colour, as a focused field's frame
            QPainter(this).fillRect(rect(), palette().color(QPalette::Highlight));
    }

private:
    bool isMoveKey(int key) const
    {
        const bool horizontal = orientation() == Qt::Horizontal;
        return key == (horizontal ? Qt::Key_Left : Qt::Key_Up)
            || key == (horizontal ? Qt::Key_Right : Qt::Key_Down) || key == Qt::Key_Home
            || key == Qt::Key_End || key == Qt::Key_Return || key == Qt::Key_Enter
            || key == Qt::Key_Escape;
    }

    /// As a drag to @p position would (stored through splitterMoved), within what the parts'
    /// minimum sizes allow.
    void moveTo(int position) { moveSplitter(closestLegalPosition(position)); }

    RememberedSplitter* m_splitter;
};

RememberedSplitter::RememberedSplitter(Settings& settings, Settings::Key key, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_settings(settings)
    , m_key(key)
    , m_moveAction(new QAction(this))
{
    setChildrenCollapsible(false);
    // Only the person's own drags are stored (splitterMoved is not sent for sizes the program
    // sets); the settings are written when the window closes.
    connect(this, &QSplitter::splitterMoved, this, &RememberedSplitter::store);

    m_moveAction->setShortcut(Qt::Key_F8);
    m_moveAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_moveAction); // active while the splitter is shown
    connect(m_moveAction, &QAction::triggered, this, [this] {
        if (count() > 1 && handle(1)->hasFocus())
            endKeyboardMove(true);
        else
            beginKeyboardMove();
    });
}

void RememberedSplitter::setDefaultSizes(const QList<int>& sizes)
{
    m_defaults = sizes;
}

QSplitterHandle* RememberedSplitter::createHandle()
{
    auto* handle = new KeyboardSplitterHandle(orientation(), this);
    nameHandle(*handle);
    return handle;
}

void RememberedSplitter::showEvent(QShowEvent* event)
{
    QSplitter::showEvent(event);
    if (m_placed)
        return;
    m_placed = true;
    // Now, not when built: the layouts have given the splitter its real width, and sizes set
    // before were scaled from a width it never had.
    const QByteArray stored = m_settings.value(m_key).toByteArray();
    if (!stored.isEmpty() && restoreState(stored))
        return;
    if (!m_defaults.isEmpty())
        setSizes(m_defaults);
}

void RememberedSplitter::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QSplitter::changeEvent(event);
}

void RememberedSplitter::retranslate()
{
    for (int i = 0; i < count(); ++i) // handle(0), before the first part, is never shown
        nameHandle(*handle(i));
}

void RememberedSplitter::nameHandle(QSplitterHandle& handle)
{
    handle.setAccessibleName(tr("Column divider"));
    handle.setAccessibleDescription(
        tr("The arrow keys move it, Home and End take it to either end; Enter keeps it there, "
           "Esc puts it back."));
}

void RememberedSplitter::beginKeyboardMove()
{
    if (count() < 2 || !isVisible())
        return;
    m_focusBeforeMove = QApplication::focusWidget();
    m_sizesBeforeMove = sizes();
    m_storedBeforeMove = m_settings.value(m_key).toByteArray();
    handle(1)->setFocus(Qt::ShortcutFocusReason);
}

void RememberedSplitter::endKeyboardMove(bool keep)
{
    if (!keep && !m_sizesBeforeMove.isEmpty()) {
        setSizes(m_sizesBeforeMove);
        // As it was: a person who never moved the handle still has the page's own sizes.
        m_settings.setValue(m_key, m_storedBeforeMove);
    }
    m_sizesBeforeMove.clear();
    if (m_focusBeforeMove && m_focusBeforeMove->isVisible())
        m_focusBeforeMove->setFocus(Qt::OtherFocusReason);
    else if (QWidget* first = widget(0))
        first->setFocus(Qt::OtherFocusReason);
}

void RememberedSplitter::store()
{
    m_settings.setValue(m_key, saveState());
}

} // namespace stilla
