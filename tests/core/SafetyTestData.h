#pragma once

#include "core/diary/DayEntry.h"
#include "core/labs/LabResult.h"
#include "core/safety/Finding.h"
#include "core/safety/Profile.h"

#include <QLocale>
#include <QStringList>

#include <initializer_list>
#include <vector>

// Builders for the safety tests: days with supplements, food, side effects and medications.
namespace stilla::test {

inline SupplementIntake oralDose(double mg)
{
    SupplementIntake dose;
    dose.form = SupplementForm::Citrate;
    dose.elementalMg = mg;
    return dose;
}

inline SupplementIntake intravenousDose(double mg)
{
    SupplementIntake dose;
    dose.form = SupplementForm::Sulfate;
    dose.elementalMg = mg;
    dose.route = Route::Intravenous;
    return dose;
}

/// A day with oral supplement doses of @p doses mg.
inline DayEntry supplementDay(std::initializer_list<double> doses = {})
{
    DayEntry day;
    day.date = QDate(2024, 3, 5);
    for (double mg : doses)
        day.supplements.push_back(oralDose(mg));
    return day;
}

inline DayEntry withFood(DayEntry day, double mg)
{
    FoodIntake food;
    food.source = QStringLiteral("custom");
    food.name = QStringLiteral("Pumpkin seeds");
    food.grams = 100;
    food.magnesiumMg = mg;
    day.foods.push_back(food);
    return day;
}

inline DayEntry withSideEffects(DayEntry day, SideEffects effects)
{
    day.sideEffects = effects;
    return day;
}

inline DayEntry withMedication(DayEntry day, MedicationClass medicationClass)
{
    day.medications.push_back({0, QStringLiteral("A medicine"), medicationClass, std::nullopt});
    return day;
}

inline DayEntry withIntravenous(DayEntry day, double mg)
{
    day.supplements.push_back(intravenousDose(mg));
    return day;
}

inline DayEntry withCaffeine(DayEntry day, int servings, std::optional<int> severity)
{
    day.remedies.caffeineServings = servings;
    day.symptoms.severity = severity;
    return day;
}

inline Profile profileWith(unsigned conditions, std::vector<MedicationClass> medications = {},
    SupplementReference reference = SupplementReference::NordicEu,
    AgeGroup ageGroup = AgeGroup::Adult)
{
    Profile profile;
    profile.conditions = conditions;
    profile.medications = std::move(medications);
    profile.reference = reference;
    profile.ageGroup = ageGroup;
    return profile;
}

// What the safety tests share: the usual profiles, conditions, side effects and rule names.
inline const Profile kAdult = profileWith(0);
inline const Profile kUs = profileWith(0, {}, SupplementReference::Us);
inline const Profile kChild = profileWith(0, {}, SupplementReference::NordicEu, AgeGroup::Child);

inline Profile child(
    AgeGroup ageGroup, SupplementReference reference = SupplementReference::NordicEu)
{
    return profileWith(0, {}, reference, ageGroup);
}

inline constexpr unsigned kKidney = unsigned(Condition::KidneyDisease);
inline constexpr unsigned kBleeding = unsigned(Condition::BleedingDisorder);
inline constexpr unsigned kPregnant = unsigned(Condition::Pregnant);
inline constexpr unsigned kBreastfeeding = unsigned(Condition::Breastfeeding);
inline constexpr SideEffects kNausea = unsigned(SideEffect::Nausea);
inline constexpr SideEffects kConfusion = unsigned(SideEffect::Confusion);
inline constexpr SideEffects kVomiting = unsigned(SideEffect::Vomiting);
inline constexpr SideEffects kDiarrhoea = unsigned(SideEffect::Diarrhoea);

inline const QString kAboveRef = QLatin1String(SafetyRule::kSupplementAboveReference);
inline const QString kAboveArticle = QLatin1String(SafetyRule::kSupplementAboveArticleRange);
inline const QString kSingle = QLatin1String(SafetyRule::kSingleDoseLarge);
inline const QString kImplausible = QLatin1String(SafetyRule::kImplausibleDose);
inline const QString kChildRule = QLatin1String(SafetyRule::kChild);
inline const QString kChildAbove = QLatin1String(SafetyRule::kChildAboveUpperLimit);
inline const QString kKidneySickness = QLatin1String(SafetyRule::kKidneyDiseaseSideEffect);
inline const QString kKidneyCondition = QLatin1String(SafetyRule::kKidneyDisease);

/// Messages format numbers in the default locale: pins British English for one test, so the
/// language another test chose does not leak in, and puts the previous locale back.
class EnglishLocale
{
public:
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishLocale() { QLocale::setDefault(m_previous); }
    EnglishLocale(const EnglishLocale&) = delete;
    EnglishLocale& operator=(const EnglishLocale&) = delete;

private:
    QLocale m_previous;
};

/// A lab result of @p date with only an eGFR of @p value.
inline LabResult egfrOn(const QDate& date, double value)
{
    LabResult result;
    result.date = date;
    result.egfr = value;
    return result;
}

inline QStringList rulesOf(const std::vector<Finding>& findings)
{
    QStringList rules;
    for (const Finding& finding : findings)
        rules << finding.rule;
    return rules;
}

} // namespace stilla::test
