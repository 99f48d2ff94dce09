#include "DiaryOpener.h"

#include "AppPaths.h"
#include "Clock.h"
#include "Logging.h"
#include "diary/BackupManager.h"
#include "diary/DiaryStore.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace stilla {

DiaryOpener::Choice DiaryOpener::ask(const QString& title, const QString& message,
    const QString& dataDir, bool damaged, const QString& leaveText, QString& backupPath,
    QWidget* parent)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::NoButton, parent);
    QPushButton* restore = nullptr;
    QPushButton* fresh = nullptr;
    const auto backup = BackupManager::newestGoodIn(AppPaths::backupDir(dataDir));
    if (damaged) {
        if (backup) {
            restore = box.addButton(tr("Restore the Backup"), QMessageBox::AcceptRole);
            box.setInformativeText(
                tr("The newest good backup is from %1. Restoring it keeps the damaged file "
                   "aside, unchanged.")
                    .arg(QLocale().toString(backup->date, QLocale::LongFormat)));
        }
        fresh = box.addButton(tr("Start a New Diary"), QMessageBox::DestructiveRole);
        if (!backup) {
            box.setInformativeText(tr("There is no backup to restore. Starting a new diary keeps "
                                      "the damaged file aside, unchanged, in %1.")
                                       .arg(QDir::toNativeSeparators(dataDir)));
        }
    }
    box.addButton(leaveText, QMessageBox::RejectRole);
    MessageBox::translateButtons(box);
    box.exec();
    QAbstractButton* clicked = box.clickedButton();
    if (clicked && clicked == restore) {
        backupPath = backup->path;
        return Choice::Restore;
    }
    return clicked && clicked == fresh ? Choice::Fresh : Choice::Leave;
}

std::unique_ptr<DiaryStore> DiaryOpener::open(
    const QString& dataDir, const Clock& clock, QWidget* parent)
{
    const QString path = AppPaths::diaryFile(dataDir);
    DiaryStore::OpenResult opened = DiaryStore::open(
        path, DiaryStore::kDefaultBusyTimeout, DiaryStore::IntegrityCheck::InBackground);
    if (opened.store)
        return std::move(opened.store);
    qCWarning(lcApp) << "the diary could not be opened; problem" << int(opened.problem);

    const bool damaged = opened.problem == DiaryStore::OpenProblem::Damaged
        || opened.problem == DiaryStore::OpenProblem::NotADatabase;
    QString backup;
    const Choice choice = ask(tr("The diary cannot be opened"), opened.message, dataDir, damaged,
        tr("Continue Without the Diary"), backup, parent);
    if (choice == Choice::Leave)
        return nullptr;

    const auto asideTo = DiaryStore::setAside(path, clock.now());
    if (!asideTo) {
        MessageBox::inform(parent, QMessageBox::Critical, tr("The diary cannot be opened"),
            asideTo.errorMessage());
        return nullptr;
    }
    qCInfo(lcApp) << "the damaged diary was set aside";
    if (choice == Choice::Restore) {
        if (const Status installed = DiaryStore::installBackup(backup, path); !installed) {
            MessageBox::inform(parent, QMessageBox::Critical,
                tr("The backup could not be restored"), installed.errorMessage());
            return nullptr;
        }
    }
    DiaryStore::OpenResult again = DiaryStore::open(path);
    if (!again.store)
        MessageBox::inform(
            parent, QMessageBox::Critical, tr("The diary cannot be opened"), again.message);
    return std::move(again.store);
}

bool DiaryOpener::repair(DiaryStore& diary, const QString& dataDir, const Clock& clock,
    const QString& message, QWidget* parent)
{
    qCWarning(lcApp) << "the open diary was found damaged";
    QString backup;
    const Choice choice = ask(tr("The diary is damaged"), message, dataDir, true,
        tr("Continue Without Saving"), backup, parent);
    if (choice == Choice::Leave)
        return false;
    if (const Status replaced = diary.replaceDamaged(backup, clock.now()); !replaced) {
        MessageBox::inform(parent, QMessageBox::Critical,
            choice == Choice::Restore ? tr("The backup could not be restored")
                                      : tr("The diary cannot be opened"),
            replaced.errorMessage());
        return false;
    }
    return true;
}

} // namespace stilla
