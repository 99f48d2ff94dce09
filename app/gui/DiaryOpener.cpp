#include "DiaryOpener.h"

#include "app/gui/widgets/MessageBox.h"
#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/diary/BackupManager.h"
#include "core/diary/DiaryRecovery.h"
#include "core/diary/DiaryStore.h"

#include <QDir>
#include <QLocale>

namespace stilla {

namespace {

using Problem = DiaryStore::OpenProblem;

/// Says once, before anything can be typed, that the diary is open read-only.
void tellReadOnly(const DiaryStore& store, QWidget* parent)
{
    qCInfo(lcApp) << "the diary was opened read-only";
    MessageBox::inform(parent, QMessageBox::Information,
        DiaryOpener::tr("The diary is open read-only"), store.readOnlyReason(),
        DiaryOpener::tr("You can read the diary, export it, back it up and make a report, but "
                        "nothing can be added or changed until Stilla is started again with a "
                        "diary it may write."));
}

} // namespace

DiaryOpener::Choice DiaryOpener::askAboutDamage(const QString& title, const QString& message,
    const QString& dataDir, const QString& leaveText, QString& backupPath, QWidget* parent)
{
    const auto backup = BackupManager::newestGoodIn(AppPaths::backupDir(dataDir));
    std::vector<MessageBox::Choice> choices;
    QString detail;
    if (backup) {
        choices.push_back({tr("Restore the Backup"), QMessageBox::AcceptRole});
        detail = tr("The newest good backup is from %1. Restoring it keeps the damaged file "
                    "aside, unchanged.")
                     .arg(QLocale().toString(backup->date, QLocale::LongFormat));
    } else {
        detail = tr("There is no backup to restore. Starting a new diary keeps the damaged file "
                    "aside, unchanged, in %1.")
                     .arg(QDir::toNativeSeparators(dataDir));
    }
    const int restoreChoice = backup ? 0 : -2;
    const int freshChoice = int(choices.size());
    choices.push_back({tr("Start a New Diary"), QMessageBox::DestructiveRole});
    choices.push_back({leaveText, QMessageBox::RejectRole});
    const int choice
        = MessageBox::choose(parent, QMessageBox::Warning, title, message, detail, choices);
    if (choice == restoreChoice) {
        backupPath = backup->path;
        return Choice::Restore;
    }
    return choice == freshChoice ? Choice::Fresh : Choice::Leave;
}

std::unique_ptr<DiaryStore> DiaryOpener::open(
    const QString& dataDir, const Clock& clock, QWidget* parent, const QString& readOnlyReason)
{
    const QString path = AppPaths::diaryFile(dataDir);
    DiaryStore::OpenResult opened;
    for (;;) {
        opened = DiaryRecovery::open(path, readOnlyReason, DiaryRecovery::Fallback::ReadOnly,
            DiaryStore::IntegrityCheck::InBackground);
        if (opened.store) {
            if (opened.store->isReadOnly())
                tellReadOnly(*opened.store, parent);
            return std::move(opened.store);
        }
        qCWarning(lcApp) << "the diary could not be opened; problem" << int(opened.problem);
        if (opened.problem != Problem::Locked)
            break;
        // Another program holds it: it may let go in a moment.
        const int choice
            = MessageBox::choose(parent, QMessageBox::Warning, tr("The diary cannot be opened"),
                opened.message, tr("Nothing was changed. Close the other program, then try again."),
                {{tr("Try Again"), QMessageBox::AcceptRole},
                    {tr("Continue Without the Diary"), QMessageBox::RejectRole}});
        if (choice != 0)
            return nullptr;
    }

    if (!DiaryRecovery::isDamage(opened.problem) || !readOnlyReason.isEmpty()) {
        MessageBox::inform(
            parent, QMessageBox::Warning, tr("The diary cannot be opened"), opened.message);
        return nullptr;
    }

    QString backup;
    const Choice choice = askAboutDamage(tr("The diary cannot be opened"), opened.message, dataDir,
        tr("Continue Without the Diary"), backup, parent);
    if (choice == Choice::Leave)
        return nullptr;
    auto replaced = DiaryRecovery::replaceDamaged(path, backup, clock.now());
    if (!replaced) {
        MessageBox::inform(parent, QMessageBox::Critical,
            choice == Choice::Restore ? tr("The backup could not be restored")
                                      : tr("The diary cannot be opened"),
            replaced.errorMessage());
        return nullptr;
    }
    DiaryStore::OpenResult& again = replaced.value().opened;
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
    const Choice choice = askAboutDamage(tr("The diary is damaged"), message, dataDir,
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
