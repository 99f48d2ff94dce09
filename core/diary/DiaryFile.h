#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace stilla {

/// File-level work on diary and backup files, done before or around SQLite: looking at the
/// header without opening the database, owner-only files, flushing to disk, moving files aside
/// and replacing a file atomically. Internal to core/diary.
class DiaryFile
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DiaryFile)

public:
    enum class Header {
        Missing, ///< no file
        Empty, ///< zero bytes: SQLite treats it as a new database
        Sqlite, ///< starts with the SQLite header and is at least as long as it says
        NotSqlite, ///< something else (a text file, another format)
        Truncated, ///< an SQLite header, but shorter than the header says
    };
    /// Reads only the first 100 bytes and the file size; never writes.
    static Header inspect(const QString& path);

    /// The files SQLite keeps next to a database.
    static QStringList companions(const QString& path);

    /// Creates an empty file readable and writable by its owner only (0600). Fails if it exists.
    static Status createPrivate(const QString& path);
    /// Flushes a file's data to the disk (fsync).
    static Status sync(const QString& path);
    /// Flushes a folder's entries (renames, new files) to the disk.
    static Status syncFolder(const QString& folder);

    /// Renames @p path and its companions to @p target (+ "-wal", "-shm", "-journal").
    static Status moveWithCompanions(const QString& path, const QString& target);
    /// Renames @p from to @p to, replacing it atomically (rename(2); MoveFileEx on Windows),
    /// and flushes the folder.
    static Status renameOver(const QString& from, const QString& to);
    /// A name beside @p base that does not exist yet: base, base-2, base-3, ...
    static QString unusedName(const QString& base);
    /// Removes what a write cut short by a crash left of the temporary files @p base +
    /// @p suffix (with -2, -3... and their -journal) that unusedName() named. Returns how many.
    static int removeTemporaries(const QString& base, const QString& suffix);
    /// Replaces @p target with a private (0600) copy of @p source, atomically: the copy is
    /// written to a temporary file beside @p target, flushed, renamed over it, and the folder
    /// flushed. Stale companions of @p target are removed after the rename.
    static Status replaceWithCopy(const QString& source, const QString& target);
};

} // namespace stilla
