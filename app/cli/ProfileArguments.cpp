#include "ProfileArguments.h"

#include "core/safety/SafetyFacts.h"

#include <QJsonArray>

namespace stilla {

namespace {

const QString kNone = QStringLiteral("none");

template<typename Enum> QStringList namesOf(const std::vector<Enum>& values)
{
    QStringList names;
    for (Enum value : values)
        names << toName(value);
    return names;
}

QString joined(const QStringList& names)
{
    return names.isEmpty() ? kNone : names.join(QStringLiteral(", "));
}

} // namespace

Result<Profile> ProfileArguments::apply(const Profile& profile, const QStringList& assignments)
{
    Profile result = profile;
    QStringList errors;
    const auto badValue
        = [&errors](const QString& key, const QString& value, const QStringList& allowed) {
              errors << tr("%1: unknown value \"%2\"; use one of: %3.")
                            .arg(key, value, allowed.join(QStringLiteral(", ")));
          };

    for (const QString& assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            errors << tr("\"%1\" is not KEY=VALUE.").arg(assignment);
            continue;
        }
        const QString key = assignment.left(equals).trimmed();
        const QString value = assignment.mid(equals + 1).trimmed();
        if (value.isEmpty()) {
            errors << tr("%1: needs a value (for a list, none clears it).").arg(key);
            continue;
        }
        if (key == QLatin1String("age_group")) {
            if (const auto ageGroup = ageGroupFromName(value))
                result.ageGroup = *ageGroup;
            else
                badValue(key, value, namesOf(allAgeGroups()));
        } else if (key == QLatin1String("sex")) {
            if (const auto sex = sexFromName(value))
                result.sex = *sex;
            else
                badValue(key, value, namesOf(allSexes()));
        } else if (key == QLatin1String("reference")) {
            if (const auto reference = supplementReferenceFromName(value))
                result.reference = *reference;
            else
                badValue(key, value, namesOf(allSupplementReferences()));
        } else if (key == QLatin1String("conditions") || key == QLatin1String("medications")) {
            const bool conditions = key == QLatin1String("conditions");
            const QStringList allowed
                = (conditions ? namesOf(allConditions()) : namesOf(allMedicationClasses()))
                << kNone;
            unsigned flags = 0;
            std::vector<MedicationClass> medications;
            QStringList names = value.split(QLatin1Char(','));
            for (QString& name : names)
                name = name.trimmed();
            for (const QString& name : names) {
                if (name == kNone) {
                    if (names.size() > 1)
                        errors << tr("%1: none cannot be combined with other names.").arg(key);
                    continue;
                }
                if (conditions) {
                    if (const auto condition = conditionFromName(name))
                        flags |= unsigned(*condition);
                    else
                        badValue(key, name, allowed);
                } else {
                    if (const auto medication = medicationClassFromName(name))
                        medications.push_back(*medication);
                    else
                        badValue(key, name, allowed);
                }
            }
            if (conditions)
                result.conditions = flags;
            else
                result.medications = normalizedMedications(std::move(medications));
        } else {
            errors << tr("Unknown key \"%1\"; the keys are age_group, sex, conditions, "
                         "medications and reference.")
                          .arg(key);
        }
    }
    if (!errors.isEmpty())
        return Error {errors.join(QLatin1Char('\n'))};
    return result;
}

QString ProfileArguments::toText(const Profile& profile)
{
    const double ceiling = SafetyFacts::referenceCeilingMg(profile.reference);
    return QStringLiteral("age_group:   %1\n"
                          "sex:         %2\n"
                          "conditions:  %3\n"
                          "medications: %4\n"
                          "reference:   %5 (%6)\n")
        .arg(toName(profile.ageGroup), toName(profile.sex),
            joined(conditionNames(profile.conditions)),
            joined(medicationNames(profile.medications)), toName(profile.reference),
            tr("at most %1\u00A0mg a day from supplements, set by %2")
                .arg(ceiling)
                .arg(SafetyFacts::referenceAuthority(profile.reference)));
}

QJsonObject ProfileArguments::toJson(const Profile& profile)
{
    return {
        {QStringLiteral("age_group"), toName(profile.ageGroup)},
        {QStringLiteral("sex"), toName(profile.sex)},
        {QStringLiteral("conditions"),
            QJsonArray::fromStringList(conditionNames(profile.conditions))},
        {QStringLiteral("medications"),
            QJsonArray::fromStringList(medicationNames(profile.medications))},
        {QStringLiteral("reference"), toName(profile.reference)},
    };
}

QString ProfileArguments::keysHelp()
{
    return tr("Keys and values:\n"
              "  age_group=%1\n"
              "      Stilla gives no doses for children.\n"
              "  sex=%2\n"
              "  conditions=NAME,...\n"
              "      one or more of: %3; or none\n"
              "  medications=NAME,...\n"
              "      medicines you take regularly: %4; or none\n"
              "  reference=%5\n"
              "      the upper limit for supplements you follow: nordic_eu (250\u00A0mg a day, the "
              "default) or us (350\u00A0mg a day)\n")
        .arg(namesOf(allAgeGroups()).join(QLatin1Char('|')),
            namesOf(allSexes()).join(QLatin1Char('|')),
            namesOf(allConditions()).join(QStringLiteral(", ")),
            namesOf(allMedicationClasses()).join(QStringLiteral(", ")),
            namesOf(allSupplementReferences()).join(QLatin1Char('|')));
}

} // namespace stilla
