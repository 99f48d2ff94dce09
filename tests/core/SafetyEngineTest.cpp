#include "core/safety/SafetyEngine.h"

#include "SafetyTestData.h"
#include "core/Language.h"
#include "core/safety/DiaryFindings.h"
#include "core/safety/SafetyFacts.h"
#include "tests/TestUtil.h"

#include <QFile>

#include <map>

namespace stilla {
namespace {

using namespace test;
using MC = MedicationClass;

constexpr unsigned kKidney = unsigned(Condition::KidneyDisease);
constexpr unsigned kBleeding = unsigned(Condition::BleedingDisorder);
constexpr unsigned kPregnant = unsigned(Condition::Pregnant);
constexpr unsigned kBreastfeeding = unsigned(Condition::Breastfeeding);
constexpr SideEffects kNausea = unsigned(SideEffect::Nausea);
constexpr SideEffects kConfusion = unsigned(SideEffect::Confusion);
constexpr SideEffects kVomiting = unsigned(SideEffect::Vomiting);
constexpr SideEffects kDiarrhoea = unsigned(SideEffect::Diarrhoea);

struct RuleCase
{
    const char* name;
    Profile profile;
    DayEntry day;
    QStringList rules; ///< expected, in any order
};

const Profile kAdult = profileWith(0);
const Profile kUs = profileWith(0, {}, SupplementReference::Us);
const Profile kChild = profileWith(0, {}, SupplementReference::NordicEu, AgeGroup::Child);
const Profile kUnsetAge = profileWith(0, {}, SupplementReference::NordicEu, AgeGroup::Unset);
const Profile kAdolescent = profileWith(0, {}, SupplementReference::NordicEu, AgeGroup::Adolescent);

Profile child(AgeGroup ageGroup, SupplementReference reference = SupplementReference::NordicEu)
{
    return profileWith(0, {}, reference, ageGroup);
}

DayEntry withSymptoms(DayEntry day, int severity)
{
    day.symptoms.severity = severity;
    return day;
}

const QString kAboveRef = QLatin1String(SafetyRule::kSupplementAboveReference);
const QString kAboveArticle = QLatin1String(SafetyRule::kSupplementAboveArticleRange);
const QString kSingle = QLatin1String(SafetyRule::kSingleDoseLarge);
const QString kImplausible = QLatin1String(SafetyRule::kImplausibleDose);
const QString kChildRule = QLatin1String(SafetyRule::kChild);
const QString kChildAbove = QLatin1String(SafetyRule::kChildAboveUpperLimit);
const QString kKidneySickness = QLatin1String(SafetyRule::kKidneyDiseaseSideEffect);

QStringList allRulesBut(const QStringList& left)
{
    QStringList rules = SafetyRule::all();
    for (const QString& rule : left)
        rules.removeAll(rule);
    return rules;
}

std::vector<RuleCase> ruleCases()
{
    return {
        // Doses: every limit is exclusive.
        {"empty day", kAdult, supplementDay(), {}},
        {"250 mg is not above 250", kAdult, supplementDay({125, 125}), {}},
        {"rounding keeps 250.0004 at 250", kAdult, supplementDay({125, 125.0004}), {}},
        {"250.001 is above 250", kAdult, supplementDay({250.001}), {kAboveRef, kSingle}},
        {"251 in one dose", kAdult, supplementDay({251}), {kAboveRef, kSingle}},
        {"251 in two doses", kAdult, supplementDay({125, 126}), {kAboveRef}},
        {"100.1 + 149.9 is 250", kAdult, supplementDay({100.1, 149.9}), {}},
        {"350 in one dose", kAdult, supplementDay({350}), {kAboveRef, kSingle}},
        {"350 in two doses", kAdult, supplementDay({175, 175}), {kAboveRef}},
        {"351 in two doses", kAdult, supplementDay({175, 176}), {kAboveRef, kAboveArticle}},
        {"US: 350 is not above 350", kUs, supplementDay({175, 175}), {}},
        {"US: 300 in one dose", kUs, supplementDay({300}), {kSingle}},
        {"US: 351", kUs, supplementDay({175, 176}), {kAboveRef, kAboveArticle}},
        {"2000 in one dose is large, not implausible", kAdult, supplementDay({2000}),
            {kAboveRef, kAboveArticle, kSingle}},
        {"2001 in one dose is implausible", kAdult, supplementDay({2001}),
            {kAboveRef, kAboveArticle, kImplausible}},
        {"a large and an implausible dose", kAdult, supplementDay({300, 2500}),
            {kAboveRef, kAboveArticle, kImplausible}},
        // The day's supplements in one dose: more than half the limit should be split (BfR).
        {"125 in one dose is half of 250", kAdult, supplementDay({125}), {}},
        {"125.001 in one dose", kAdult, supplementDay({125.001}), {kSingle}},
        {"250 in one dose", kAdult, supplementDay({250}), {kSingle}},
        {"a dose of nothing does not split", kAdult, supplementDay({200, 0}), {kSingle}},
        {"200 split in two", kAdult, supplementDay({150, 50}), {}},
        {"US: 175 in one dose is half of 350", kUs, supplementDay({175}), {}},
        {"US: 175.001 in one dose", kUs, supplementDay({175.001}), {kSingle}},
        {"unset age group is treated as adult", kUnsetAge, supplementDay({251}),
            {kAboveRef, kSingle}},
        {"adolescent", kAdolescent, supplementDay({351}), {kAboveRef, kAboveArticle, kSingle}},
        {"child of unknown age: no adult doses", kChild, supplementDay({500}), {kChildRule}},
        {"child: small dose", kChild, supplementDay({50}), {kChildRule}},
        // A child's supplements against the limit for the child's age.
        {"child 1-3: 65", child(AgeGroup::Child1To3), supplementDay({65}), {kChildRule}},
        {"child 1-3: 65.001", child(AgeGroup::Child1To3), supplementDay({30, 35.001}),
            {kChildRule, kChildAbove}},
        {"child 1-3, US: 65.001", child(AgeGroup::Child1To3, SupplementReference::Us),
            supplementDay({65.001}), {kChildRule, kChildAbove}},
        {"child 4-8, US: 110", child(AgeGroup::Child4To8, SupplementReference::Us),
            supplementDay({110}), {kChildRule}},
        {"child 4-8, US: 110.001", child(AgeGroup::Child4To8, SupplementReference::Us),
            supplementDay({110.001}), {kChildRule, kChildAbove}},
        {"child 4-8, Nordic/EU: 250", child(AgeGroup::Child4To8), supplementDay({250}),
            {kChildRule}},
        {"child 4-8, Nordic/EU: 250.001", child(AgeGroup::Child4To8), supplementDay({250.001}),
            {kChildRule, kChildAbove}},
        {"child 9-12, Nordic/EU: 250.001", child(AgeGroup::Child9To12), supplementDay({250.001}),
            {kChildRule, kChildAbove}},
        {"child 9-12, US: 350", child(AgeGroup::Child9To12, SupplementReference::Us),
            supplementDay({350}), {kChildRule}},
        {"child 9-12, US: 350.001", child(AgeGroup::Child9To12, SupplementReference::Us),
            supplementDay({350.001}), {kChildRule, kChildAbove}},
        {"child: implausible still asked", kChild, supplementDay({2001}),
            {kChildRule, kImplausible}},
        {"child without supplements", kChild, withFood(supplementDay(), 400), {}},
        // Food never counts toward the dose rules.
        {"food only", kAdult, withFood(supplementDay(), 5000), {}},
        {"food and supplements", kAdult, withFood(supplementDay({125, 125}), 800), {}},
        {"food and supplements above", kAdult, withFood(supplementDay({251}), 10),
            {kAboveRef, kSingle}},
        // Side effects.
        {"common side effect without supplements", kAdult,
            withSideEffects(supplementDay(), kNausea), {}},
        {"common side effect with supplements", kAdult,
            withSideEffects(supplementDay({100}), kNausea), {"side_effect.common"}},
        {"every common side effect", kAdult,
            withSideEffects(supplementDay({100}), kCommonSideEffects), {"side_effect.common"}},
        {"serious sign without supplements", kAdult, withSideEffects(supplementDay(), kConfusion),
            {"side_effect.serious"}},
        {"serious and common", kAdult, withSideEffects(supplementDay({100}), kConfusion | kNausea),
            {"side_effect.serious", "side_effect.common"}},
        {"slowed breathing", kAdult,
            withSideEffects(supplementDay(), unsigned(SideEffect::SlowedBreathing)),
            {"side_effect.serious"}},
        {"muscle weakness", kAdult,
            withSideEffects(supplementDay(), unsigned(SideEffect::MuscleWeakness)),
            {"side_effect.serious"}},
        {"unusual drowsiness", kAdult,
            withSideEffects(supplementDay({100}), unsigned(SideEffect::Drowsiness)),
            {"side_effect.serious"}},
        // With kidney disease, nausea or vomiting on a supplement day is a warning.
        {"kidney disease and nausea", profileWith(kKidney),
            withSideEffects(supplementDay({100}), kNausea),
            {"condition.kidney_disease", kKidneySickness}},
        {"kidney disease and vomiting", profileWith(kKidney),
            withSideEffects(supplementDay({100}), kVomiting),
            {"condition.kidney_disease", kKidneySickness}},
        {"kidney disease and diarrhoea", profileWith(kKidney),
            withSideEffects(supplementDay({100}), kDiarrhoea),
            {"condition.kidney_disease", "side_effect.common"}},
        {"kidney disease, nausea and diarrhoea", profileWith(kKidney),
            withSideEffects(supplementDay({100}), kNausea | kDiarrhoea),
            {"condition.kidney_disease", kKidneySickness, "side_effect.common"}},
        {"kidney disease and nausea without supplements", profileWith(kKidney),
            withSideEffects(supplementDay(), kNausea), {}},
        // Conditions.
        {"kidney disease, no supplement", profileWith(kKidney), withFood(supplementDay(), 300), {}},
        {"kidney disease", profileWith(kKidney), supplementDay({100}),
            {"condition.kidney_disease"}},
        {"bleeding disorder", profileWith(kBleeding), supplementDay({100}),
            {"condition.bleeding_disorder"}},
        {"both conditions", profileWith(kKidney | kBleeding), supplementDay({100}),
            {"condition.kidney_disease", "condition.bleeding_disorder"}},
        {"pregnant, oral dose", profileWith(kPregnant), supplementDay({100}), {}},
        {"pregnant, intravenous dose", profileWith(kPregnant),
            withIntravenous(supplementDay(), 100), {"condition.pregnancy_iv"}},
        {"breastfeeding, intravenous dose", profileWith(kBreastfeeding),
            withIntravenous(supplementDay({100}), 100), {"condition.pregnancy_iv"}},
        {"intravenous dose, not pregnant", kAdult, withIntravenous(supplementDay(), 100), {}},
        // Pregnancy and RLS: on days with symptoms, supplements or not.
        {"pregnant with symptoms", profileWith(kPregnant), withSymptoms(supplementDay(), 3),
            {"condition.pregnancy"}},
        {"pregnant, severity 0", profileWith(kPregnant), withSymptoms(supplementDay(), 0), {}},
        {"symptoms, not pregnant", profileWith(kBreastfeeding), withSymptoms(supplementDay(), 6),
            {}},
        // Interactions: from the profile or from the day's log, only on supplement days.
        {"antibiotic in profile", profileWith(0, {MC::Antibiotic}), supplementDay({100}),
            {"interaction.antibiotic"}},
        {"antibiotic logged", kAdult, withMedication(supplementDay({100}), MC::Antibiotic),
            {"interaction.antibiotic"}},
        {"antibiotic without supplement", profileWith(0, {MC::Antibiotic}),
            withMedication(withFood(supplementDay(), 300), MC::Antibiotic), {}},
        {"calcium channel blocker", profileWith(0, {MC::CalciumChannelBlocker}),
            supplementDay({100}), {"interaction.calcium_channel_blocker"}},
        {"muscle relaxant logged", kAdult, withMedication(supplementDay({100}), MC::MuscleRelaxant),
            {"interaction.muscle_relaxant"}},
        {"diuretic", profileWith(0, {MC::Diuretic}), supplementDay({100}),
            {"interaction.diuretic"}},
        {"bisphosphonate logged", kAdult, withMedication(supplementDay({100}), MC::Bisphosphonate),
            {"interaction.bisphosphonate"}},
        {"in profile and logged: one finding", profileWith(0, {MC::Diuretic}),
            withMedication(supplementDay({100}), MC::Diuretic), {"interaction.diuretic"}},
        {"gabapentinoid in profile", profileWith(0, {MC::Gabapentinoid}), supplementDay({100}),
            {"interaction.gabapentinoid"}},
        {"gabapentinoid without supplement", profileWith(0, {MC::Gabapentinoid}),
            withFood(supplementDay(), 300), {}},
        {"oral iron logged", kAdult, withMedication(supplementDay({100}), MC::OralIron),
            {"interaction.iron"}},
        {"oral iron without supplement", kAdult, withMedication(supplementDay(), MC::OralIron), {}},
        {"levothyroxine", profileWith(0, {MC::Levothyroxine}), supplementDay({100}),
            {"interaction.levothyroxine"}},
        {"levothyroxine without supplement", profileWith(0, {MC::Levothyroxine}), supplementDay(),
            {}},
        // A proton pump inhibitor lowers magnesium over time: every day it is taken.
        {"proton pump inhibitor in profile", profileWith(0, {MC::ProtonPumpInhibitor}),
            supplementDay(), {"interaction.ppi"}},
        {"proton pump inhibitor logged", kAdult,
            withMedication(supplementDay({100}), MC::ProtonPumpInhibitor), {"interaction.ppi"}},
        // Medicines for RLS and medicines that can make it worse, every day they are taken.
        {"dopamine agonist in profile", profileWith(0, {MC::DopamineAgonist}), supplementDay(),
            {"medicine.dopamine_augmentation"}},
        {"dopamine agonist logged", kAdult,
            withMedication(supplementDay({100}), MC::DopamineAgonist),
            {"medicine.dopamine_augmentation"}},
        {"sedating antihistamine logged", kAdult,
            withMedication(supplementDay(), MC::SedatingAntihistamine),
            {"medicine.may_worsen_rls"}},
        {"dopamine blocker in profile", profileWith(0, {MC::DopamineBlocker}), supplementDay(),
            {"medicine.may_worsen_rls"}},
        {"serotonergic antidepressant in profile",
            profileWith(0, {MC::SerotonergicAntidepressant, MC::SedatingAntihistamine}),
            supplementDay({100}), {"medicine.may_worsen_rls"}},
        {"other RLS medicines give nothing", profileWith(0, {MC::Opioid}),
            withMedication(withMedication(supplementDay({100}), MC::SleepMedication), MC::Other),
            {}},
        // Caffeine on a day with symptoms.
        {"caffeine with symptoms", kAdult, withCaffeine(supplementDay(), 2, 3),
            {"lifestyle.caffeine"}},
        {"caffeine, severity 0", kAdult, withCaffeine(supplementDay(), 2, 0), {}},
        {"no caffeine, symptoms", kAdult, withCaffeine(supplementDay(), 0, 6), {}},
        {"caffeine, no symptoms logged", kAdult, withCaffeine(supplementDay(), 1, std::nullopt),
            {}},
        // Combinations.
        {"everything at once",
            profileWith(kKidney | kBleeding | kPregnant,
                {MC::Antibiotic, MC::CalciumChannelBlocker, MC::MuscleRelaxant, MC::Diuretic,
                    MC::Bisphosphonate, MC::Gabapentinoid, MC::OralIron, MC::Levothyroxine,
                    MC::ProtonPumpInhibitor, MC::DopamineAgonist, MC::DopamineBlocker}),
            withCaffeine(withSideEffects(withIntravenous(supplementDay({300, 2500}), 10),
                             kConfusion | kNausea | kDiarrhoea),
                1, 5),
            // Children's rules are for children; two doses are split.
            allRulesBut({kChildRule, kChildAbove, kSingle})},
    };
}

TEST(SafetyEngineTest, EveryRuleFiresExactlyWhenItShould)
{
    for (const RuleCase& rule : ruleCases()) {
        QStringList found = rulesOf(SafetyEngine::evaluate(rule.profile, rule.day));
        QStringList expected = rule.rules;
        found.sort();
        expected.sort();
        EXPECT_EQ(found, expected) << rule.name;
    }
}

TEST(SafetyEngineTest, TheTableCoversEveryRule)
{
    QStringList covered;
    for (const RuleCase& rule : ruleCases())
        covered << rule.rules;
    covered.removeDuplicates();
    covered.sort();
    EXPECT_EQ(covered, SafetyRule::all());
}

TEST(SafetyEngineTest, SeveritiesAndSectionsPerRule)
{
    const std::map<QString, std::pair<Severity, QString>> expected {
        {kAboveRef, {Severity::Caution, QStringLiteral("forms-and-doses")}},
        {kAboveArticle, {Severity::Warning, QStringLiteral("forms-and-doses")}},
        {kSingle, {Severity::Info, QStringLiteral("forms-and-doses")}},
        {kImplausible, {Severity::Caution, QStringLiteral("forms-and-doses")}},
        {kChildRule, {Severity::Info, QStringLiteral("forms-and-doses")}},
        {QStringLiteral("side_effect.common"), {Severity::Caution, QStringLiteral("side-effects")}},
        {QStringLiteral("side_effect.serious"),
            {Severity::Urgent, QStringLiteral("serious-side-effects")}},
        {QStringLiteral("condition.kidney_disease"),
            {Severity::Warning, QStringLiteral("potential-risks")}},
        {QStringLiteral("condition.bleeding_disorder"),
            {Severity::Caution, QStringLiteral("potential-risks")}},
        {QStringLiteral("condition.pregnancy_iv"),
            {Severity::Caution, QStringLiteral("potential-risks")}},
        {QStringLiteral("interaction.antibiotic"),
            {Severity::Caution, QStringLiteral("potential-risks")}},
        {QStringLiteral("interaction.calcium_channel_blocker"),
            {Severity::Caution, QStringLiteral("potential-risks")}},
        {QStringLiteral("interaction.muscle_relaxant"),
            {Severity::Caution, QStringLiteral("potential-risks")}},
        {QStringLiteral("interaction.diuretic"),
            {Severity::Caution, QStringLiteral("potential-risks")}},
        {QStringLiteral("interaction.bisphosphonate"),
            {Severity::Caution, QStringLiteral("potential-risks")}},
        {QStringLiteral("lifestyle.caffeine"), {Severity::Info, QStringLiteral("alternatives")}},
        {kChildAbove, {Severity::Warning, QStringLiteral("forms-and-doses")}},
        {kKidneySickness, {Severity::Warning, QStringLiteral("serious-side-effects")}},
        {QStringLiteral("condition.pregnancy"), {Severity::Info, QStringLiteral("iron-and-rls")}},
        {QStringLiteral("interaction.gabapentinoid"),
            {Severity::Caution, QStringLiteral("potential-risks")}},
        {QStringLiteral("interaction.iron"),
            {Severity::Caution, QStringLiteral("potential-risks")}},
        {QStringLiteral("interaction.levothyroxine"),
            {Severity::Caution, QStringLiteral("potential-risks")}},
        {QStringLiteral("interaction.ppi"), {Severity::Info, QStringLiteral("potential-risks")}},
        {QStringLiteral("medicine.dopamine_augmentation"),
            {Severity::Info, QStringLiteral("medicines-and-rls")}},
        {QStringLiteral("medicine.may_worsen_rls"),
            {Severity::Info, QStringLiteral("medicines-and-rls")}},
    };
    std::map<QString, int> seen;
    for (const RuleCase& rule : ruleCases()) {
        for (const Finding& finding : SafetyEngine::evaluate(rule.profile, rule.day)) {
            const auto it = expected.find(finding.rule);
            ASSERT_NE(it, expected.end()) << finding.rule.toStdString();
            EXPECT_EQ(finding.severity, it->second.first) << finding.rule.toStdString();
            EXPECT_EQ(finding.section, it->second.second) << finding.rule.toStdString();
            EXPECT_FALSE(finding.message.trimmed().isEmpty()) << finding.rule.toStdString();
            ++seen[finding.rule];
        }
    }
    EXPECT_EQ(seen.size(), expected.size());
}

TEST(SafetyEngineTest, MostSevereFirstThenByRuleId)
{
    const Profile profile = profileWith(kKidney | kBleeding, {MC::Diuretic, MC::Antibiotic});
    const DayEntry day
        = withCaffeine(withSideEffects(supplementDay({300, 200}), kConfusion | kNausea), 1, 4);
    const QStringList expected {QStringLiteral("side_effect.serious"),
        QStringLiteral("condition.kidney_disease"), kAboveArticle, kKidneySickness,
        QStringLiteral("condition.bleeding_disorder"), kAboveRef,
        QStringLiteral("interaction.antibiotic"), QStringLiteral("interaction.diuretic"),
        QStringLiteral("lifestyle.caffeine")};
    EXPECT_EQ(rulesOf(SafetyEngine::evaluate(profile, day)), expected);
    // Deterministic: the same input gives the same output, whatever the order of the doses.
    const DayEntry reordered
        = withCaffeine(withSideEffects(supplementDay({200, 300}), kConfusion | kNausea), 1, 4);
    EXPECT_EQ(SafetyEngine::evaluate(profile, day), SafetyEngine::evaluate(profile, reordered));
}

TEST(SafetyEngineTest, WorstByDayKeepsTheMostSevereAtOrAboveTheMinimum)
{
    const Profile profile = profileWith(kKidney, {});
    DayEntry calm = withCaffeine(supplementDay({}), 1, 4); // a tip only
    calm.date = QDate(2024, 3, 1);
    DayEntry dose = supplementDay({300});
    dose.date = QDate(2024, 3, 2);
    const std::vector<DayEntry> days {calm, dose};
    const auto worst = DiaryFindings::worstByDay(profile, days, Severity::Caution);
    ASSERT_EQ(worst.size(), 1u) << "the caffeine tip is left to the diary";
    EXPECT_EQ(worst.at(dose.date), SafetyEngine::evaluate(profile, dose).front().severity);
    EXPECT_GE(worst.at(dose.date), Severity::Warning) << "kidney disease and a supplement";
    // From findings already evaluated, the same.
    std::map<QDate, std::vector<Finding>> evaluated;
    for (const DayEntry& day : days)
        evaluated[day.date] = SafetyEngine::evaluate(profile, day);
    EXPECT_EQ(DiaryFindings::worstByDay(evaluated, Severity::Caution), worst);
    EXPECT_EQ(DiaryFindings::worstByDay(evaluated, Severity::Info).size(), 2u);
}

TEST(SafetyEngineTest, MessagesCarryTheNumbers)
{
    const EnglishLocale english;
    const auto messageOf = [](const Profile& profile, const DayEntry& day, const QString& rule) {
        for (const Finding& finding : SafetyEngine::evaluate(profile, day)) {
            if (finding.rule == rule)
                return finding.message;
        }
        return QString();
    };
    const QString nordic = messageOf(kAdult, supplementDay({250, 250}), kAboveRef);
    EXPECT_TRUE(nordic.contains(QStringLiteral("500\u00A0mg"))) << nordic.toStdString();
    EXPECT_TRUE(nordic.contains(QStringLiteral("250\u00A0mg"))) << nordic.toStdString();
    EXPECT_TRUE(nordic.contains(QStringLiteral("food"))) << nordic.toStdString();
    const QString us = messageOf(kUs, supplementDay({200, 200.5}), kAboveRef);
    EXPECT_TRUE(us.contains(QStringLiteral("400.5\u00A0mg"))) << us.toStdString();
    EXPECT_TRUE(us.contains(QStringLiteral("350\u00A0mg"))) << us.toStdString();
    const QString article = messageOf(kAdult, supplementDay({200, 200}), kAboveArticle);
    EXPECT_TRUE(article.contains(QStringLiteral("400\u00A0mg"))) << article.toStdString();
    EXPECT_TRUE(article.contains(QStringLiteral("270–350\u00A0mg"))) << article.toStdString();
    // The day's total in one dose, and the limit it is more than half of.
    const QString single = messageOf(kAdult, supplementDay({130}), kSingle);
    EXPECT_TRUE(single.contains(QStringLiteral("130\u00A0mg"))) << single.toStdString();
    EXPECT_TRUE(single.contains(QStringLiteral("250\u00A0mg"))) << single.toStdString();
    const QString usSingle = messageOf(kUs, supplementDay({200}), kSingle);
    EXPECT_TRUE(usSingle.contains(QStringLiteral("350\u00A0mg"))) << usSingle.toStdString();
    // A child's limit names the ages and who set it; Europe sets none below 4 years.
    const QString toddler
        = messageOf(child(AgeGroup::Child1To3), supplementDay({100}), kChildAbove);
    EXPECT_TRUE(toddler.contains(QStringLiteral("100\u00A0mg"))) << toddler.toStdString();
    EXPECT_TRUE(toddler.contains(QStringLiteral("65\u00A0mg"))) << toddler.toStdString();
    EXPECT_TRUE(toddler.contains(QStringLiteral("1 to 3 years"))) << toddler.toStdString();
    EXPECT_TRUE(toddler.contains(QStringLiteral("National Institutes"))) << toddler.toStdString();
    const QString schoolChild
        = messageOf(child(AgeGroup::Child4To8), supplementDay({300}), kChildAbove);
    EXPECT_TRUE(schoolChild.contains(QStringLiteral("250\u00A0mg"))) << schoolChild.toStdString();
    EXPECT_TRUE(schoolChild.contains(QStringLiteral("European"))) << schoolChild.toStdString();
    const QString iron = messageOf(
        profileWith(0, {MC::OralIron}), supplementDay({100}), QStringLiteral("interaction.iron"));
    EXPECT_TRUE(iron.contains(QStringLiteral("2 hours apart"))) << iron.toStdString();
    const QString thyroid = messageOf(profileWith(0, {MC::Levothyroxine}), supplementDay({100}),
        QStringLiteral("interaction.levothyroxine"));
    EXPECT_TRUE(thyroid.contains(QStringLiteral("4 hours"))) << thyroid.toStdString();
    const QString typo = messageOf(kAdult, supplementDay({2500}), kImplausible);
    EXPECT_TRUE(typo.contains(QStringLiteral("2,500\u00A0mg"))) << typo.toStdString();
    EXPECT_TRUE(typo.contains(QStringLiteral("2,000\u00A0mg"))) << typo.toStdString();
    const QString urgent = messageOf(kAdult, withSideEffects(supplementDay(), kConfusion),
        QStringLiteral("side_effect.serious"));
    EXPECT_TRUE(urgent.contains(QStringLiteral("112"))) << urgent.toStdString();
    EXPECT_EQ(messageOf(kChild, supplementDay({100}), kChildRule),
        QStringLiteral("Stilla gives no doses for children; ask a doctor."));
    const QString antibiotic = messageOf(profileWith(0, {MC::Antibiotic}), supplementDay({100}),
        QStringLiteral("interaction.antibiotic"));
    EXPECT_TRUE(antibiotic.contains(QStringLiteral("2 hours before or 4 to 6 hours after")))
        << antibiotic.toStdString();
    const QString bisphosphonate = messageOf(profileWith(0, {MC::Bisphosphonate}),
        supplementDay({100}), QStringLiteral("interaction.bisphosphonate"));
    EXPECT_TRUE(bisphosphonate.contains(QStringLiteral("2 hours apart")))
        << bisphosphonate.toStdString();
}

TEST(SafetyEngineTest, DoseLimitsComeFromTheFacts)
{
    EXPECT_EQ(SafetyFacts::referenceCeilingMg(SupplementReference::NordicEu), 250);
    EXPECT_EQ(SafetyFacts::referenceCeilingMg(SupplementReference::Us), 350);
    EXPECT_EQ(SafetyFacts::kImplausibleMg, DayValidation::kImplausibleSupplementMg);
    EXPECT_EQ(SafetyFacts::singleDoseSplitMg(SupplementReference::NordicEu), 125);
    EXPECT_EQ(SafetyFacts::singleDoseSplitMg(SupplementReference::Us), 175);
    const auto nordic = SupplementReference::NordicEu;
    const auto us = SupplementReference::Us;
    EXPECT_EQ(SafetyFacts::childCeilingMg(AgeGroup::Child1To3, nordic), 65);
    EXPECT_EQ(SafetyFacts::childCeilingMg(AgeGroup::Child1To3, us), 65);
    EXPECT_EQ(SafetyFacts::childCeilingMg(AgeGroup::Child4To8, nordic), 250);
    EXPECT_EQ(SafetyFacts::childCeilingMg(AgeGroup::Child4To8, us), 110);
    EXPECT_EQ(SafetyFacts::childCeilingMg(AgeGroup::Child9To12, nordic), 250);
    EXPECT_EQ(SafetyFacts::childCeilingMg(AgeGroup::Child9To12, us), 350);
    for (AgeGroup notAChild :
        {AgeGroup::Child, AgeGroup::Unset, AgeGroup::Adolescent, AgeGroup::Adult})
        EXPECT_EQ(SafetyFacts::childCeilingMg(notAChild, nordic), std::nullopt);
    // The limit a profile is held to: the child's by age, the reference's for an adult.
    Profile profile;
    profile.reference = us;
    EXPECT_EQ(SafetyFacts::supplementCeilingMg(profile), 350);
    profile.ageGroup = AgeGroup::Child4To8;
    EXPECT_EQ(SafetyFacts::supplementCeilingMg(profile), 110);
    profile.ageGroup = AgeGroup::Child;
    EXPECT_EQ(SafetyFacts::supplementCeilingMg(profile), std::nullopt) << "a child of unknown age";
    profile.ageGroup = AgeGroup::Adult;
    profile.reference = nordic;
    EXPECT_EQ(SafetyFacts::supplementCeilingMg(profile), 250);
    EXPECT_EQ(SafetyFacts::kArticleRangeLowMg, 270);
    EXPECT_EQ(SafetyFacts::kArticleRangeHighMg, 350);
}

TEST(SafetyEngineTest, EveryRuleIsDocumented)
{
    QFile doc(QStringLiteral(STILLA_SOURCE_DIR "/docs/safety-rules.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const QString& rule : SafetyRule::all())
        EXPECT_TRUE(text.contains(QLatin1Char('`') + rule + QLatin1Char('`')))
            << rule.toStdString();
}

TEST(SafetyEngineTest, FindingsAboutTheSameAmountAreToldOnce)
{
    // 400 mg in one dose with kidney disease: four findings, but the three about the 400 mg
    // are one cause, led by the most severe.
    const std::vector<Finding> findings
        = SafetyEngine::evaluate(profileWith(kKidney), supplementDay({400}));
    ASSERT_EQ(findings.size(), 4u);
    const std::vector<FindingGroup> groups = SafetyEngine::group(findings);
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[0].lead.rule, QStringLiteral("condition.kidney_disease"));
    EXPECT_TRUE(groups[0].others.empty());
    EXPECT_EQ(groups[1].lead.rule, kAboveArticle);
    EXPECT_EQ(groups[1].severity(), Severity::Warning);
    EXPECT_EQ(groups[1].cause(), QStringLiteral("dose.amount"));
    EXPECT_EQ(rulesOf(groups[1].others), QStringList({kAboveRef, kSingle}));
    // Nothing is lost: every finding is in exactly one group.
    std::size_t told = 0;
    for (const FindingGroup& group : groups)
        told += 1 + group.others.size();
    EXPECT_EQ(told, findings.size());
}

TEST(SafetyEngineTest, GroupsKeepTheMostSevereFirstAndDifferentCausesApart)
{
    const Profile profile = profileWith(kKidney | kBleeding, {MC::Diuretic, MC::Antibiotic});
    const DayEntry day
        = withCaffeine(withSideEffects(supplementDay({300, 200}), kConfusion | kNausea), 1, 4);
    const std::vector<FindingGroup> groups
        = SafetyEngine::group(SafetyEngine::evaluate(profile, day));
    QStringList leads;
    for (const FindingGroup& group : groups)
        leads << group.lead.rule;
    EXPECT_EQ(leads,
        QStringList({QStringLiteral("side_effect.serious"),
            QStringLiteral("condition.kidney_disease"), kAboveArticle, kKidneySickness,
            QStringLiteral("condition.bleeding_disorder"), QStringLiteral("interaction.antibiotic"),
            QStringLiteral("interaction.diuretic"), QStringLiteral("lifestyle.caffeine")}));
    EXPECT_EQ(rulesOf(groups[2].others), QStringList({kAboveRef}));
    EXPECT_TRUE(SafetyEngine::group({}).empty());
    // A single finding is a group of its own.
    const auto single = SafetyEngine::group(SafetyEngine::evaluate(kAdult, supplementDay({300})));
    ASSERT_EQ(single.size(), 1u);
    EXPECT_EQ(single[0].lead.rule, kAboveRef);
    EXPECT_EQ(rulesOf(single[0].others), QStringList({kSingle}));
}

TEST(SafetyEngineTest, TextsAreMadeAgainFromTheFinding)
{
    const EnglishLocale english;
    for (const RuleCase& rule : ruleCases()) {
        for (const Finding& finding : SafetyEngine::evaluate(rule.profile, rule.day)) {
            EXPECT_EQ(SafetyEngine::message(finding), finding.message) << rule.name;
            const QString summary = SafetyEngine::summary(finding);
            EXPECT_FALSE(summary.trimmed().isEmpty()) << rule.name;
            EXPECT_LT(summary.size(), finding.message.size()) << rule.name;
            EXPECT_LE(summary.size(), 80) << summary.toStdString();
        }
    }
    const std::vector<Finding> findings = SafetyEngine::evaluate(kUs, supplementDay({200, 200.5}));
    ASSERT_FALSE(findings.empty());
    EXPECT_EQ(SafetyEngine::summary(findings[0]),
        QStringLiteral(
            "400.5\u00A0mg from supplements, more than the article's 270–350\u00A0mg a day"));
    EXPECT_TRUE(SafetyEngine::message(findings[1]).contains(QStringLiteral("National Institutes")));
}

/// A day with oral doses at the given times and one logged medicine at @p taken.
DayEntry timedDay(
    std::initializer_list<QTime> doseTimes, MedicationClass medication, std::optional<QTime> taken)
{
    DayEntry day = supplementDay();
    for (const QTime& time : doseTimes) {
        SupplementIntake dose = oralDose(100);
        dose.timeTaken = time;
        day.supplements.push_back(dose);
    }
    day.medications.push_back({0, QStringLiteral("A medicine"), medication, taken});
    return day;
}

TEST(SafetyEngineTest, TimingAdviceIsCheckedAgainstTheTimesOfTheDay)
{
    const EnglishLocale english;
    Translators translators; // English plurals: "1 hour", "59 minutes"
    ASSERT_TRUE(translators.setLanguage(QLatin1String(Language::kEnglish)));
    struct TimedCase
    {
        const char* name;
        DayEntry day;
        const char* rule;
        Severity severity;
        const char* said; ///< in the message, "" when the advice is the general one
    };
    const TimedCase cases[] = {
        {"iron exactly 2 hours apart", timedDay({QTime(10, 0)}, MC::OralIron, QTime(8, 0)),
            "interaction.iron", Severity::Info, "2 hours apart. That keeps to the advice"},
        {"iron 1\u00A0h 59\u00A0min apart", timedDay({QTime(10, 0)}, MC::OralIron, QTime(8, 1)),
            "interaction.iron", Severity::Caution, "only 1 hour 59 minutes apart"},
        {"iron after the dose", timedDay({QTime(8, 0)}, MC::OralIron, QTime(9, 30)),
            "interaction.iron", Severity::Caution, "iron at 09:30 and magnesium at 08:00"},
        {"the closest of two doses",
            timedDay({QTime(8, 0), QTime(21, 0)}, MC::OralIron, QTime(19, 0)), "interaction.iron",
            Severity::Info, "2 hours apart"},
        {"the closest of two doses, too close",
            timedDay({QTime(8, 0), QTime(21, 0)}, MC::OralIron, QTime(9, 0)), "interaction.iron",
            Severity::Caution, "only 1 hour apart"},
        {"levothyroxine exactly 4 hours", timedDay({QTime(11, 0)}, MC::Levothyroxine, QTime(7, 0)),
            "interaction.levothyroxine", Severity::Info, "4 hours apart. That keeps to the advice"},
        {"levothyroxine 3\u00A0h 59\u00A0min",
            timedDay({QTime(10, 59)}, MC::Levothyroxine, QTime(7, 0)), "interaction.levothyroxine",
            Severity::Caution, "only 3 hours 59 minutes apart"},
        {"gabapentin exactly 2 hours after",
            timedDay({QTime(20, 0)}, MC::Gabapentinoid, QTime(22, 0)), "interaction.gabapentinoid",
            Severity::Info, "2 hours apart. That keeps to the advice"},
        {"gabapentin 45 minutes after", timedDay({QTime(21, 15)}, MC::Gabapentinoid, QTime(22, 0)),
            "interaction.gabapentinoid", Severity::Caution, "only 45 minutes apart"},
        {"no time for the medicine", timedDay({QTime(20, 0)}, MC::OralIron, std::nullopt),
            "interaction.iron", Severity::Caution, ""},
        {"no time for the dose", withMedication(supplementDay({100}), MC::Levothyroxine),
            "interaction.levothyroxine", Severity::Caution, ""},
    };
    for (const TimedCase& c : cases) {
        const std::vector<Finding> findings = SafetyEngine::evaluate(kAdult, c.day);
        ASSERT_EQ(rulesOf(findings), QStringList {QLatin1String(c.rule)}) << c.name;
        const Finding& finding = findings.front();
        EXPECT_EQ(finding.severity, c.severity) << c.name;
        if (*c.said != 0) {
            EXPECT_TRUE(finding.message.contains(QLatin1String(c.said)))
                << c.name << ": " << finding.message.toStdString();
        } else {
            Finding general = finding;
            general.medicineTime = QTime();
            general.doseTime = QTime();
            EXPECT_EQ(finding.message, SafetyEngine::message(general)) << c.name;
        }
        // Said again the same way, and short enough for the diary's line.
        EXPECT_EQ(SafetyEngine::message(finding), finding.message) << c.name;
        const QString summary = SafetyEngine::summary(finding);
        EXPECT_LE(summary.size(), 80) << summary.toStdString();
        EXPECT_LT(summary.size(), finding.message.size()) << c.name;
    }
    // A regular medicine in the profile has no time: the general advice.
    const std::vector<Finding> regular = SafetyEngine::evaluate(
        profileWith(0, {MC::OralIron}), timedDay({QTime(8, 0)}, MC::Other, QTime(8, 0)));
    ASSERT_EQ(rulesOf(regular), QStringList {QStringLiteral("interaction.iron")});
    EXPECT_EQ(regular.front().severity, Severity::Caution);
    EXPECT_FALSE(regular.front().medicineTime.isValid());
}

TEST(SafetyEngineTest, SeverityNamesRoundTrip)
{
    for (Severity severity :
        {Severity::Info, Severity::Caution, Severity::Warning, Severity::Urgent}) {
        EXPECT_FALSE(toName(severity).isEmpty());
        EXPECT_EQ(severityFromName(toName(severity)), severity);
    }
    EXPECT_EQ(toName(Severity::Urgent), QStringLiteral("urgent"));
    EXPECT_EQ(severityFromName(QStringLiteral("Urgent")), std::nullopt);
}

} // namespace
} // namespace stilla
