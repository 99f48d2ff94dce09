#pragma once

#include "core/Result.h"
#include "core/diary/DayEntry.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTime>

#include <functional>
#include <optional>

namespace stilla {

class Settings;

/// The opt-in reminders: in the evening when the day is not logged yet, in the morning when
/// last night's sleep is not. docs/reminders.md.
enum class ReminderKind { Evening, Morning };

class Reminder
{
    Q_DECLARE_TR_FUNCTIONS(stilla::Reminder)

public:
    struct Text
    {
        QString title;
        QString body;
    };

    /// "evening", "morning".
    static QString name(ReminderKind kind);
    static std::optional<ReminderKind> fromName(const QString& name);

    /// Whether to remind about @p day (the stored day of the date, if any): in the evening when
    /// it has nothing but its night (or nothing at all), in the morning when it has no sleep.
    static bool needed(ReminderKind kind, const std::optional<DayEntry>& day);

    /// What the notification says, in the UI language. It never holds a value from the diary.
    static Text text(ReminderKind kind);

    /// The settings keys of @p kind: whether it is on, and its time.
    static bool isOn(const Settings& settings, ReminderKind kind);
    static QTime time(const Settings& settings, ReminderKind kind);
    /// Keeps whether @p kind is on, and its time, in @p settings.
    static void store(Settings& settings, ReminderKind kind, bool on, const QTime& at);
};

/// Switches a reminder on and off by installing, or removing, a per-user systemd timer that
/// runs `stilla-cli remind` at the chosen time (~/.config/systemd/user/stilla-remind-evening
/// .timer and .service). Nothing runs between reminders; switching off removes both files.
class ReminderInstaller
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ReminderInstaller)

public:
    /// Runs `systemctl --user ARGS...`; an error says what went wrong.
    using Systemctl = std::function<Status(const QStringList& arguments)>;

    /// @p configHome: where systemd/user/ is (XDG_CONFIG_HOME); @p cli: the stilla-cli to run;
    /// @p dataDir: the data folder it is to read. @p systemctl: the default runs the program
    /// named by STILLA_SYSTEMCTL, or systemctl.
    ReminderInstaller(QString configHome, QString cli, QString dataDir, Systemctl systemctl = {});

    static QString defaultConfigHome();
    static Systemctl defaultSystemctl();

    /// Installs and starts the timer for @p kind at @p at (replacing one already there). On
    /// failure nothing stays installed and the message says why (most often: no systemd user
    /// session).
    Status enable(ReminderKind kind, const QTime& at);
    /// Stops and removes the timer; succeeds when there was none.
    Status disable(ReminderKind kind);
    bool isInstalled(ReminderKind kind) const;

    QString unitFolder() const;
    static QString unitName(ReminderKind kind); ///< "stilla-remind-evening"

private:
    QString m_configHome;
    QString m_cli;
    QString m_dataDir;
    Systemctl m_systemctl;
};

} // namespace stilla
