#pragma once

#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace stilla {

/// The app's preferences, typed: every key is an enum value with one default in one table
/// (Settings.cpp), instead of string keys scattered over the code. Backed by an INI file
/// that QSettings writes atomically. Tests use a file in a temporary folder.
class Settings
{
public:
    enum class Key {
        Language, ///< "sv" or "en"; empty until chosen (then the system locale decides)
        Appearance, ///< "system", "light" or "dark"
        WindowGeometry, ///< QByteArray from QWidget::saveGeometry
        WindowState, ///< QByteArray from QMainWindow::saveState
        LastPage, ///< "guide", "diary", "foods", "charts" or "settings"
        GuideZoom, ///< reader zoom steps relative to the default size
        GuideSection, ///< id of the last section read in the guide
        // The personal profile (core/safety/ProfileStore); names as in core/safety/Profile.h.
        ProfileAgeGroup, ///< "unset", "child", "adolescent" or "adult"
        ProfileSex, ///< "unset", "female" or "male"
        ProfileConditions, ///< QStringList of condition names
        ProfileMedications, ///< QStringList of medication class names
        ProfileReference, ///< supplement ceiling followed: "nordic_eu" or "us"
        IntakeReference, ///< daily intake target: "nordic" (NNR 2023) or "us" (US RDA)
        IntakeTargetMg, ///< the user's own daily target in mg; 0 = from the reference
        FirstRunNoticeShown, ///< the "Stilla informs, it does not prescribe" notice was shown
        // Reminders (core/reminder): off until switched on; times as "HH:mm".
        ReminderEvening, ///< bool: remind in the evening when the day is not logged
        ReminderEveningTime, ///< "21:00"
        ReminderMorning, ///< bool: remind in the morning when last night is not logged
        ReminderMorningTime, ///< "08:00"
    };

    explicit Settings(const QString& filePath);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    /// Writes pending changes to disk; false when the file could not be written.
    bool sync();

    QString filePath() const;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace stilla
