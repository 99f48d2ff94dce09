#pragma once

#include "reminder/Reminder.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace stilla {

class DiaryStore;

/// stilla-cli remind: the opt-in reminders (docs/reminders.md).
///
///   stilla-cli remind [--evening|--morning] [--date D] [--if-not-logged] [--dry-run]
///   stilla-cli remind on [--evening|--morning] [--at HH:MM]
///   stilla-cli remind off [--evening|--morning]
///
/// The first shows a desktop notification through the freedesktop Notifications D-Bus
/// interface (with --if-not-logged only when the day, or last night, is not in the diary yet;
/// --dry-run prints what it would show). Where the notification server offers actions, it
/// waits up to 15 minutes for a click, which opens Stilla on the diary. on and off install and
/// remove the per-user systemd timer that runs it, and keep the setting the window shows.
class RemindCommand
{
    Q_DECLARE_TR_FUNCTIONS(stilla::RemindCommand)

public:
    using DiaryOpener = std::function<std::unique_ptr<DiaryStore>(int& code)>;

    RemindCommand(QTextStream& out, QTextStream& err, QString settingsFile, QString dataDir,
        QDate today, DiaryOpener openDiary);

    /// @p arguments: the command's name ("stilla-cli remind") and what follows it.
    int run(const QStringList& arguments);

private:
    int remind(const QStringList& arguments);
    int turn(const QStringList& arguments, bool on);
    int notify(ReminderKind kind, const Reminder::Text& text);
    int usageError(const QString& message);
    int fail(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_settingsFile;
    QString m_dataDir;
    QDate m_today;
    DiaryOpener m_openDiary;
};

} // namespace stilla
