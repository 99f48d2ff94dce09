#pragma once

#include "BackgroundIntegrityCheck.h"
#include "CustomFood.h"
#include "DayEntry.h"
#include "DiaryNotifier.h"
#include "DiarySnapshot.h"
#include "ExperimentStore.h"
#include "FoodStore.h"
#include "LabStore.h"
#include "core/Result.h"
#include "core/experiment/ExperimentPlan.h"
#include "core/labs/LabResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace stilla {

/// What saveMany does with a day that is already in the diary.
enum class ConflictPolicy {
    Fail, ///< change nothing and list the days that are already there
    Skip, ///< keep the stored day
    Replace, ///< replace the stored day
};

/// The diary: one SQLite file, and the only code that writes it.
///
/// Every write is one transaction (WAL journal, synchronous=FULL), so the diary is never left
/// half-changed, even if the process is killed. A damaged or foreign file is never written to.
/// Use a DiaryStore from the thread that opened it. See docs/diary-storage.md.
class DiaryStore
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DiaryStore)

public:
    static constexpr int kSchemaVersion = 7; ///< PRAGMA user_version
    static constexpr std::chrono::milliseconds kDefaultBusyTimeout {5000};

    enum class OpenProblem { None, NotADatabase, Damaged, TooNew, ReadOnly, Locked, Io };
    struct OpenResult
    {
        std::unique_ptr<DiaryStore> store;
        OpenProblem problem = OpenProblem::None;
        QString message; ///< for people: what is wrong, that nothing was changed, what to do
    };

    /// When open() runs PRAGMA integrity_check, which reads the whole file (about 10 ms for ten
    /// years of entries).
    enum class IntegrityCheck {
        BeforeOpening, ///< open() returns only a diary that passed it
        /// open() runs every other check, then the integrity check on a worker thread while the
        /// diary is read. Every write waits for it, and is refused when it failed, so a damaged
        /// file is still never written to; notifier().damageFound() says so. A diary that needs
        /// migrating is checked before opening, as with BeforeOpening.
        InBackground,
    };

    /// Opens the diary at @p path, creating it (0600) if it does not exist. First, read-only:
    /// checks that it is an SQLite database, a Stilla diary, not newer than kSchemaVersion, and
    /// passes PRAGMA integrity_check (see IntegrityCheck). Only then opens it for writing and
    /// runs the forward migrations, each in a transaction. A file that fails a check is not
    /// written to. @p busyTimeout is how long to wait for another program holding the diary.
    static OpenResult open(const QString& path,
        std::chrono::milliseconds busyTimeout = kDefaultBusyTimeout,
        IntegrityCheck integrity = IntegrityCheck::BeforeOpening);
    /// Opens an existing diary for reading only, after the same checks as open(): for a diary
    /// that cannot be written (open() said ReadOnly), or one that another Stilla is writing.
    /// Never writes, migrates or creates anything. Every write then refuses, changing nothing,
    /// with a message that gives @p reason (why it is read-only, what to do). A diary made by
    /// an older Stilla must be updated first and is refused (ReadOnly).
    static OpenResult openReadOnly(const QString& path, const QString& reason,
        std::chrono::milliseconds busyTimeout = kDefaultBusyTimeout);

    /// The read-only checks of open(), on any file (a backup, say); never writes to it.
    /// problem is None when the file could be opened as a diary.
    struct FileCheck
    {
        OpenProblem problem = OpenProblem::None;
        QString message;
        int schemaVersion = 0;
    };
    static FileCheck checkFile(
        const QString& path, std::chrono::milliseconds busyTimeout = kDefaultBusyTimeout);

    /// Moves a damaged diary (and its -wal/-shm) aside to "<path>.damaged-YYYYMMDD-HHMMSS"
    /// (with -2, -3... if taken); returns the new path.
    static Result<QString> setAside(const QString& path, const QDateTime& now);
    /// Puts a private copy of @p backupFile at @p path, atomically, after checkFile() passed on
    /// it. For a diary that cannot be opened (set it aside first); an open diary uses
    /// restoreFrom().
    static Status installBackup(const QString& backupFile, const QString& path);

    ~DiaryStore();
    DiaryStore(const DiaryStore&) = delete;
    DiaryStore& operator=(const DiaryStore&) = delete;

    QString path() const { return m_path; }
    DiaryNotifier& notifier() { return *m_notifier; }
    /// True for a store from openReadOnly(): reads and backups work, writes refuse.
    bool isReadOnly() const { return m_readOnly; }
    /// Why it is read-only and what to do (the reason given to openReadOnly()).
    QString readOnlyReason() const { return m_readOnlyReason; }

    /// std::nullopt when nothing is stored for @p date.
    Result<std::optional<DayEntry>> day(const QDate& date) const;
    /// Days from @p from to @p to inclusive, ascending; an invalid bound is open.
    Result<std::vector<DayEntry>> days(const QDate& from, const QDate& to) const;
    Result<std::vector<QDate>> datesWithEntries(const QDate& from, const QDate& to) const;
    Result<QDate> firstDate() const; ///< invalid QDate when the diary is empty
    Result<QDate> lastDate() const; ///< invalid QDate when the diary is empty
    Result<int> dayCount() const;

    /// Saves one day as one transaction, replacing everything stored for its date. Returns the
    /// day as stored: times cut to whole minutes, new row ids filled in (ids are never reused).
    /// Refuses, changing nothing, when DayValidation finds an Error or a time is invalid.
    /// A day that isEmpty() removes the stored day instead. Emits dayChanged (or dayRemoved).
    Result<DayEntry> save(const DayEntry& day);
    /// Removes a day; succeeds (and emits nothing) when there was none.
    Status remove(const QDate& date);

    struct SaveManyReport
    {
        int added = 0;
        int replaced = 0;
        int skipped = 0; ///< already stored (Skip), or empty days (never stored by saveMany)
        int labsSaved = 0; ///< lab results added or replaced
        int labsSkipped = 0; ///< lab results of a date already stored (Skip)
        int experimentsSaved = 0; ///< self-experiments added or replaced
        int experimentsSkipped = 0; ///< self-experiments whose start is already stored (Skip)
    };
    /// Saves all days in one transaction. Nothing is saved if any day has a validation Error, a
    /// date appears twice, or (with Fail) a date is already stored: the message lists them.
    /// Emits diaryReset once when anything changed.
    /// @p labs are saved in the same transaction, with the same policy for a date that
    /// already has results, and the same refusal of a result LabResult::problems() rejects.
    /// Emits labResultsChanged when any was saved.
    /// @p experiments too: one with the start of a stored one is the same experiment (the
    /// policy decides), and nothing is saved when one has problems or its days overlap those of
    /// another stored experiment. Emits experimentsChanged when any was saved.
    Result<SaveManyReport> saveMany(const std::vector<DayEntry>& days, ConflictPolicy policy,
        const std::vector<LabResult>& labs = {},
        const std::vector<ExperimentPlan>& experiments = {});

    /// What is stored at @p dates (days), @p labDates (lab results) and @p experimentStarts
    /// (self-experiments), to put back after a write of many days (core/diary/DiarySnapshot.h).
    Result<DiarySnapshot> snapshot(std::vector<QDate> dates, std::vector<QDate> labDates,
        std::vector<QDate> experimentStarts) const;
    /// Returns the snapshot's dates, lab dates and self-experiment starts to what they held when
    /// it was taken, in one transaction (undo of an import); everything else is left as it is.
    /// Emits diaryReset, labResultsChanged and experimentsChanged.
    Status putBack(const DiarySnapshot& snapshot);

    /// The user's own foods, favourites and recent foods.
    FoodStore& foods() { return m_foods; }
    const FoodStore& foods() const { return m_foods; }
    /// Blood test results.
    LabStore& labs() { return m_labs; }
    const LabStore& labs() const { return m_labs; }
    /// Self-experiments.
    ExperimentStore& experiments() { return m_experiments; }
    const ExperimentStore& experiments() const { return m_experiments; }

    /// Writes a consistent copy of the diary to @p file (0600), replacing it atomically.
    Status backupTo(const QString& file) const;
    /// Replaces the diary with @p backupFile after checking it (an intact Stilla diary, not
    /// newer); first keeps a copy of the current diary at "<path>.before-restore-<time>", the
    /// time being @p now (the caller's Clock).
    /// The swap is atomic; the diary is then reopened (migrating an older backup) and
    /// diaryReset emitted. On any failure the current diary stays as it was.
    Status restoreFrom(const QString& backupFile, const QDateTime& now);
    /// "ok", or SQLite's report of what is wrong.
    Result<QString> integrityCheck() const;
    /// The background integrity check's finding (IntegrityCheck::InBackground): std::nullopt
    /// while it runs or when it passed (or there was none), else the message for people.
    /// @p wait waits for the check to finish first.
    std::optional<QString> damage(bool wait = false) const;
    /// For a diary whose background check found damage: sets the damaged file aside
    /// (setAside), puts a checked copy of @p backupFile in its place, or starts a new, empty
    /// diary when @p backupFile is empty, and opens that. Emits diaryReset. On failure the
    /// damaged file stays where it was and the diary stays closed to writes.
    Status replaceDamaged(const QString& backupFile, const QDateTime& now);
    /// A number that changes with every write (random, not increasing). Equal tokens in the
    /// diary and a backup mean the backup holds the diary as it is now.
    Result<qint64> changeToken() const;

    /// Test seam: caps the diary at @p pages pages (PRAGMA max_page_count; never below its
    /// current size), so that a write needing more fails as on a full disk (SQLITE_FULL).
    /// Returns the cap in force.
    Result<qint64> setMaxPageCount(qint64 pages);

private:
    DiaryStore(QString path, std::chrono::milliseconds busyTimeout);
    /// Runs the checks, opens for writing, migrates; m_db is open when this returns None.
    OpenProblem connect(QString& message, IntegrityCheck integrity = IntegrityCheck::BeforeOpening);
    /// Runs the checks and opens for reading only; m_db is open when this returns None.
    OpenProblem connectReadOnly(QString& message);
    void disconnect();
    Status requireOpen() const;
    /// requireOpen(), refuses in a read-only store, and waits for the background integrity
    /// check, refusing when it failed.
    Status requireWritable() const;
    Result<QDate> dateQuery(const QString& sql) const;
    /// The diary's path as messages show it (native separators).
    QString shownPath() const;

    QString m_path;
    QString m_connectionName;
    std::chrono::milliseconds m_busyTimeout;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::unique_ptr<DiaryNotifier> m_notifier;
    mutable QSqlDatabase m_db;
    /// The background integrity check (IntegrityCheck::InBackground) and what it found.
    mutable BackgroundIntegrityCheck m_integrity;
    FoodStore m_foods {*this};
    LabStore m_labs {*this};
    ExperimentStore m_experiments {*this};

    // They share the connection, its checks and the notifier.
    friend class ExperimentStore;
    friend class FoodStore;
    friend class LabStore;
};

} // namespace stilla
