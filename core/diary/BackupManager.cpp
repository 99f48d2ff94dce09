#include "BackupManager.h"

#include "DiarySql.h"
#include "DiaryStore.h"
#include "core/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <set>

namespace stilla {

namespace {

const QString kPrefix = QStringLiteral("stilla-diary-");
const QString kSuffix = QStringLiteral(".sqlite");

/// Marks which backups (newest first) rotation keeps, and which of those are weekly.
void classify(std::vector<BackupInfo>& backups, std::vector<bool>& keep)
{
    keep.assign(backups.size(), false);
    std::set<std::pair<int, int>> weeks;
    for (std::size_t i = 0; i < backups.size(); ++i) {
        backups[i].weekly = false;
        if (i < std::size_t(BackupManager::kDailyKept)) {
            keep[i] = true;
            continue;
        }
        int year = 0;
        const int week = backups[i].date.weekNumber(&year);
        if (weeks.size() < std::size_t(BackupManager::kWeeklyKept)
            && weeks.insert({year, week}).second) {
            keep[i] = true;
            backups[i].weekly = true;
        }
    }
}

/// The change token stored in a backup, or std::nullopt when it cannot be read.
std::optional<qint64> backupToken(const QString& path)
{
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("stilla-backup-token-%1").arg(++counter);
    std::optional<qint64> token;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT change_token FROM diary_state")) && query.next())
                token = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return token;
}

} // namespace

BackupManager::BackupManager(DiaryStore& store, QString backupDir, const Clock& clock)
    : m_store(store)
    , m_backupDir(std::move(backupDir))
    , m_clock(clock)
{ }

QString BackupManager::fileName(const QDate& date)
{
    return QString(kPrefix % date.toString(Qt::ISODate) % kSuffix);
}

Result<std::vector<BackupInfo>> BackupManager::listIn(const QString& backupDir)
{
    std::vector<BackupInfo> backups;
    const QDir dir(backupDir);
    if (!dir.exists())
        return backups;
    static const QRegularExpression pattern(
        QStringLiteral("^stilla-diary-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    const QFileInfoList entries = dir.entryInfoList(
        {kPrefix + QStringLiteral("*") + kSuffix}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const auto match = pattern.match(entry.fileName());
        if (!match.hasMatch())
            continue;
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        if (date.isValid())
            backups.push_back({entry.absoluteFilePath(), date, false, entry.size()});
    }
    std::sort(backups.begin(), backups.end(),
        [](const BackupInfo& a, const BackupInfo& b) { return a.date > b.date; });
    std::vector<bool> keep;
    classify(backups, keep);
    return backups;
}

std::optional<BackupInfo> BackupManager::newestGoodIn(const QString& backupDir)
{
    const auto backups = listIn(backupDir);
    if (!backups)
        return std::nullopt;
    for (const BackupInfo& backup : *backups) {
        if (backup.bytes > 0
            && DiaryStore::checkFile(backup.path).problem == DiaryStore::OpenProblem::None)
            return backup;
    }
    return std::nullopt;
}

Result<std::vector<BackupInfo>> BackupManager::list() const
{
    return listIn(m_backupDir);
}

std::optional<BackupInfo> BackupManager::newestGood() const
{
    return newestGoodIn(m_backupDir);
}

Result<std::optional<BackupInfo>> BackupManager::runIfDue()
{
    const QString shown = QDir::toNativeSeparators(m_backupDir);
    if (!QDir().mkpath(m_backupDir)) {
        return Error {tr("Could not create the backup folder %1. Check that the disk is writable.")
                          .arg(shown)};
    }
    QFile::setPermissions(
        m_backupDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // A backup cut short (the app was killed while writing it) leaves its temporary file
    // ("<name>.partial"); it was never a backup, so it goes.
    const QDir dir(m_backupDir);
    const QStringList partial = dir.entryList(
        {kPrefix + QStringLiteral("*") + kSuffix + QStringLiteral(".partial*")}, QDir::Files);
    for (const QString& name : partial) {
        if (!QFile::remove(dir.filePath(name)))
            qCWarning(lcDiary) << "Could not remove an unfinished backup";
    }

    auto existing = list();
    if (!existing)
        return Error {existing.errorMessage()};
    const QDate today = m_clock.today();
    const bool doneToday = std::any_of(existing->begin(), existing->end(),
        [&today](const BackupInfo& backup) { return backup.date == today; });

    bool due = !doneToday;
    if (due) {
        auto count = m_store.dayCount();
        if (!count)
            return Error {count.errorMessage()};
        due = *count > 0;
    }
    if (due && !existing->empty()) {
        auto token = m_store.changeToken();
        if (!token)
            return Error {token.errorMessage()};
        due = backupToken(existing->front().path) != std::optional<qint64>(*token);
    }
    std::optional<BackupInfo> made;
    if (due) {
        const QString path = QDir(m_backupDir).filePath(fileName(today));
        if (auto done = m_store.backupTo(path); !done)
            return Error {done.errorMessage()};
        qCInfo(lcDiary) << "Made the daily backup";
        made = BackupInfo {path, today, false, QFileInfo(path).size()};
    }
    if (auto rotated = rotate(); !rotated)
        return Error {rotated.errorMessage()};
    return made;
}

Status BackupManager::rotate() const
{
    auto backups = list();
    if (!backups)
        return Error {backups.errorMessage()};
    std::vector<bool> keep;
    classify(backups.value(), keep);
    for (std::size_t i = 0; i < backups->size(); ++i) {
        if (keep[i])
            continue;
        if (!QFile::remove((*backups)[i].path)) {
            return Error {tr("Could not delete the old backup %1. Check the folder's permissions.")
                              .arg(QDir::toNativeSeparators((*backups)[i].path))};
        }
    }
    return {};
}

} // namespace stilla
