#include "FileMenu.h"

#include "AppContext.h"
#include "DiaryTransfer.h"
#include "app/gui/experiment/ExperimentDialog.h"
#include "app/gui/labs/LabResultsDialog.h"
#include "app/gui/report/ReportDialog.h"
#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/diary/DiaryStore.h"

#include <QAction>
#include <QEvent>

namespace stilla {

FileMenu::FileMenu(AppContext& context, std::function<bool()> mayLeaveDiary, QWidget* window)
    : QMenu(window)
    , m_context(context)
    , m_mayLeaveDiary(std::move(mayLeaveDiary))
    , m_window(window)
{
    setObjectName(QStringLiteral("fileMenu"));
    if (m_context.diary) {
        m_transfer = new DiaryTransfer(*m_context.diary, *m_context.undo,
            AppPaths::backupDir(m_context.dataDir), m_context.clock, window);
    }
    const bool writable = m_context.diary && !m_context.diary->isReadOnly();
    m_importAction = addTransferAction(
        "importAction", [](DiaryTransfer& transfer) { transfer.importInteractive(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(writable);
    m_exportAction = addTransferAction(
        "exportAction", [](DiaryTransfer& transfer) { transfer.exportInteractive(); });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_reportAction = addAction(QString(), this, &FileMenu::openReport);
    m_reportAction->setObjectName(QStringLiteral("reportAction"));
    m_reportAction->setEnabled(m_context.diary != nullptr);
    m_experimentAction = addAction(QString(), this, &FileMenu::openExperiment);
    m_experimentAction->setObjectName(QStringLiteral("experimentAction"));
    m_experimentAction->setEnabled(m_context.diary != nullptr);
    // Also on the diary page, at the foot of its form: here it is a keystroke or two away.
    m_labsAction = addAction(QString(), this, &FileMenu::openLabResults);
    m_labsAction->setObjectName(QStringLiteral("labResultsAction"));
    m_labsAction->setEnabled(m_context.diary != nullptr);
    addSeparator();
    m_backupAction = addTransferAction(
        "backupAction", [](DiaryTransfer& transfer) { transfer.backupInteractive(); });
    m_restoreAction = addTransferAction(
        "restoreAction", [](DiaryTransfer& transfer) { transfer.restoreInteractive(); });
    m_restoreAction->setEnabled(writable);
    addSeparator();
    m_quitAction = addAction(QString(), window, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    retranslate();
}

// A plain function rather than a pointer to member: GCC 12 with -fsanitize=vptr reads an unset
// register when it checks a call through a non-virtual pointer to member (the asan preset
// stopped there when the backup was chosen from the menu).
QAction* FileMenu::addTransferAction(const char* objectName, TransferRun run)
{
    QAction* action = addAction(QString(), this, [this, run] {
        // Pending diary edits go in first, so they are part of what is exported or kept.
        if (m_mayLeaveDiary())
            run(*m_transfer);
    });
    action->setObjectName(QString::fromLatin1(objectName));
    action->setEnabled(m_transfer != nullptr);
    return action;
}

void FileMenu::openReport()
{
    if (!m_context.diary || !m_mayLeaveDiary())
        return;
    ReportDialog dialog(*m_context.diary, m_context.settings, m_context.clock,
        m_context.translators.language(), m_window);
    dialog.exec();
}

void FileMenu::openExperiment()
{
    if (!m_context.diary || !m_mayLeaveDiary())
        return;
    ExperimentDialog dialog(
        *m_context.diary, *m_context.undo, m_context.settings, m_context.clock, m_window);
    dialog.exec();
}

void FileMenu::openLabResults()
{
    if (!m_context.diary || !m_mayLeaveDiary())
        return;
    const QDate today = m_context.clock.today();
    LabResultsDialog dialog(*m_context.diary, *m_context.undo, today, today, m_window);
    dialog.exec();
}

void FileMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void FileMenu::retranslate()
{
    setTitle(tr("&File"));
    m_importAction->setText(tr("&Import into the Diary…"));
    m_exportAction->setText(tr("&Export the Diary…"));
    m_reportAction->setText(tr("Report for the &Doctor…"));
    m_experimentAction->setText(tr("Self-E&xperiment…"));
    m_labsAction->setText(tr("&Lab Results…"));
    m_backupAction->setText(tr("&Back Up the Diary…"));
    m_restoreAction->setText(tr("&Restore a Backup…"));
    m_quitAction->setText(tr("&Quit"));
}

} // namespace stilla
