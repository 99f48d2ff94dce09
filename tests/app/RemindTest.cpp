// The opt-in reminders, run as a person's timer runs them: the real stilla-cli in a throw-away
// home, talking to a private D-Bus session (dbus-daemon) on which this test is the
// notification server, and switching its systemd timer on and off through a stand-in for
// systemctl (STILLA_SYSTEMCTL) that records what it was asked.
#include "core/diary/DiaryStore.h"
#include "core/reminder/Reminder.h"
#include "tests/PrivateSessionBus.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QVariantMap>

#include <gtest/gtest.h>

namespace stilla {

/// The freedesktop Notifications service, as far as stilla-cli remind uses it.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName, icon, summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    std::vector<Call> calls;

public slots:
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
    uint Notify(const QString& appName, uint, const QString& icon, const QString& summary,
        const QString& body, const QStringList& actions, const QVariantMap& hints, int)
    {
        calls.push_back({appName, icon, summary, body, actions, hints});
        return uint(calls.size());
    }
};

namespace {

constexpr int kTimeoutMs = 60000;

class RemindTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        m_log = m_dir.filePath(QStringLiteral("systemctl.log"));
    }

    QProcessEnvironment environment(const QString& busAddress, bool systemctlFails = false) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(
            QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("share")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        environment.remove(QStringLiteral("STILLA_DATA_DIR"));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            busAddress.isEmpty() ? QStringLiteral("unix:path=/nonexistent") : busAddress);
        const QString script = m_dir.filePath(QStringLiteral("systemctl"));
        QFile file(script);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\necho \"$@\" >> \"" + m_log.toUtf8() + "\"\n"
            + (systemctlFails ? "echo 'Failed to connect to bus' >&2\nexit 1\n" : "exit 0\n"));
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(QStringLiteral("STILLA_SYSTEMCTL"), script);
        return environment;
    }

    /// Runs stilla-cli on the test's data folder, the event loop running meanwhile (this test
    /// answers its D-Bus calls).
    int cli(const QStringList& arguments, const QProcessEnvironment& environment,
        QString* out = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(STILLA_CLI_BINARY),
            QStringList {QStringLiteral("--data-dir"), m_data} + arguments);
        EXPECT_TRUE(process.waitForStarted(kTimeoutMs));
        EXPECT_TRUE(QTest::qWaitFor(
            [&process] { return process.state() == QProcess::NotRunning; }, kTimeoutMs));
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput());
        const QByteArray err = process.readAllStandardError();
        if (process.exitCode() != 0)
            ADD_FAILURE() << "stilla-cli " << arguments.join(u' ').toStdString() << ": "
                          << err.toStdString();
        return process.exitCode();
    }

    QString read(const QString& path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QTemporaryDir m_dir;
    QString m_data;
    QString m_log;
    test::PrivateSessionBus m_bus;
};

TEST_F(RemindTest, ANotificationIsSentOnlyWhenTheDayIsNotLoggedAndHoldsNoDiaryValues)
{
    const QString address = m_bus.start(kTimeoutMs);
    ASSERT_FALSE(address.isEmpty()) << "dbus-daemon did not start";
    QDBusConnection bus = QDBusConnection::connectToBus(address, QStringLiteral("remind-test"));
    ASSERT_TRUE(bus.isConnected());
    FakeNotifications server;
    ASSERT_TRUE(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
        QDBusConnection::ExportAllSlots));
    ASSERT_TRUE(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));

    // A diary with 30 November only: the evening reminder is due for 1 December. (Fixed dates:
    // a run across midnight must not change the answer.)
    const QDate logged(2026, 11, 30);
    const QString next = QStringLiteral("2026-12-01");
    {
        QDir().mkpath(m_data);
        auto opened = DiaryStore::open(m_data + QStringLiteral("/diary.sqlite"));
        ASSERT_TRUE(opened.store);
        DayEntry yesterday;
        yesterday.date = logged;
        yesterday.symptoms.severity = 7;
        yesterday.notes = QStringLiteral("private words");
        ASSERT_TRUE(opened.store->save(yesterday).ok());
    }
    const QProcessEnvironment env = environment(address);
    ASSERT_EQ(cli({QStringLiteral("remind"), QStringLiteral("--if-not-logged"),
                      QStringLiteral("--date"), next},
                  env),
        0);
    ASSERT_EQ(server.calls.size(), 1u);
    const FakeNotifications::Call& call = server.calls.front();
    EXPECT_EQ(call.appName, QStringLiteral("Stilla"));
    EXPECT_EQ(call.icon, QStringLiteral("org.stilla.Stilla"));
    EXPECT_EQ(call.summary, Reminder::text(ReminderKind::Evening).title);
    EXPECT_EQ(call.body, Reminder::text(ReminderKind::Evening).body);
    EXPECT_FALSE(
        call.body.contains(QStringLiteral("7")) || call.body.contains(QStringLiteral("private")));
    EXPECT_TRUE(call.actions.isEmpty()) << "this server offers no actions";
    EXPECT_EQ(call.hints.value(QStringLiteral("desktop-entry")).toString(),
        QStringLiteral("org.stilla.Stilla"));

    // 30 November is logged: asking about it shows nothing.
    QString out;
    ASSERT_EQ(cli({QStringLiteral("remind"), QStringLiteral("--if-not-logged"),
                      QStringLiteral("--date"), logged.toString(Qt::ISODate)},
                  env, &out),
        0);
    EXPECT_EQ(server.calls.size(), 1u) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("no reminder")));
    // The morning one: the night before 30 November is not in the diary.
    ASSERT_EQ(cli({QStringLiteral("remind"), QStringLiteral("--morning"),
                      QStringLiteral("--if-not-logged"), QStringLiteral("--date"),
                      logged.toString(Qt::ISODate)},
                  env),
        0);
    ASSERT_EQ(server.calls.size(), 2u);
    EXPECT_EQ(server.calls.back().summary, Reminder::text(ReminderKind::Morning).title);
    // --dry-run prints and sends nothing.
    ASSERT_EQ(cli({QStringLiteral("remind"), QStringLiteral("--dry-run")}, env, &out), 0);
    EXPECT_EQ(server.calls.size(), 2u);
    EXPECT_TRUE(out.startsWith(QStringLiteral("Would show: "))) << out.toStdString();
    QDBusConnection::disconnectFromBus(QStringLiteral("remind-test"));
}

TEST_F(RemindTest, OnInstallsATimerAndOffRemovesIt)
{
    const QProcessEnvironment env = environment(QString());
    QString out;
    ASSERT_EQ(cli({QStringLiteral("remind"), QStringLiteral("on"), QStringLiteral("--at"),
                      QStringLiteral("20:30")},
                  env, &out),
        0);
    const QString units = m_dir.filePath(QStringLiteral("config/systemd/user/"));
    const QString timer = read(units + QStringLiteral("stilla-remind-evening.timer"));
    const QString service = read(units + QStringLiteral("stilla-remind-evening.service"));
    EXPECT_TRUE(timer.contains(QStringLiteral("OnCalendar=*-*-* 20:30:00"))) << timer.toStdString();
    EXPECT_TRUE(service.contains(QStringLiteral("remind --evening --if-not-logged")))
        << service.toStdString();
    EXPECT_TRUE(service.contains(QStringLiteral("--data-dir \"") + m_data + QLatin1Char('"')));
    EXPECT_EQ(read(m_log),
        QStringLiteral("--user daemon-reload\n--user enable --now stilla-remind-evening.timer\n"));
    const QString settings
        = read(m_dir.filePath(QStringLiteral("config/org.stilla.Stilla/stilla.conf")));
    EXPECT_TRUE(settings.contains(QStringLiteral("evening=true"))) << settings.toStdString();
    EXPECT_TRUE(settings.contains(QStringLiteral("eveningTime=20:30")));

    ASSERT_EQ(cli({QStringLiteral("remind"), QStringLiteral("off")}, env), 0);
    EXPECT_FALSE(QFile::exists(units + QStringLiteral("stilla-remind-evening.timer")));
    EXPECT_FALSE(QFile::exists(units + QStringLiteral("stilla-remind-evening.service")));
    EXPECT_TRUE(read(m_log).contains(QStringLiteral(
        "--user disable --now stilla-remind-evening.timer\n--user daemon-reload\n")));
    EXPECT_TRUE(read(m_dir.filePath(QStringLiteral("config/org.stilla.Stilla/stilla.conf")))
                    .contains(QStringLiteral("evening=false")));
}

TEST_F(RemindTest, WithoutASystemdUserSessionNothingStaysInstalled)
{
    QProcess process;
    process.setProcessEnvironment(environment(QString(), true));
    process.start(QStringLiteral(STILLA_CLI_BINARY),
        {QStringLiteral("--data-dir"), m_data, QStringLiteral("remind"), QStringLiteral("on"),
            QStringLiteral("--morning")});
    ASSERT_TRUE(process.waitForFinished(kTimeoutMs));
    EXPECT_EQ(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("systemd user session"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("Failed to connect to bus")));
    EXPECT_FALSE(QFile::exists(
        m_dir.filePath(QStringLiteral("config/systemd/user/stilla-remind-morning.timer"))));
}

TEST(ReminderTest, NeededWhenTheDayOrLastNightIsMissing)
{
    EXPECT_TRUE(Reminder::needed(ReminderKind::Evening, std::nullopt));
    DayEntry onlyNight;
    onlyNight.date = QDate(2026, 12, 3);
    onlyNight.sleep.quality = 4;
    EXPECT_TRUE(Reminder::needed(ReminderKind::Evening, onlyNight)) << "the night is the morning's";
    EXPECT_FALSE(Reminder::needed(ReminderKind::Morning, onlyNight));
    DayEntry logged = onlyNight;
    logged.symptoms.severity = 3;
    EXPECT_FALSE(Reminder::needed(ReminderKind::Evening, logged));
    logged.sleep = SleepRecord();
    EXPECT_TRUE(Reminder::needed(ReminderKind::Morning, logged));
}

} // namespace
} // namespace stilla

#include "RemindTest.moc"
