#include "core/safety/MedicationNames.h"

#include "core/safety/SafetyEngine.h"

#include <gtest/gtest.h>
#include <map>

namespace stilla {
namespace {

std::optional<MedicationClass> guess(const char* name)
{
    return MedicationNames::guessClass(QString::fromUtf8(name));
}

TEST(MedicationNamesTest, EveryKindTheRulesUseIsKnownByAGenericNameInBothLanguages)
{
    // One name in English and one in Swedish spelling for each kind.
    const std::map<MedicationClass, std::pair<const char*, const char*>> examples {
        {MedicationClass::DopamineAgonist, {"Pramipexole", "pramipexol"}},
        {MedicationClass::Opioid, {"Oxycodone", "oxikodon"}},
        {MedicationClass::MuscleRelaxant, {"Baclofen", "baklofen"}},
        {MedicationClass::SleepMedication, {"Zopiclone", "zopiklon"}},
        {MedicationClass::Antibiotic, {"Doxycycline", "doxycyklin"}},
        {MedicationClass::CalciumChannelBlocker, {"Amlodipine", "amlodipin"}},
        {MedicationClass::Diuretic, {"Furosemide", "furosemid"}},
        {MedicationClass::Bisphosphonate, {"Alendronic acid", "alendronsyra"}},
        {MedicationClass::Gabapentinoid, {"Gabapentin", "pregabalin"}},
        {MedicationClass::OralIron, {"Iron tablets", "järntabletter"}},
        {MedicationClass::Levothyroxine, {"Levothyroxine", "levotyroxin"}},
        {MedicationClass::ProtonPumpInhibitor, {"Omeprazole", "omeprazol"}},
        {MedicationClass::SedatingAntihistamine, {"Promethazine", "prometazin"}},
        {MedicationClass::DopamineBlocker, {"Metoclopramide", "metoklopramid"}},
        {MedicationClass::SerotonergicAntidepressant, {"Sertraline", "sertralin"}},
    };
    for (MedicationClass medicationClass : allMedicationClasses()) {
        if (medicationClass == MedicationClass::Other)
            continue;
        const auto example = examples.find(medicationClass);
        ASSERT_NE(example, examples.end())
            << "no example of " << toName(medicationClass).toStdString();
        EXPECT_EQ(guess(example->second.first), medicationClass) << example->second.first;
        EXPECT_EQ(guess(example->second.second), medicationClass) << example->second.second;
    }
}

TEST(MedicationNamesTest, ANameMatchesAsTypedWithDoseStrengthAndBrand)
{
    EXPECT_EQ(guess("Gabapentin 300 mg"), MedicationClass::Gabapentinoid);
    EXPECT_EQ(guess("GABAPENTIN"), MedicationClass::Gabapentinoid);
    EXPECT_EQ(guess("Sifrol 0,18 mg"), MedicationClass::DopamineAgonist);
    EXPECT_EQ(guess("Madopark Quick"), MedicationClass::DopamineAgonist);
    EXPECT_EQ(guess("Levaxin 50 mikrog"), MedicationClass::Levothyroxine);
    EXPECT_EQ(guess("Duroferon"), MedicationClass::OralIron);
    EXPECT_EQ(guess("Paracetamol/kodein"), MedicationClass::Opioid);
    EXPECT_EQ(guess("  esomeprazol  "), MedicationClass::ProtonPumpInhibitor);
}

TEST(MedicationNamesTest, OtherMedicinesAndWordsInsideWordsAreNotGuessed)
{
    for (const char* name : {"", "Alvedon", "Paracetamol", "Omega-3", "Multivitamin",
             "Ferritin test", "Ibuprofen", "D-vitamin", "Magnesium citrate"}) {
        const auto guessed = guess(name);
        EXPECT_FALSE(guessed.has_value()) << name << ": " << toName(*guessed).toStdString();
    }
    EXPECT_FALSE(guess("Bioron").has_value()) << "\"iron\" inside a word is not iron";
}

TEST(MedicationNamesTest, NamesOfTwoKindsGuessNeither)
{
    EXPECT_FALSE(guess("Gabapentin och sertralin").has_value());
    EXPECT_EQ(guess("Pramipexol, ropinirol"), MedicationClass::DopamineAgonist)
        << "two names of one kind are that kind";
}

TEST(MedicationNamesTest, TheRulesReadAMedicineLeftAsOtherByItsName)
{
    // A row logged before the kind followed the name, or imported: "Gabapentin 300 mg" as
    // "Other" with a dose of magnesium half an hour before gets the advice on spacing them.
    DayEntry day;
    day.date = QDate(2026, 3, 5);
    SupplementIntake dose;
    dose.form = SupplementForm::Citrate;
    dose.elementalMg = 150;
    dose.timeTaken = QTime(20, 30);
    day.supplements.push_back(dose);
    day.medications.push_back(
        {0, QStringLiteral("Gabapentin 300 mg"), MedicationClass::Other, QTime(21, 0)});
    day.medications.push_back({0, QStringLiteral("Vitamin D"), MedicationClass::Other, {}});
    const auto rules = [&day] {
        QStringList found;
        for (const Finding& finding : SafetyEngine::evaluate(Profile(), day))
            found << finding.rule;
        return found;
    };
    ASSERT_TRUE(rules().contains(QStringLiteral("interaction.gabapentinoid")));
    for (const Finding& finding : SafetyEngine::evaluate(Profile(), day)) {
        if (finding.rule == QLatin1String("interaction.gabapentinoid")) {
            EXPECT_EQ(finding.severity, Severity::Caution) << "30 minutes apart, not 2 hours";
            EXPECT_EQ(finding.medicineTime, QTime(21, 0));
        }
    }
    EXPECT_EQ(MedicationNames::kindForRules(day.medications[1]), MedicationClass::Other);
    // A kind the person chose is the kind the rules read, whatever the name.
    day.medications[0].medicationClass = MedicationClass::Antibiotic;
    EXPECT_FALSE(rules().contains(QStringLiteral("interaction.gabapentinoid")));
    EXPECT_TRUE(rules().contains(QStringLiteral("interaction.antibiotic")));
}

} // namespace
} // namespace stilla
