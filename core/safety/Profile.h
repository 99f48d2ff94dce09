#pragma once

#include "core/diary/DayEntry.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stilla {

/// Age group, for the dose rules: Stilla gives no doses for children, but compares a child's
/// supplements with the upper limit for the child's age. The child groups follow the age bands
/// of the US upper limits (NIH ODS: 1–3, 4–8, 9–13 years; 9–12 here, since 13 is an
/// adolescent in Stilla). Child is a child whose age was not given (profiles saved before the
/// age bands): no doses and no limit to compare with.
enum class AgeGroup { Unset, Child1To3, Child4To8, Child9To12, Child, Adolescent, Adult };
/// Sex, for the daily intake target.
enum class Sex { Unset, Female, Male };
/// Which upper limit for magnesium from supplements the user follows.
enum class SupplementReference {
    NordicEu, ///< 250 mg a day: Livsmedelsverket/NNR2023 and EFSA (the default)
    Us, ///< 350 mg a day: NIH Office of Dietary Supplements
};
/// Conditions that change the advice. Bit flags.
enum class Condition : unsigned {
    None = 0,
    BleedingDisorder = 1,
    KidneyDisease = 2,
    Pregnant = 4,
    Breastfeeding = 8,
};

/// The personal profile: everything optional, kept only in the local settings file.
struct Profile
{
    AgeGroup ageGroup = AgeGroup::Unset;
    Sex sex = Sex::Unset;
    unsigned conditions = 0; ///< OR of Condition values the person has
    /// OR of Condition values the person says they do not have; never one of `conditions`. A
    /// condition in neither is not answered: the report says so rather than "ruled out".
    unsigned conditionsRuledOut = 0;
    std::vector<MedicationClass>
        medications; ///< taken regularly; no duplicates, in the order of allMedicationClasses()
    SupplementReference reference = SupplementReference::NordicEu;

    /// Any of the child groups, with or without a known age.
    bool isChild() const;

    bool has(Condition condition) const { return (conditions & unsigned(condition)) != 0; }
    bool ruledOut(Condition condition) const
    {
        return (conditionsRuledOut & unsigned(condition)) != 0;
    }
    bool takes(MedicationClass medicationClass) const;

    bool operator==(const Profile&) const = default;
};

/// Stable names used in the settings file and on the command line ("adult", "kidney_disease",
/// "nordic_eu"). fromName returns std::nullopt for an unknown name.
QString toName(AgeGroup ageGroup);
QString toName(Sex sex);
QString toName(SupplementReference reference);
QString toName(Condition condition);
std::optional<AgeGroup> ageGroupFromName(const QString& name);
std::optional<Sex> sexFromName(const QString& name);
std::optional<SupplementReference> supplementReferenceFromName(const QString& name);
std::optional<Condition> conditionFromName(const QString& name);
/// Every single Condition flag, in a fixed order.
const std::vector<Condition>& allConditions();
const std::vector<AgeGroup>& allAgeGroups();
const std::vector<Sex>& allSexes();
const std::vector<SupplementReference>& allSupplementReferences();

/// The names of the conditions set in @p conditions, in the order of allConditions().
QStringList conditionNames(unsigned conditions);
/// The names of @p medications, in the order given.
QStringList medicationNames(const std::vector<MedicationClass>& medications);
/// Sorts @p medications into the order of allMedicationClasses() and drops duplicates.
std::vector<MedicationClass> normalizedMedications(std::vector<MedicationClass> medications);

} // namespace stilla
