#include "RememberedSplitter.h"

namespace stilla {

RememberedSplitter::RememberedSplitter(Settings& settings, Settings::Key key, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_settings(settings)
    , m_key(key)
{
    setChildrenCollapsible(false);
    // Only the person's own drags are stored (splitterMoved is not sent for sizes the program
    // sets); the settings are written when the window closes.
    connect(
        this, &QSplitter::splitterMoved, this, [this] { m_settings.setValue(m_key, saveState()); });
}

void RememberedSplitter::setDefaultSizes(const QList<int>& sizes)
{
    m_defaults = sizes;
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

} // namespace stilla
