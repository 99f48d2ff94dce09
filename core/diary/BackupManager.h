#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace stilla {

class Clock;
class DiaryStore;

struct BackupInfo
{
    QString path;
    QDate date; ///< the day the backup was made
    bool weekly = false; ///< kept as a weekly backup (see BackupManager)
    qint64 bytes = 0;
};

/// Automatic backups of the diary into one folder, as "stilla-diary-YYYY-MM-DD.sqlite".
///
/// runIfDue() makes at most one backup a day, and only when the diary has changed since the
/// newest backup (compared by DiaryStore::changeToken()) and holds at least one day. Rotation
/// keeps the 7 newest backups ("daily") and, of the older ones, the newest backup of each of
/// the 4 most recent calendar weeks (ISO, Monday to Sunday) that have one ("weekly"); every
/// other file with a backup name is deleted. Other files in the folder are never touched.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(stilla::BackupManager)

public:
    static constexpr int kDailyKept = 7;
    static constexpr int kWeeklyKept = 4;

    BackupManager(DiaryStore& store, QString backupDir, const Clock& clock);

    /// Makes today's backup when due and rotates. The new backup, or std::nullopt when none was
    /// due (already one today, or nothing changed since the newest backup).
    Result<std::optional<BackupInfo>> runIfDue();
    /// The backups in the folder, newest first.
    Result<std::vector<BackupInfo>> list() const;
    /// The newest backup that opens as an intact Stilla diary this version can read.
    std::optional<BackupInfo> newestGood() const;

    /// The same, for a folder, without a store: for when the diary itself cannot be opened.
    static Result<std::vector<BackupInfo>> listIn(const QString& backupDir);
    static std::optional<BackupInfo> newestGoodIn(const QString& backupDir);
    /// "stilla-diary-YYYY-MM-DD.sqlite"
    static QString fileName(const QDate& date);

    QString backupDir() const { return m_backupDir; }

private:
    Status rotate() const;

    DiaryStore& m_store;
    QString m_backupDir;
    const Clock& m_clock;
};

} // namespace stilla
