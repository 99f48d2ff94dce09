#pragma once

#include "core/Result.h"
#include "core/diary/DiaryStore.h"
#include "core/io/ImportPlan.h"

#include <QObject>

class QWidget;

namespace stilla {

class Clock;
class DiaryUndo;

/// The diary's file commands in the window: import, export, back up and restore. Each asks
/// what it must (file, what to do with problems or days already in the diary) and says what
/// happened; nothing in the diary changes unless the user agreed to exactly that.
class DiaryTransfer final : public QObject
{
    Q_OBJECT

public:
    /// Imports are steps of @p undo (Edit ▸ Undo takes one back whole).
    DiaryTransfer(
        DiaryStore& store, DiaryUndo& undo, QString backupDir, const Clock& clock, QWidget* parent);

    void importInteractive();
    void exportInteractive();
    void backupInteractive();
    void restoreInteractive();

    /// Import @p path: validates everything first; asks whether to take only the valid days
    /// when some are not, and whether to skip or replace days already in the diary.
    /// Returns a summary for people, or the reason nothing was imported.
    Result<QString> importFile(const QString& path);

private:
    /// Asks what to do with what the diary already holds; Fail when it holds none of it.
    Result<ConflictPolicy> conflictPolicy(const ImportPlan& plan);
    /// For a CSV import that replaces days: asks, when some days' totals differ from the
    /// diary's, whether to keep their food lists and doses or take the file's totals.
    Result<CsvDetail> csvDetail(const ImportPlan& plan);
    static QString importSummary(const ImportPlan::Outcome& outcome, const QString& name);
    static QString cronometerSummary(const ImportPlan::Outcome& outcome, const QString& name);
    static QStringList problemLines(
        const std::vector<ImportProblem>& problems, const QString& name);

    DiaryStore& m_store;
    DiaryUndo& m_undo;
    QString m_backupDir;
    /// Where the next import, export or backup starts: the folder of the last file chosen for
    /// one of them (the documents folder until then), so an import finds the export just made.
    QString m_folder;
    const Clock& m_clock;
    QWidget* m_parent;
};

} // namespace stilla
