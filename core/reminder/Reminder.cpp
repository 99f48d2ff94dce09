#include "Reminder.h"

#include "core/Settings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace stilla {

QString Reminder::name(ReminderKind kind)
{
    return kind == ReminderKind::Morning ? QStringLiteral("morning") : QStringLiteral("evening");
}

std::optional<ReminderKind> Reminder::fromName(const QString& name)
{
    if (name == QLatin1String("evening"))
        return ReminderKind::Evening;
    if (name == QLatin1String("morning"))
        return ReminderKind::Morning;
    return std::nullopt;
}

bool Reminder::needed(ReminderKind kind, const std::optional<DayEntry>& day)
{
    if (!day)
        return true;
    if (kind == ReminderKind::Morning)
        return day->sleep.isEmpty();
    DayEntry withoutNight = *day;
    withoutNight.sleep = SleepRecord();
    return withoutNight.isEmpty();
}

Reminder::Text Reminder::text(ReminderKind kind)
{
    if (kind == ReminderKind::Morning)
        return {tr("Stilla: last night"),
            tr("Last night's sleep is not in the diary yet. Fill it in while you remember it.")};
    return {tr("Stilla: today's diary"),
        tr("Today is not in the diary yet. A minute now keeps the record whole.")};
}

bool Reminder::isOn(const Settings& settings, ReminderKind kind)
{
    return settings
        .value(kind == ReminderKind::Morning ? Settings::Key::ReminderMorning
                                             : Settings::Key::ReminderEvening)
        .toBool();
}

QTime Reminder::time(const Settings& settings, ReminderKind kind)
{
    const bool morning = kind == ReminderKind::Morning;
    const QTime time = QTime::fromString(settings
                                             .value(morning ? Settings::Key::ReminderMorningTime
                                                            : Settings::Key::ReminderEveningTime)
                                             .toString(),
        QStringLiteral("HH:mm"));
    return time.isValid() ? time : (morning ? QTime(8, 0) : QTime(21, 0));
}

void Reminder::store(Settings& settings, ReminderKind kind, bool on, const QTime& at)
{
    const bool morning = kind == ReminderKind::Morning;
    settings.setValue(
        morning ? Settings::Key::ReminderMorning : Settings::Key::ReminderEvening, on);
    settings.setValue(
        morning ? Settings::Key::ReminderMorningTime : Settings::Key::ReminderEveningTime,
        at.toString(QStringLiteral("HH:mm")));
}

ReminderInstaller::ReminderInstaller(
    QString configHome, QString cli, QString dataDir, Systemctl systemctl)
    : m_configHome(std::move(configHome))
    , m_cli(std::move(cli))
    , m_dataDir(std::move(dataDir))
    , m_systemctl(systemctl ? std::move(systemctl) : defaultSystemctl())
{ }

QString ReminderInstaller::defaultConfigHome()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

ReminderInstaller::Systemctl ReminderInstaller::defaultSystemctl()
{
    return [](const QStringList& arguments) -> Status {
        const QString program
            = qEnvironmentVariable("STILLA_SYSTEMCTL", QStringLiteral("systemctl"));
        QProcess process;
        process.start(program, QStringList {QStringLiteral("--user")} + arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
            return Error {tr("\"systemctl --user %1\" did not succeed%2.")
                              .arg(arguments.join(QLatin1Char(' ')),
                                  said.isEmpty() ? QString() : QStringLiteral(": ") + said)};
        }
        return {};
    };
}

QString ReminderInstaller::unitFolder() const
{
    return m_configHome + QStringLiteral("/systemd/user");
}

QString ReminderInstaller::unitName(ReminderKind kind)
{
    return QStringLiteral("stilla-remind-") + Reminder::name(kind);
}

bool ReminderInstaller::isInstalled(ReminderKind kind) const
{
    return QFile::exists(
        unitFolder() + QLatin1Char('/') + unitName(kind) + QStringLiteral(".timer"));
}

namespace {

/// A path as systemd reads it in ExecStart: in double quotes, with \ and " escaped.
QString quoted(const QString& path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Status writeText(const QString& path, const QString& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Error {ReminderInstaller::tr("Could not write %1: %2.")
                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace

Status ReminderInstaller::enable(ReminderKind kind, const QTime& at)
{
    if (!at.isValid())
        return Error {tr("The reminder needs a valid time of day.")};
    if (!QDir().mkpath(unitFolder()))
        return Error {tr("Could not create the folder %1 for the reminder.")
                          .arg(QDir::toNativeSeparators(unitFolder()))};
    const QString base = unitFolder() + QLatin1Char('/') + unitName(kind);
    const QString service = QStringLiteral(
        "# Written by Stilla when its %1 reminder was switched on; switching it off removes it.\n"
        "[Unit]\n"
        "Description=Stilla: remind me to fill in the diary (%1)\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        "ExecStart=%2 --data-dir %3 remind --%1 --if-not-logged\n")
                                .arg(Reminder::name(kind), quoted(m_cli), quoted(m_dataDir));
    const QString timer = QStringLiteral(
        "# Written by Stilla when its %1 reminder was switched on; switching it off removes it.\n"
        "[Unit]\n"
        "Description=Stilla: remind me to fill in the diary (%1)\n\n"
        "[Timer]\n"
        "OnCalendar=*-*-* %2:00\n"
        "AccuracySec=1min\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n")
                              .arg(Reminder::name(kind), at.toString(QStringLiteral("HH:mm")));
    Status done = writeText(base + QStringLiteral(".service"), service);
    if (done)
        done = writeText(base + QStringLiteral(".timer"), timer);
    if (done)
        done = m_systemctl({QStringLiteral("daemon-reload")});
    if (done)
        done = m_systemctl({QStringLiteral("enable"), QStringLiteral("--now"),
            unitName(kind) + QStringLiteral(".timer")});
    if (!done) {
        QFile::remove(base + QStringLiteral(".timer"));
        QFile::remove(base + QStringLiteral(".service"));
        return Error {tr("The reminder could not be switched on: %1 Reminders need a systemd "
                         "user session, which most Linux desktops have.")
                          .arg(done.errorMessage())};
    }
    return {};
}

Status ReminderInstaller::disable(ReminderKind kind)
{
    if (!isInstalled(kind))
        return {};
    const QString base = unitFolder() + QLatin1Char('/') + unitName(kind);
    // Stopped first; a timer systemd no longer knows is removed all the same.
    (void)m_systemctl({QStringLiteral("disable"), QStringLiteral("--now"),
        unitName(kind) + QStringLiteral(".timer")});
    if (!QFile::remove(base + QStringLiteral(".timer"))
        || (QFile::exists(base + QStringLiteral(".service"))
            && !QFile::remove(base + QStringLiteral(".service"))))
        return Error {tr("Could not remove the reminder's files from %1.")
                          .arg(QDir::toNativeSeparators(unitFolder()))};
    return m_systemctl({QStringLiteral("daemon-reload")});
}

} // namespace stilla
