#include "KeyboardShortcutsDialog.h"

#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/ScreenFit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stilla {

KeyboardShortcutsDialog::KeyboardShortcutsDialog(
    const std::vector<Section>& sections, QWidget* parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setWordWrap(true);

    auto addSection = [this](const QString& title, const QList<QPair<QString, QString>>& rows) {
        if (rows.isEmpty())
            return;
        auto* header = new QTreeWidgetItem(m_tree, {title});
        QFont bold = header->font(0);
        bold.setBold(true);
        header->setFont(0, bold);
        header->setFirstColumnSpanned(true);
        for (const auto& [command, keys] : rows)
            new QTreeWidgetItem(header, {command, keys});
    };
    for (const Section& section : sections) {
        QList<QPair<QString, QString>> rows;
        for (const QAction* action : section.actions) {
            if (action->shortcuts().isEmpty() || action->text().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence& sequence : action->shortcuts())
                keys << sequence.toString(QKeySequence::NativeText);
            rows.append({commandName(action), keys.join(tr(" or "))});
        }
        addSection(section.title, rows);
    }
    // Keys that work in every field, which no action holds.
    addSection(tr("In every field"),
        {{tr("Go to the next or the previous field"), tr("Tab, Shift+Tab")},
            {tr("Go to a field or a menu by its underlined letter"), tr("Alt+the letter")},
            {tr("Tick a box or press a button"), tr("Space")},
            {tr("Change a time by 15 minutes, a number by 1"), tr("Up, Down")},
            {tr("Open a list or a calendar"), tr("Alt+Down")},
            {tr("Close a dialog without changing anything"), tr("Esc")}});
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    MessageBox::translateButtons(*buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(u'M');
    resizeWithinScreen(*this, QSize(50 * em, 34 * fontMetrics().height()));
}

QString KeyboardShortcutsDialog::commandName(const QAction* action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

QStringList KeyboardShortcutsDialog::rows() const
{
    QStringList rows;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* section = m_tree->topLevelItem(i);
        for (int j = 0; j < section->childCount(); ++j) {
            rows << section->text(0) + QStringLiteral(": ") + section->child(j)->text(0)
                    + QStringLiteral(" — ") + section->child(j)->text(1);
        }
    }
    return rows;
}

} // namespace stilla
