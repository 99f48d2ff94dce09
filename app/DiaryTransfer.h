#pragma once

#include "Result.h"
#include "diary/DiaryStore.h"
#include "io/CronometerCsv.h"
#include "io/DiaryCsv.h"

#include <QObject>

class QWidget;

namespace stilla {

class Clock;

/// The diary's file commands in the window: import, export, back up and restore. Each asks
/// what it must (file, what to do with problems or days already in the diary) and says what
/// happened; nothing in the diary changes unless the user agreed to exactly that.
class DiaryTransfer final : public QObject
{
    Q_OBJECT

public:
    DiaryTransfer(DiaryStore& store, QString backupDir, const Clock& clock, QWidget* parent);

    void importInteractive();
    void exportInteractive();
    void backupInteractive();
    void restoreInteractive();

    /// Import @p path: validates everything first; asks whether to take only the valid days
    /// when some are not, and whether to skip or replace days already in the diary.
    /// Returns a summary for people, or the reason nothing was imported.
    Result<QString> importFile(const QString& path);

private:
    /// For a CSV import that replaces days: asks, when some days' totals differ from the
    /// diary's, whether to keep their food lists and doses or take the file's totals.
    Result<CsvDetail> csvDetail(const std::vector<DayEntry>& days);
    /// Imports Cronometer's Daily Nutrition export @p data (read from @p path).
    Result<QString> importCronometer(const QString& path, const QByteArray& data);
    static QStringList problemLines(
        const std::vector<ImportProblem>& problems, const QString& name);

    DiaryStore& m_store;
    QString m_backupDir;
    const Clock& m_clock;
    QWidget* m_parent;
};

} // namespace stilla
