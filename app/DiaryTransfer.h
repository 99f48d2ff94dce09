#pragma once

#include "Result.h"
#include "diary/DiaryStore.h"

#include <QObject>

class QWidget;

namespace stilla {

/// The diary's file commands in the window: import, export, back up and restore. Each asks
/// what it must (file, what to do with problems or days already in the diary) and says what
/// happened; nothing in the diary changes unless the user agreed to exactly that.
class DiaryTransfer final : public QObject
{
    Q_OBJECT

public:
    DiaryTransfer(DiaryStore& store, QString backupDir, QWidget* parent);

    void importInteractive();
    void exportInteractive();
    void backupInteractive();
    void restoreInteractive();

    /// Import @p path: validates everything first; asks whether to take only the valid days
    /// when some are not, and whether to skip or replace days already in the diary.
    /// Returns a summary for people, or the reason nothing was imported.
    Result<QString> importFile(const QString& path);

private:
    DiaryStore& m_store;
    QString m_backupDir;
    QWidget* m_parent;
};

} // namespace stilla
