#pragma once

#include "core/Settings.h"

#include <QSplitter>

namespace stilla {

/// A splitter that keeps where the person put it: a drag of its handle is stored in @p key of
/// the settings, and when the page is built again (the next start of the program) the handle
/// comes back there once the splitter is shown at its real width. Until the person drags it,
/// the page's own sizes hold (setDefaultSizes, or the parts' size hints and stretch factors),
/// so a later default can still improve on them. Its parts may not be collapsed out of view.
class RememberedSplitter : public QSplitter
{
    Q_OBJECT

public:
    RememberedSplitter(Settings& settings, Settings::Key key, QWidget* parent = nullptr);

    /// The sizes to show first when the person has never moved the handle.
    void setDefaultSizes(const QList<int>& sizes);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Settings& m_settings;
    Settings::Key m_key;
    QList<int> m_defaults;
    bool m_placed = false;
};

} // namespace stilla
