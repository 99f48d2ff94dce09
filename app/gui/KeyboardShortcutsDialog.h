#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <vector>

class QAction;
class QTreeWidget;

namespace stilla {

/// Help ▸ Keyboard Shortcuts: every shortcut of the window, read from its actions so that the
/// list cannot drift from what the keys do, and the keys that work in every field.
class KeyboardShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// A group of shortcuts: "Everywhere", or those of one page.
    struct Section
    {
        QString title;
        QList<QAction*> actions; ///< only those with a shortcut are listed
    };

    explicit KeyboardShortcutsDialog(
        const std::vector<Section>& sections, QWidget* parent = nullptr);

    /// The rows shown, as "section: command — keys" (for tests).
    QStringList rows() const;

    /// An action's text as a command name: without its mnemonic "&" and trailing "…".
    static QString commandName(const QAction* action);

private:
    QTreeWidget* m_tree;
};

} // namespace stilla
