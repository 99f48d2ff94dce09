#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace stilla {

class Clock;
class DiaryStore;

/// Opens the diary for the window, and when it cannot be opened as it is, tells the user in
/// plain words and offers what can be done: for a damaged file, restore the newest good
/// backup or start a new diary, always keeping the damaged file aside untouched; for a diary
/// another program holds, try again; for a diary that cannot be written (a read-only file or
/// folder), open it read-only, so it can still be read, exported and backed up.
class DiaryOpener
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DiaryOpener)

public:
    /// Returns null when there is no diary to work with (the pages then say so). When
    /// @p readOnlyReason is not empty the diary is only opened read-only, for that reason (the
    /// window could not make sure it is the only writer). The integrity check runs in the
    /// background (DiaryStore::IntegrityCheck::InBackground), so the window need not wait for
    /// it: connect DiaryNotifier::damageFound to repair().
    static std::unique_ptr<DiaryStore> open(const QString& dataDir, const Clock& clock,
        QWidget* parent = nullptr, const QString& readOnlyReason = QString());

    /// The open diary was found damaged (@p message says how): offers to restore the newest
    /// good backup or start a new diary in its place, keeping the damaged file aside, or to go
    /// on without saving. Returns true when the diary was replaced.
    static bool repair(DiaryStore& diary, const QString& dataDir, const Clock& clock,
        const QString& message, QWidget* parent = nullptr);

private:
    enum class Choice { Restore, Fresh, Leave };
    /// Asks what to do about a damaged diary: restore the newest good backup (then in
    /// @p backupPath), start a new diary, or @p leaveText.
    static Choice askAboutDamage(const QString& title, const QString& message,
        const QString& dataDir, const QString& leaveText, QString& backupPath, QWidget* parent);
};

} // namespace stilla
