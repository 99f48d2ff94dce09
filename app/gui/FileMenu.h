#pragma once

#include <QMenu>

#include <functional>

class QAction;

namespace stilla {

struct AppContext;
class DiaryTransfer;

/// The File menu: import, export, the report for the doctor, the self-experiment, the lab
/// results, backup, restore and quit. Each diary action first asks @p mayLeaveDiary, so that what
/// the diary page holds is saved (or the person chooses to stay) before the diary is read or
/// replaced.
class FileMenu final : public QMenu
{
    Q_OBJECT

public:
    FileMenu(AppContext& context, std::function<bool()> mayLeaveDiary, QWidget* window);

protected:
    void changeEvent(QEvent* event) override;

private:
    using TransferRun = void (*)(DiaryTransfer&);
    QAction* addTransferAction(const char* objectName, TransferRun run);
    void openReport();
    void openExperiment();
    void openLabResults();
    void retranslate();

    AppContext& m_context;
    std::function<bool()> m_mayLeaveDiary;
    QWidget* m_window;
    DiaryTransfer* m_transfer = nullptr;
    QAction* m_importAction;
    QAction* m_exportAction;
    QAction* m_reportAction;
    QAction* m_experimentAction;
    QAction* m_labsAction;
    QAction* m_backupAction;
    QAction* m_restoreAction;
    QAction* m_quitAction;
};

} // namespace stilla
