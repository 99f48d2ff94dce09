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

void unknownValue(
    const QString& key, const QString& value, const QStringList& allowed, QStringList& errors)
{
    errors << ProfileArguments::tr("%1: unknown value \"%2\"; use one of: %3.")
                  .arg(key, value, allowed.join(QStringLiteral(", ")));
}

/// The names of a list value, trimmed; "none" alone is the empty list.
QStringList listNames(const QString& key, const QString& value, QStringList& errors)
{
    QStringList names = value.split(QLatin1Char(','));
    for (QString& name : names)
        name = name.trimmed();
    if (names.contains(kNone)) {
        if (names.size() > 1)
            errors
                << ProfileArguments::tr("%1: none cannot be combined with other names.").arg(key);
        return {};
    }
    return names;
}

unsigned conditionFlags(const QString& key, const QString& value, QStringList& errors)
{
    unsigned flags = 0;
    for (const QString& name : listNames(key, value, errors)) {
        if (const auto condition = conditionFromName(name))
            flags |= unsigned(*condition);
        else
            unknownValue(key, name, namesOf(allConditions()) << kNone, errors);
    }
    return flags;
}

} // namespace

Result<Profile> ProfileArguments::apply(const Profile& profile, const QStringList& assignments)
{
    Profile result = profile;
    QStringList errors;
    bool setConditions = false;
    bool setRuledOut = false;

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
                unknownValue(key, value, namesOf(allAgeGroups()), errors);
        } else if (key == QLatin1String("sex")) {
            if (const auto sex = sexFromName(value))
                result.sex = *sex;
            else
                unknownValue(key, value, namesOf(allSexes()), errors);
        } else if (key == QLatin1String("reference")) {
            if (const auto reference = supplementReferenceFromName(value))
                result.reference = *reference;
            else
                unknownValue(key, value, namesOf(allSupplementReferences()), errors);
        } else if (key == QLatin1String("conditions")) {
            result.conditions = conditionFlags(key, value, errors);
            setConditions = true;
        } else if (key == QLatin1String("ruled_out")) {
            result.conditionsRuledOut = conditionFlags(key, value, errors);
            setRuledOut = true;
        } else if (key == QLatin1String("medications")) {
            std::vector<MedicationClass> medications;
            for (const QString& name : listNames(key, value, errors)) {
                if (const auto medication = medicationClassFromName(name))
                    medications.push_back(*medication);
                else
                    unknownValue(key, name, namesOf(allMedicationClasses()) << kNone, errors);
            }
            result.medications = normalizedMedications(std::move(medications));
        } else {
            errors << tr("Unknown key \"%1\"; the keys are age_group, sex, conditions, "
                         "ruled_out, medications and reference.")
                          .arg(key);
        }
    }
    if (setConditions && setRuledOut && (result.conditions & result.conditionsRuledOut) != 0) {
        errors << tr("%1: both in conditions and in ruled_out.")
                      .arg(conditionNames(result.conditions & result.conditionsRuledOut)
                               .join(QStringLiteral(", ")));
    }
    // What was said last about a condition holds: had, or ruled out.
    if (setConditions)
        result.conditionsRuledOut &= ~result.conditions;
    else if (setRuledOut)
        result.conditions &= ~result.conditionsRuledOut;
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
                          "ruled_out:   %4\n"
                          "medications: %5\n"
                          "reference:   %6 (%7)\n")
        .arg(toName(profile.ageGroup), toName(profile.sex),
            joined(conditionNames(profile.conditions)),
            joined(conditionNames(profile.conditionsRuledOut)),
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
        {QStringLiteral("ruled_out"),
            QJsonArray::fromStringList(conditionNames(profile.conditionsRuledOut))},
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
              "  ruled_out=NAME,...\n"
              "      conditions you know you do not have, from the same names; or none (not "
              "answered)\n"
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
