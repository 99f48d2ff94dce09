#pragma once

#include "Page.h"
#include "app/gui/Theme.h"
#include "core/reminder/Reminder.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimeEdit;

namespace stilla {
class ProfileEditor;
}

namespace stilla {

struct AppContext;

/// Preferences: language, appearance, the profile, the opt-in reminders, and where the data
/// lives.
class SettingsPage final : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(AppContext& context, QWidget* parent = nullptr);
    /// The page's name as the sidebar, the window title and the page header show it, in the
    /// current language; the sidebar shows it before the page is built.
    static QString pageTitle();

    /// Shows the current language and appearance (after a change made elsewhere).
    void syncFromContext();
    /// The first start's "fill in your profile": the profile in view with its first field
    /// focused, and above it what to do when done (a button on to today's diary).
    void startProfile();

signals:
    void languageRequested(const QString& code);
    void appearanceRequested(stilla::Appearance appearance);
    /// The person is done with the profile and goes on to today's diary.
    void diaryRequested();

protected:
    void retranslate() override;

private:
    void buildColumn();
    void buildReminders();
    /// Switches @p kind on or off (or moves it to the time shown) as its check box says.
    void applyReminder(ReminderKind kind);

    AppContext& m_context;
    QGroupBox* m_displayGroup;
    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;
    QLabel* m_appearanceLabel;
    QComboBox* m_appearanceCombo;
    QGroupBox* m_dataGroup;
    QLabel* m_dataDirLabel;
    QLineEdit* m_dataDirEdit;
    QPushButton* m_openDataDirButton;
    QLabel* m_privacyLabel;
    ProfileEditor* m_profileEditor;
    QWidget* m_profileWelcome;
    QLabel* m_profileWelcomeLabel;
    QPushButton* m_profileDoneButton;
    QScrollArea* m_scroll = nullptr;
    QGroupBox* m_reminderGroup = nullptr;
    QCheckBox* m_eveningCheck = nullptr;
    QTimeEdit* m_eveningTime = nullptr;
    QCheckBox* m_morningCheck = nullptr;
    QTimeEdit* m_morningTime = nullptr;
    QLabel* m_reminderNote = nullptr;
};

} // namespace stilla
