// The reminders in Settings: switched on and off with the keyboard, the timer's files written
// and removed (systemctl stood in for), the time moved, and a failure shown with the box left
// as what is installed.
#include "AppFixture.h"
#include "app/gui/pages/SettingsPage.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QTimeEdit>

namespace stilla {
namespace {

class ReminderSettingsTest : public test::AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        m_context->reminderConfigHome = m_dir.filePath(QStringLiteral("config"));
        m_context->systemctl = [this](const QStringList& arguments) -> Status {
            m_calls << arguments.join(u' ');
            if (m_fail)
                return Error {QStringLiteral("Failed to connect to bus")};
            return {};
        };
    }
    QString timer(const char* kind) const
    {
        QFile file(m_dir.filePath(
            QStringLiteral("config/systemd/user/stilla-remind-%1.timer").arg(QLatin1String(kind))));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    QStringList m_calls;
    bool m_fail = false;
};

TEST_F(ReminderSettingsTest, SwitchedOnMovedAndOffFromTheKeyboard)
{
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Settings);
    auto* evening = window.findChild<QCheckBox*>(QStringLiteral("eveningReminderCheck"));
    auto* time = window.findChild<QTimeEdit*>(QStringLiteral("eveningReminderTime"));
    auto* note = window.findChild<QLabel*>(QStringLiteral("reminderNoteLabel"));
    ASSERT_TRUE(evening && time && note);
    EXPECT_FALSE(evening->isChecked()) << "off until switched on";
    EXPECT_EQ(time->time(), QTime(21, 0));
    EXPECT_TRUE(timer("evening").isEmpty());

    evening->setFocus();
    QTest::keyClick(evening, Qt::Key_Space);
    EXPECT_TRUE(evening->isChecked());
    EXPECT_TRUE(timer("evening").contains(QStringLiteral("OnCalendar=*-*-* 21:00:00")));
    EXPECT_EQ(m_calls,
        (QStringList {QStringLiteral("daemon-reload"),
            QStringLiteral("enable --now stilla-remind-evening.timer")}));
    EXPECT_TRUE(m_settings->value(Settings::Key::ReminderEvening).toBool());
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("On:"))) << note->text().toStdString();

    // A new time, typed: the timer moves.
    time->setFocus();
    time->setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(time, QStringLiteral("2030"));
    QTest::keyClick(time, Qt::Key_Return);
    EXPECT_EQ(time->time(), QTime(20, 30)) << time->text().toStdString();
    EXPECT_TRUE(timer("evening").contains(QStringLiteral("OnCalendar=*-*-* 20:30:00")))
        << timer("evening").toStdString();
    EXPECT_EQ(
        m_settings->value(Settings::Key::ReminderEveningTime).toString(), QStringLiteral("20:30"));

    evening->setFocus();
    QTest::keyClick(evening, Qt::Key_Space);
    EXPECT_FALSE(evening->isChecked());
    EXPECT_TRUE(timer("evening").isEmpty());
    EXPECT_EQ(m_calls.back(), QStringLiteral("daemon-reload"));
    EXPECT_FALSE(m_settings->value(Settings::Key::ReminderEvening).toBool());
}

TEST_F(ReminderSettingsTest, WithoutSystemdTheBoxStaysOffAndSaysWhy)
{
    m_fail = true;
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Settings);
    auto* morning = window.findChild<QCheckBox*>(QStringLiteral("morningReminderCheck"));
    auto* note = window.findChild<QLabel*>(QStringLiteral("reminderNoteLabel"));
    ASSERT_TRUE(morning && note);
    QTest::mouseClick(morning, Qt::LeftButton, {}, QPoint(5, morning->height() / 2));
    EXPECT_FALSE(morning->isChecked()) << "what is installed is what the box shows";
    EXPECT_TRUE(note->text().contains(QStringLiteral("systemd user session")))
        << note->text().toStdString();
    EXPECT_TRUE(timer("morning").isEmpty());
    EXPECT_FALSE(m_settings->value(Settings::Key::ReminderMorning).toBool());
}

} // namespace
} // namespace stilla
