#include "core/safety/SafetyEngine.h"

#include "SafetyTestData.h"
#include "tests/TestUtil.h"

#include <map>

namespace stilla {
namespace {

using namespace test;
using MC = MedicationClass;

struct RuleCase
{
    const char* name;
    Profile profile;
    DayEntry day;
    QStringList rules; ///< expected, in any order
};

const Profile kUnsetAge = profileWith(0, {}, SupplementReference::NordicEu, AgeGroup::Unset);
const Profile kAdolescent = profileWith(0, {}, SupplementReference::NordicEu, AgeGroup::Adolescent);

DayEntry withSymptoms(DayEntry day, int severity)
{
    day.symptoms.severity = severity;
    return day;
}

QStringList allRulesBut(const QStringList& left)
{
    QStringList rules = SafetyRule::all();
    for (const QString& rule : left)
        rules.removeAll(rule);
    return rules;
}

/// The dose rules: the day's supplements against the limits, one dose or several.
std::vector<RuleCase> doseCases()
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
    };
}

/// A child's supplements: no adult doses, and the limit for the child's age.
std::vector<RuleCase> childCases()
{
    return {
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
    };
}

/// Food never counts toward the dose rules.
std::vector<RuleCase> foodCases()
{
    return {
        // Food never counts toward the dose rules.
        {"food only", kAdult, withFood(supplementDay(), 5000), {}},
        {"food and supplements", kAdult, withFood(supplementDay({125, 125}), 800), {}},
        {"food and supplements above", kAdult, withFood(supplementDay({251}), 10),
            {kAboveRef, kSingle}},
    };
}

/// Side effects, and nausea or vomiting with kidney disease.
std::vector<RuleCase> sideEffectCases()
{
    return {
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
        {"low blood pressure without supplements", kAdult,
            withSideEffects(supplementDay(), unsigned(SideEffect::LowBloodPressure)),
            {"side_effect.serious"}},
        // Weakness and drowsiness are common in RLS itself: signs of too much magnesium only
        // on a day with supplements, and a warning, not a call for an ambulance.
        {"muscle weakness without supplements", kAdult,
            withSideEffects(supplementDay(), unsigned(SideEffect::MuscleWeakness)), {}},
        {"unusual drowsiness without supplements", kAdult,
            withSideEffects(supplementDay(), unsigned(SideEffect::Drowsiness)), {}},
        {"muscle weakness with supplements", kAdult,
            withSideEffects(supplementDay({100}), unsigned(SideEffect::MuscleWeakness)),
            {"side_effect.weakness_drowsiness"}},
        {"unusual drowsiness with supplements", kAdult,
            withSideEffects(supplementDay({100}), unsigned(SideEffect::Drowsiness)),
            {"side_effect.weakness_drowsiness"}},
        {"drowsiness and confusion with supplements", kAdult,
            withSideEffects(supplementDay({100}),
                unsigned(SideEffect::Drowsiness) | unsigned(SideEffect::Confusion)),
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
    };
}

/// The conditions in the profile, and pregnancy with RLS.
std::vector<RuleCase> conditionCases()
{
    return {
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
    };
}

/// The medicines magnesium interacts with.
std::vector<RuleCase> interactionCases()
{
    return {
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
    };
}

/// Medicines for RLS and medicines that make it worse, and caffeine.
std::vector<RuleCase> medicineAndCaffeineCases()
{
    return {
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
    };
}

/// Every case: each rule on its own, at and beside its limits, and all of them at once.
std::vector<RuleCase> ruleCases()
{
    std::vector<RuleCase> cases;
    for (const std::vector<RuleCase>& group : {doseCases(), childCases(), foodCases(),
             sideEffectCases(), conditionCases(), interactionCases(), medicineAndCaffeineCases()})
        cases.insert(cases.end(), group.begin(), group.end());
    // Combinations.
    cases.push_back({"everything at once",
        profileWith(kKidney | kBleeding | kPregnant,
            {MC::Antibiotic, MC::CalciumChannelBlocker, MC::MuscleRelaxant, MC::Diuretic,
                MC::Bisphosphonate, MC::Gabapentinoid, MC::OralIron, MC::Levothyroxine,
                MC::ProtonPumpInhibitor, MC::DopamineAgonist, MC::DopamineBlocker}),
        withCaffeine(withSideEffects(withIntravenous(supplementDay({300, 2500}), 10),
                         kConfusion | kNausea | kDiarrhoea),
            1, 5),
        // Children's rules are for children; two doses are split; weakness or drowsiness is
        // told as part of the article's signs when one of those is logged too.
        allRulesBut({kChildRule, kChildAbove, kSingle,
            QStringLiteral("side_effect.weakness_drowsiness")})});
    return cases;
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
        {QStringLiteral("side_effect.weakness_drowsiness"),
            {Severity::Warning, QStringLiteral("serious-side-effects")}},
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
        QStringLiteral("400.5\u00A0mg from supplements: above the 350\u00A0mg limit and the "
                       "article's 270–350\u00A0mg"));
    EXPECT_TRUE(SafetyEngine::message(findings[1]).contains(QStringLiteral("National Institutes")));
}

} // namespace
} // namespace stilla
