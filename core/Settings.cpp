#include "Settings.h"

#include <QSettings>

#include <algorithm>
#include <utility>
#include <vector>

namespace stilla {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const std::vector<KeyInfo>& keyTable()
{
    static const std::vector<KeyInfo> table {
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::Appearance, "ui/appearance", QStringLiteral("system")},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::LastPage, "window/lastPage", QStringLiteral("guide")},
        {Settings::Key::GuideZoom, "guide/zoom", 0},
        {Settings::Key::GuideSection, "guide/section", QString()},
        {Settings::Key::GuideSplitter, "guide/splitter", QByteArray()},
        {Settings::Key::FoodsSplitter, "foods/splitter", QByteArray()},
        {Settings::Key::ProfileAgeGroup, "profile/ageGroup", QStringLiteral("unset")},
        {Settings::Key::ProfileSex, "profile/sex", QStringLiteral("unset")},
        {Settings::Key::ProfileConditions, "profile/conditions", QStringList()},
        {Settings::Key::ProfileConditionsRuledOut, "profile/conditionsRuledOut", QStringList()},
        {Settings::Key::ProfileMedications, "profile/medications", QStringList()},
        {Settings::Key::ProfileReference, "profile/reference", QStringLiteral("nordic_eu")},
        {Settings::Key::IntakeReference, "intake/reference", QStringLiteral("nordic")},
        {Settings::Key::IntakeTargetMg, "intake/targetMg", 0},
        {Settings::Key::FirstRunNoticeShown, "ui/firstRunNoticeShown", false},
        {Settings::Key::ReminderEvening, "reminder/evening", false},
        {Settings::Key::ReminderEveningTime, "reminder/eveningTime", QStringLiteral("21:00")},
        {Settings::Key::ReminderMorning, "reminder/morning", false},
        {Settings::Key::ReminderMorningTime, "reminder/morningTime", QStringLiteral("08:00")},
    };
    return table;
}

const KeyInfo& info(Settings::Key key)
{
    for (const auto& entry : keyTable()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(const QString& filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
    , m_notifier(std::make_unique<SettingsNotifier>())
{
    // The default, said out loud: sync() writes a new file with QSaveFile and renames it over
    // the old one, so the settings (and the profile in them) are never half written.
    m_settings->setAtomicSyncRequired(true);
}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const auto& entry = info(key);
    QVariant stored = m_settings->value(QLatin1String(entry.name), entry.defaultValue);
    // INI files store everything as text; hand back the type the default has.
    if (entry.defaultValue.isValid() && stored.metaType() != entry.defaultValue.metaType()
        && stored.canConvert(entry.defaultValue.metaType())) {
        stored.convert(entry.defaultValue.metaType());
    }
    return stored;
}

void Settings::setValue(Key key, const QVariant& value)
{
    const QLatin1String name(info(key).name);
    // The value it holds already: nothing to write. (QSettings would write the file again,
    // with its lock and two disk flushes, at the next turn of the event loop: the window
    // restores its last page at start-up, before its first paint.)
    if (m_settings->contains(name) && m_settings->value(name) == value)
        return;
    const QVariant before = this->value(key);
    m_settings->setValue(name, value);
    if (this->value(key) != before && !m_unannounced.contains(key))
        m_unannounced.append(key);
}

void Settings::reset(Key key)
{
    const QVariant before = value(key);
    m_settings->remove(QLatin1String(info(key).name));
    if (value(key) != before && !m_unannounced.contains(key))
        m_unannounced.append(key);
}

bool Settings::sync()
{
    m_settings->sync();
    const bool written = m_settings->status() == QSettings::NoError;
    // What could not be written is still changed for this run of the program: announce it
    // either way, so that what is shown follows what the settings hold.
    const QList<Key> changed = std::exchange(m_unannounced, {});
    if (!changed.isEmpty())
        m_notifier->announce(changed);
    return written;
}

bool Settings::isProfileKey(Key key)
{
    switch (key) {
    case Key::ProfileAgeGroup:
    case Key::ProfileSex:
    case Key::ProfileConditions:
    case Key::ProfileConditionsRuledOut:
    case Key::ProfileMedications:
    case Key::ProfileReference:
    case Key::IntakeReference:
    case Key::IntakeTargetMg:
        return true;
    default:
        return false;
    }
}

void SettingsNotifier::announce(const QList<Settings::Key>& keys)
{
    emit changed(keys);
    if (std::any_of(keys.begin(), keys.end(), &Settings::isProfileKey))
        emit profileChanged();
}

void Settings::takeDisplayPreferences(const Settings& own)
{
    for (const Key key : {Key::Language, Key::Appearance, Key::GuideZoom})
        setValue(key, own.value(key));
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

QString Settings::keyName(Key key)
{
    return QLatin1String(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

} // namespace stilla
