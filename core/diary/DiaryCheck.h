#pragma once

#include "DiaryStore.h"

class QSqlDatabase;
class QSqlError;

namespace stilla {

/// The read-only checks before a file is used as a diary, and the messages for what they find.
/// Internal to core/diary; DiaryStore::checkFile() is the public entry.
class DiaryCheck
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DiaryCheck)

public:
    using Problem = DiaryStore::OpenProblem;

    /// Whether run() includes PRAGMA integrity_check, which reads the whole file.
    enum class Depth { Full, WithoutIntegrity };
    /// Header, then a read-only SQLite connection: application id, schema version, foreign
    /// tables, PRAGMA integrity_check (unless @p depth leaves it out). Never writes to the file.
    static DiaryStore::FileCheck run(
        const QString& path, std::chrono::milliseconds busyTimeout, Depth depth = Depth::Full);
    /// PRAGMA integrity_check alone, on its own read-only connection: safe to call from any
    /// thread. Never writes to the file.
    static DiaryStore::FileCheck integrity(
        const QString& path, std::chrono::milliseconds busyTimeout);

    /// Which problem an SQLite error means.
    static Problem classify(const QSqlError& error);
    /// The message for people: what is wrong with @p path, that it was left as it was, what to
    /// do. @p detail is appended when not empty.
    static QString message(Problem problem, const QString& path, const QString& detail = {});
    /// When a crash cut short a change made with a rollback journal (switching an older or
    /// restored diary to WAL does that), SQLite must roll the journal back before anything can
    /// read the file, and a read-only connection may not. This does it, as SQLite would on
    /// any open, in a diary that may be written. Nothing happens without such a journal.
    static Status finishInterruptedChange(
        const QString& path, std::chrono::milliseconds busyTimeout);

    /// True when the file (or its folder) cannot be written by this process, or its owner
    /// marked it read-only (see FileAccess).
    static bool isReadOnly(const QString& path);

    /// Points @p db at @p path for reading only. A diary that cannot be written, with no
    /// write-ahead log to read, is opened "immutable", so SQLite creates no -wal or -shm
    /// beside it (it could not in a read-only folder, and would leave read-only ones behind
    /// in a writable one). Otherwise a plain read-only connection, which sees another
    /// process's commits.
    static void configureReadOnly(
        QSqlDatabase& db, const QString& path, std::chrono::milliseconds busyTimeout);
};

} // namespace stilla
