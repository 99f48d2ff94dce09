#pragma once

#include "DiaryStore.h"

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
    /// True when the file (or its folder) cannot be written by this process.
    static bool isReadOnly(const QString& path);
};

} // namespace stilla
