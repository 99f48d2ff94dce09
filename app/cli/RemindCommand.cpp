#include "RemindCommand.h"

#include "CliOptions.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/io/FieldText.h"

#include <QCommandLineParser>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

namespace stilla::cli {

namespace {

constexpr char kService[] = "org.freedesktop.Notifications";
constexpr char kPath[] = "/org/freedesktop/Notifications";
constexpr int kWaitForClickMs = 15 * 60 * 1000;

/// Waits for the notification @p id to be clicked or closed.
class NotificationWatch : public QObject
{
    Q_OBJECT

public:
    NotificationWatch(uint id, QEventLoop& loop)
        : m_id(id)
        , m_loop(loop)
    { }
    bool clicked = false;

public slots:
    void actionInvoked(uint id, const QString& key)
    {
        if (id != m_id)
            return;
        clicked = key == QLatin1String("default");
        m_loop.quit();
    }
    void closed(uint id, uint)
    {
        if (id == m_id)
            m_loop.quit();
    }

private:
    uint m_id;
    QEventLoop& m_loop;
};

} // namespace

QString RemindCommand::summary()
{
    return tr("Remind you to fill in the diary with a desktop notification; remind on and off "
              "switch the daily reminder on and off.");
}

int RemindCommand::run(const QStringList& arguments)
{
    const QString action = arguments.size() > 1 ? arguments.at(1) : QString();
    if (action == QLatin1String("on") || action == QLatin1String("off")) {
        QStringList rest = arguments.mid(1);
        rest.first() = arguments.constFirst() + u' ' + action;
        return turn(rest, action == QLatin1String("on"));
    }
    return remind(arguments);
}

namespace {

QCommandLineOption morningOption()
{
    return QCommandLineOption(QStringLiteral("morning"),
        RemindCommand::tr("The morning reminder: about last night's sleep (default: the evening "
                          "one, about the day)."));
}

QCommandLineOption eveningOption()
{
    return QCommandLineOption(
        QStringLiteral("evening"), RemindCommand::tr("The evening reminder (the default)."));
}

} // namespace

int RemindCommand::remind(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show a desktop notification that reminds you to fill in the diary. It never shows "
           "what the diary holds. stilla-cli remind on and off switch the daily reminder on and "
           "off."));
    const QCommandLineOption morning = morningOption();
    const QCommandLineOption evening = eveningOption();
    const QCommandLineOption dateOption(QStringLiteral("date"),
        tr("The day to remind about, as YYYY-MM-DD (default today; in the morning, today holds "
           "the night that ended this morning)."),
        QStringLiteral("date"));
    const QCommandLineOption ifNotLogged(QStringLiteral("if-not-logged"),
        tr("Remind only when the day (in the morning: last night) is not in the diary yet."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), tr("Print what the notification would say; show nothing."));
    parser.addOptions({morning, evening, dateOption, ifNotLogged, dryRun});
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("remind takes no arguments, only options (or: on, off)."));
    const ReminderKind kind = parser.isSet(morning) ? ReminderKind::Morning : ReminderKind::Evening;
    QDate date = m_context.clock().today();
    if (parser.isSet(dateOption)) {
        const Result<QDate> parsed = FieldText::parseDate(parser.value(dateOption));
        if (!parsed)
            return usageError(parsed.errorMessage());
        date = parsed.value();
    }
    if (parser.isSet(ifNotLogged)) {
        int code = 1;
        const std::unique_ptr<DiaryStore> store = m_context.openDiary(cli::Access::Read, code);
        if (!store)
            return code;
        const Result<std::optional<DayEntry>> day = store->day(date);
        if (!day)
            return fail(day.errorMessage());
        if (!Reminder::needed(kind, day.value())) {
            m_out << (kind == ReminderKind::Morning
                    ? tr("Last night is in the diary already: no reminder.")
                    : tr("%1 is in the diary already: no reminder.")
                          .arg(date.toString(Qt::ISODate)))
                  << '\n';
            return 0;
        }
    }
    const Reminder::Text text = Reminder::text(kind);
    if (parser.isSet(dryRun)) {
        m_out << tr("Would show: %1 — %2").arg(text.title, text.body) << '\n';
        return 0;
    }
    return notify(kind, text);
}

int RemindCommand::notify(ReminderKind kind, const Reminder::Text& text)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return fail(tr("There is no desktop session bus, so no notification can be shown (%1).")
                        .arg(bus.lastError().message()));
    const QString service = QLatin1String(kService);
    const QString path = QLatin1String(kPath);
    QDBusInterface notifications(service, path, service, bus);
    const QDBusReply<QStringList> capabilities
        = notifications.call(QStringLiteral("GetCapabilities"));
    const bool actions
        = capabilities.isValid() && capabilities.value().contains(QStringLiteral("actions"));
    QVariantMap hints {{QStringLiteral("desktop-entry"), QStringLiteral("org.stilla.Stilla")},
        {QStringLiteral("category"), QStringLiteral("reminder")}};
    const QDBusReply<uint> id
        = notifications.call(QStringLiteral("Notify"), QStringLiteral("Stilla"), uint(0),
            QStringLiteral("org.stilla.Stilla"), text.title, text.body,
            actions ? QStringList {QStringLiteral("default"), tr("Open Stilla")} : QStringList(),
            hints, int(-1));
    if (!id.isValid())
        return fail(tr("The notification could not be shown: %1").arg(id.error().message()));
    m_out << (kind == ReminderKind::Morning ? tr("Showed the morning reminder.")
                                            : tr("Showed the evening reminder."))
          << '\n';
    if (!actions)
        return 0;
    // Wait for a click (or the notification to close), at most kWaitForClickMs.
    QEventLoop loop;
    NotificationWatch watch(id.value(), loop);
    bus.connect(service, path, service, QStringLiteral("ActionInvoked"), &watch,
        SLOT(actionInvoked(uint, QString)));
    bus.connect(service, path, service, QStringLiteral("NotificationClosed"), &watch,
        SLOT(closed(uint, uint)));
    QTimer::singleShot(kWaitForClickMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (watch.clicked) {
        const QString stilla = QCoreApplication::applicationDirPath() + QStringLiteral("/stilla");
        QProcess::startDetached(stilla,
            {QStringLiteral("--page"), QStringLiteral("diary"), QStringLiteral("--data-dir"),
                m_context.dataDir()});
    }
    return 0;
}

int RemindCommand::turn(const QStringList& arguments, bool on)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(on
            ? tr("Switch a daily reminder on: a per-user systemd timer runs stilla-cli remind "
                 "--if-not-logged at the time chosen. Nothing else runs between reminders.")
            : tr("Switch a daily reminder off: its systemd timer is stopped and removed."));
    const QCommandLineOption morning = morningOption();
    const QCommandLineOption evening = eveningOption();
    const QCommandLineOption atOption(QStringLiteral("at"),
        tr("The time, as HH:MM (default 21:00 in the evening, 08:00 in the morning)."),
        QStringLiteral("time"));
    parser.addOptions({morning, evening});
    if (on)
        parser.addOption(atOption);
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    const ReminderKind kind = parser.isSet(morning) ? ReminderKind::Morning : ReminderKind::Evening;
    Settings settings(m_context.settingsFile());
    QTime at = Reminder::time(settings, kind);
    if (on && parser.isSet(atOption)) {
        const Result<QTime> parsed = FieldText::parseTime(parser.value(atOption));
        if (!parsed)
            return usageError(parsed.errorMessage());
        at = parsed.value();
    }
    ReminderInstaller installer(ReminderInstaller::defaultConfigHome(),
        QCoreApplication::applicationFilePath(), m_context.dataDir());
    const Status done = on ? installer.enable(kind, at) : installer.disable(kind);
    if (!done)
        return fail(done.errorMessage());
    Reminder::store(settings, kind, on, at);
    if (!settings.sync())
        return fail(tr("The reminder was changed, but the settings file %1 could not be written, "
                       "so the window may not show it.")
                        .arg(QDir::toNativeSeparators(m_context.settingsFile())));
    const bool morningKind = kind == ReminderKind::Morning;
    const QString time = at.toString(QStringLiteral("HH:mm"));
    if (on)
        m_out << (morningKind ? tr("The morning reminder is on at %1; stilla-cli remind off "
                                   "--morning switches it off.")
                              : tr("The evening reminder is on at %1; stilla-cli remind off "
                                   "switches it off."))
                     .arg(time)
              << '\n';
    else
        m_out << (morningKind ? tr("The morning reminder is off.")
                              : tr("The evening reminder is off."))
              << '\n';
    return 0;
}

} // namespace stilla::cli

#include "RemindCommand.moc"
