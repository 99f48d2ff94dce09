#include "Profile.h"

#include "core/NameTable.h"

#include <algorithm>
#include <array>
#include <utility>

namespace stilla {

namespace {

constexpr NameTable<AgeGroup, 7> kAgeGroups {{{
    {AgeGroup::Unset, "unset"},
    {AgeGroup::Child1To3, "child_1_3"},
    {AgeGroup::Child4To8, "child_4_8"},
    {AgeGroup::Child9To12, "child_9_12"},
    {AgeGroup::Child, "child"},
    {AgeGroup::Adolescent, "adolescent"},
    {AgeGroup::Adult, "adult"},
}}};

constexpr NameTable<Sex, 3> kSexes {{{
    {Sex::Unset, "unset"},
    {Sex::Female, "female"},
    {Sex::Male, "male"},
}}};

constexpr NameTable<SupplementReference, 2> kReferences {{{
    {SupplementReference::NordicEu, "nordic_eu"},
    {SupplementReference::Us, "us"},
}}};

constexpr NameTable<Condition, 4> kConditions {{{
    {Condition::BleedingDisorder, "bleeding_disorder"},
    {Condition::KidneyDisease, "kidney_disease"},
    {Condition::Pregnant, "pregnant"},
    {Condition::Breastfeeding, "breastfeeding"},
}}};

} // namespace

bool Profile::isChild() const
{
    switch (ageGroup) {
    case AgeGroup::Child1To3:
    case AgeGroup::Child4To8:
    case AgeGroup::Child9To12:
    case AgeGroup::Child:
        return true;
    case AgeGroup::Unset:
    case AgeGroup::Adolescent:
    case AgeGroup::Adult:
        break;
    }
    return false;
}

bool Profile::takes(MedicationClass medicationClass) const
{
    return std::find(medications.begin(), medications.end(), medicationClass) != medications.end();
}

QString toName(AgeGroup ageGroup)
{
    return kAgeGroups.name(ageGroup);
}
QString toName(Sex sex)
{
    return kSexes.name(sex);
}
QString toName(SupplementReference reference)
{
    return kReferences.name(reference);
}
QString toName(Condition condition)
{
    return kConditions.name(condition);
}

std::optional<AgeGroup> ageGroupFromName(const QString& name)
{
    return kAgeGroups.value(name);
}
std::optional<Sex> sexFromName(const QString& name)
{
    return kSexes.value(name);
}
std::optional<SupplementReference> supplementReferenceFromName(const QString& name)
{
    return kReferences.value(name);
}
std::optional<Condition> conditionFromName(const QString& name)
{
    return kConditions.value(name);
}

const std::vector<Condition>& allConditions()
{
    static const std::vector<Condition> values = kConditions.values();
    return values;
}
const std::vector<AgeGroup>& allAgeGroups()
{
    static const std::vector<AgeGroup> values = kAgeGroups.values();
    return values;
}
const std::vector<Sex>& allSexes()
{
    static const std::vector<Sex> values = kSexes.values();
    return values;
}
const std::vector<SupplementReference>& allSupplementReferences()
{
    static const std::vector<SupplementReference> values = kReferences.values();
    return values;
}

QStringList conditionNames(unsigned conditions)
{
    QStringList names;
    for (Condition condition : allConditions()) {
        if ((conditions & unsigned(condition)) != 0)
            names << toName(condition);
    }
    return names;
}

QStringList medicationNames(const std::vector<MedicationClass>& medications)
{
    QStringList names;
    for (MedicationClass medicationClass : medications)
        names << toName(medicationClass);
    return names;
}

std::vector<MedicationClass> normalizedMedications(std::vector<MedicationClass> medications)
{
    std::vector<MedicationClass> result;
    for (MedicationClass known : allMedicationClasses()) {
        if (std::find(medications.begin(), medications.end(), known) != medications.end())
            result.push_back(known);
    }
    return result;
}

} // namespace stilla
