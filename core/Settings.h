#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace stilla {

class SettingsNotifier;

/// The app's preferences, typed: every key is an enum value with one default in one table
/// (Settings.cpp), instead of string keys scattered over the code. Backed by an INI file
/// that QSettings writes atomically. Tests use a file in a temporary folder.
///
/// Changes are announced on notifier() when they are written: sync() tells which keys changed
/// value since the last sync, so a profile saved as seven keys is one announcement.
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
        GuideSplitter, ///< QByteArray from QSplitter::saveState: contents beside the text
        FoodsSplitter, ///< QByteArray from QSplitter::saveState: the foods found beside one
        // The personal profile (core/safety/ProfileStore); names as in core/safety/Profile.h.
        ProfileAgeGroup, ///< "unset", "child", "adolescent" or "adult"
        ProfileSex, ///< "unset", "female" or "male"
        ProfileConditions, ///< QStringList of condition names
        ProfileConditionsRuledOut, ///< QStringList of conditions the person does not have
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
    /// True for the keys of the personal profile and of the daily intake target: what the
    /// safety rules and the targets read.
    static bool isProfileKey(Key key);
    /// Takes the language, the appearance and the guide's zoom from @p own: a demo diary, whose
    /// settings live in a temporary folder, is shown as the person chose to see Stilla.
    void takeDisplayPreferences(const Settings& own);

    /// Where the changes written by sync() are announced (the GUI listens; one per Settings).
    SettingsNotifier& notifier() { return *m_notifier; }

private:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SettingsNotifier> m_notifier;
    QList<Key> m_unannounced;
};

/// Announces written changes of the Settings that own it, as DiaryNotifier does for the diary.
/// Only Settings::sync() emits.
class SettingsNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    /// @p keys changed value and were written to the file.
    void changed(const QList<stilla::Settings::Key>& keys);
    /// The personal profile or the intake target changed (Settings::isProfileKey): findings
    /// and targets computed from them are out of date.
    void profileChanged();

private:
    friend class Settings;
    void announce(const QList<Settings::Key>& keys);
};

} // namespace stilla
