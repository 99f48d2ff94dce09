#pragma once

#include "DiaryStore.h"
#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <memory>

namespace stilla {

/// What Stilla does when the diary cannot be used as it is: one policy for the window
/// (DiaryOpener asks the person) and stilla-cli (its options decide).
///
/// - A diary that cannot be written (a read-only file or folder) can still be read: it is
///   opened read-only, with the reason.
/// - A damaged diary, or a file that is not one, is never written to: it is set aside whole
///   (DiaryStore::setAside) and a backup that passed its checks, or a new diary, takes its
///   place.
/// - An intact diary replaced by a backup is kept beside it (DiaryStore::restoreFrom).
class DiaryRecovery
{
public:
    /// True for the problems a backup or a new diary can mend: damage, or not a diary at all.
    static bool isDamage(DiaryStore::OpenProblem problem);

    /// How open() treats a diary it may not write.
    enum class Fallback {
        None, ///< report ReadOnly as a problem (a command that must write)
        ReadOnly, ///< open it read-only instead, with open()'s reason
    };
    /// Opens the diary at @p path for writing, or read-only for @p readOnlyReason when one is
    /// given (another program has the data folder). With Fallback::ReadOnly a diary that cannot
    /// be written is opened read-only rather than refused.
    static DiaryStore::OpenResult open(const QString& path, const QString& readOnlyReason,
        Fallback fallback,
        DiaryStore::IntegrityCheck integrity = DiaryStore::IntegrityCheck::BeforeOpening,
        std::chrono::milliseconds busyTimeout = DiaryStore::kDefaultBusyTimeout);

    /// A damaged diary at @p path, replaced and opened again.
    struct Replaced
    {
        DiaryStore::OpenResult opened; ///< the diary in its place
        QString asideTo; ///< where the damaged file now is
    };
    /// For a diary that could not be opened because it is damaged: sets it aside, puts a copy
    /// of @p backupFile in its place (or nothing, so a new diary is made, when it is empty)
    /// and opens that. An Error, with the damaged file where it was, when it could not be set
    /// aside; after that, an Error when the backup could not be put in place.
    static Result<Replaced> replaceDamaged(
        const QString& path, const QString& backupFile, const QDateTime& now);

    /// What restore() did.
    struct Restored
    {
        Status status; ///< an Error when nothing (or not all) was done; problem says what kind
        DiaryStore::OpenProblem problem = DiaryStore::OpenProblem::None;
        bool keptBeside = false; ///< the diary as it was is beside it in its folder
        QString damagedAsideTo; ///< a damaged diary that was set aside, and where to
    };
    /// Puts the backup @p backupFile in the place of the diary at @p path, whatever state it
    /// is in: a backup that does not pass DiaryStore::checkFile changes nothing; no diary yet:
    /// the backup becomes it; an intact diary is kept beside it; a damaged one is set aside.
    /// A diary that cannot be opened for another reason (read-only, held by another program)
    /// is left as it is. The caller holds the data folder (InstanceLock).
    static Restored restore(const QString& path, const QString& backupFile, const QDateTime& now);
};

} // namespace stilla
