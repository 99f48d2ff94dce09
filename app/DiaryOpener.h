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
/// backup or start a new diary, always keeping the damaged file aside untouched.
class DiaryOpener
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DiaryOpener)

public:
    /// Returns null when there is no diary to work with (the pages then say so). The integrity
    /// check runs in the background (DiaryStore::IntegrityCheck::InBackground), so the window
    /// need not wait for it: connect DiaryNotifier::damageFound to repair().
    static std::unique_ptr<DiaryStore> open(
        const QString& dataDir, const Clock& clock, QWidget* parent = nullptr);

    /// The open diary was found damaged (@p message says how): offers to restore the newest
    /// good backup or start a new diary in its place, keeping the damaged file aside, or to go
    /// on without saving. Returns true when the diary was replaced.
    static bool repair(DiaryStore& diary, const QString& dataDir, const Clock& clock,
        const QString& message, QWidget* parent = nullptr);

private:
    enum class Choice { Restore, Fresh, Leave };
    /// Asks what to do about a diary that cannot be used; @p backupPath is the newest good
    /// backup, if there is one. @p damaged offers restore and start-new.
    static Choice ask(const QString& title, const QString& message, const QString& dataDir,
        bool damaged, const QString& leaveText, QString& backupPath, QWidget* parent);
};

} // namespace stilla
