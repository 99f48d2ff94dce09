#include "ProfileStore.h"

#include "core/Settings.h"

namespace stilla {

namespace {

QStringList listValue(const Settings& settings, Settings::Key key)
{
    QStringList names = settings.value(key).toStringList();
    for (QString& name : names)
        name = name.trimmed();
    names.removeAll(QString());
    return names;
}

} // namespace

ProfileStore::ProfileStore(Settings& settings)
    : m_settings(settings)
{ }

Profile ProfileStore::load() const
{
    Profile profile;
    const QString ageGroup = m_settings.value(Settings::Key::ProfileAgeGroup).toString();
    if (const auto value = ageGroupFromName(ageGroup))
        profile.ageGroup = *value;
    else
        qCWarning(lcSafety) << "Ignoring an unknown profile age group in the settings file";

    if (const auto value = sexFromName(m_settings.value(Settings::Key::ProfileSex).toString()))
        profile.sex = *value;
    else
        qCWarning(lcSafety) << "Ignoring an unknown profile sex in the settings file";

    const QString reference = m_settings.value(Settings::Key::ProfileReference).toString();
    if (const auto value = supplementReferenceFromName(reference))
        profile.reference = *value;
    else
        qCWarning(lcSafety) << "Ignoring an unknown supplement reference in the settings file";

    for (const auto& [key, flags] :
        {std::pair {Settings::Key::ProfileConditions, &profile.conditions},
            std::pair {Settings::Key::ProfileConditionsRuledOut, &profile.conditionsRuledOut}}) {
        for (const QString& name : listValue(m_settings, key)) {
            if (const auto condition = conditionFromName(name))
                *flags |= unsigned(*condition);
            else
                qCWarning(lcSafety) << "Ignoring an unknown profile condition in the settings file";
        }
    }
    // A condition both had and ruled out (a file edited by hand) counts as had: the safer one.
    profile.conditionsRuledOut &= ~profile.conditions;

    std::vector<MedicationClass> medications;
    for (const QString& name : listValue(m_settings, Settings::Key::ProfileMedications)) {
        if (const auto medication = medicationClassFromName(name))
            medications.push_back(*medication);
        else
            qCWarning(lcSafety) << "Ignoring an unknown profile medication in the settings file";
    }
    profile.medications = normalizedMedications(std::move(medications));
    return profile;
}

void ProfileStore::save(const Profile& profile)
{
    m_settings.setValue(Settings::Key::ProfileAgeGroup, toName(profile.ageGroup));
    m_settings.setValue(Settings::Key::ProfileSex, toName(profile.sex));
    m_settings.setValue(Settings::Key::ProfileConditions, conditionNames(profile.conditions));
    m_settings.setValue(Settings::Key::ProfileConditionsRuledOut,
        conditionNames(profile.conditionsRuledOut & ~profile.conditions));
    m_settings.setValue(Settings::Key::ProfileMedications,
        medicationNames(normalizedMedications(profile.medications)));
    m_settings.setValue(Settings::Key::ProfileReference, toName(profile.reference));
    if (!m_settings.sync())
        qCWarning(lcSafety) << "The profile could not be written to the settings file";
}

} // namespace stilla
