#pragma once

#include "Command.h"
#include "core/reminder/Reminder.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace stilla {
class DiaryStore;
} // namespace stilla

namespace stilla::cli {

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
class RemindCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::RemindCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("remind"); }
    static QString summary();
    int run(const QStringList& arguments) override;

private:
    int remind(const QStringList& arguments);
    int turn(const QStringList& arguments, bool on);
    int notify(ReminderKind kind, const Reminder::Text& text);
};

} // namespace stilla::cli
