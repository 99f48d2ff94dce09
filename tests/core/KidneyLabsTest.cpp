// Kidney disease shown by the eGFRs (KDIGO 2012): when one eGFR is enough, when a run of them
// is, and what a day with nausea and magnesium then says.
#include "SafetyTestData.h"
#include "core/safety/LabRules.h"
#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyFacts.h"
#include "tests/TestUtil.h"

namespace stilla {
namespace {

using namespace test;

const QDate kDay(2026, 3, 12);

std::optional<double> shownBy(const std::vector<LabResult>& labs, const QDate& date = kDay)
{
    const auto kidneys = LabRules::kidneyDisease(labs, date);
    return kidneys ? std::optional(kidneys->egfr) : std::nullopt;
}

TEST(KidneyLabsTest, OneEgfrBelow30IsKidneyDiseaseButOneBelow60IsNotYet)
{
    EXPECT_EQ(shownBy({}), std::nullopt);
    EXPECT_EQ(shownBy({egfrOn(kDay, 30)}), std::nullopt);
    EXPECT_EQ(shownBy({egfrOn(kDay, 45)}), std::nullopt);
    const auto severe = LabRules::kidneyDisease(std::vector {egfrOn(kDay.addDays(-10), 29)}, kDay);
    ASSERT_TRUE(severe.has_value());
    EXPECT_EQ(severe->egfr, 29);
    EXPECT_EQ(severe->measured, kDay.addDays(-10));
    EXPECT_EQ(severe->limit, SafetyFacts::kEgfrSeverelyReduced);
    // Older than the 12 months an eGFR counts for, or after the day: not read.
    EXPECT_EQ(shownBy({egfrOn(kDay.addMonths(-12), 20)}), std::nullopt);
    EXPECT_EQ(shownBy({egfrOn(kDay.addMonths(-12).addDays(1), 20)}), 20);
    EXPECT_EQ(shownBy({egfrOn(kDay.addDays(1), 20)}), std::nullopt);
    // The newest counts: a recovered eGFR after a low one is no kidney disease.
    EXPECT_EQ(shownBy({egfrOn(kDay.addMonths(-2), 20), egfrOn(kDay, 75)}), std::nullopt);
}

TEST(KidneyLabsTest, Below60ForMoreThanThreeMonthsIsChronicKidneyDisease)
{
    const QDate threeMonthsBefore = kDay.addMonths(-3);
    // Exactly three months is not "more than three months".
    EXPECT_EQ(shownBy({egfrOn(kDay, 55), egfrOn(threeMonthsBefore, 50)}), std::nullopt);
    const auto chronic = LabRules::kidneyDisease(
        std::vector {egfrOn(threeMonthsBefore.addDays(-1), 50), egfrOn(kDay, 55)}, kDay);
    ASSERT_TRUE(chronic.has_value());
    EXPECT_EQ(chronic->egfr, 55);
    EXPECT_EQ(chronic->measured, kDay);
    EXPECT_EQ(chronic->limit, SafetyFacts::kEgfrReduced);
    // Every eGFR in between must be below 60 too, in whatever order the results come.
    EXPECT_EQ(
        shownBy({egfrOn(kDay, 55), egfrOn(kDay.addMonths(-1), 60), egfrOn(kDay.addMonths(-5), 50)}),
        std::nullopt);
    EXPECT_EQ(
        shownBy({egfrOn(kDay.addMonths(-1), 58), egfrOn(kDay, 55), egfrOn(kDay.addMonths(-5), 50)}),
        55);
    // A result without an eGFR neither ends the run nor counts in it.
    LabResult ferritin;
    ferritin.date = kDay.addMonths(-2);
    ferritin.ferritin = 40;
    EXPECT_EQ(shownBy({egfrOn(kDay, 55), ferritin, egfrOn(kDay.addMonths(-4), 50)}), 55);
    EXPECT_EQ(shownBy({egfrOn(kDay, 55), ferritin}), std::nullopt);
}

TEST(KidneyLabsTest, NauseaWithMagnesiumIsAWarningWhenTheEgfrsShowKidneyDisease)
{
    const EnglishLocale english;
    DayEntry day = withSideEffects(supplementDay({100}), kNausea);
    day.date = kDay;
    const std::vector labs {egfrOn(QDate(2026, 2, 20), 25)};
    const std::vector<Finding> findings = SafetyEngine::evaluate(kAdult, day, labs);
    // The supplements themselves (condition.kidney_disease, below), then the nausea.
    ASSERT_EQ(rulesOf(findings), (QStringList {kKidneyCondition, kKidneySickness}));
    const Finding& warning = findings.back();
    EXPECT_EQ(warning.severity, Severity::Warning);
    EXPECT_EQ(warning.message,
        QStringLiteral("Your eGFR was 25\u00A0mL/min/1.73\u00A0m² on 20 February 2026: your "
                       "kidney function is severely reduced or has failed. You noted nausea or "
                       "vomiting on a day with magnesium. When the kidneys remove less, "
                       "magnesium builds up more easily, and nausea or vomiting can be an early "
                       "sign of too much magnesium. Stop taking magnesium and talk to your "
                       "doctor today."));
    EXPECT_EQ(SafetyEngine::summary(warning),
        QStringLiteral("eGFR 25 and nausea: stop magnesium, talk to your doctor today"));
    EXPECT_TRUE(SafetyFacts::ruleSource(warning).contains(QLatin1String("KDIGO")));
    // The nausea is not also called a common side effect to treat with a lower dose.
    EXPECT_FALSE(rulesOf(findings).contains(QLatin1String(SafetyRule::kCommonSideEffect)));

    // A day with magnesium is one the article advises against, as with the profile's note.
    const Finding& supplements = findings.front();
    EXPECT_EQ(supplements.severity, Severity::Warning);
    EXPECT_EQ(supplements.message,
        QStringLiteral("You took magnesium supplements on this day, and your eGFR results meet "
                       "the definition of kidney disease (the newest 25\u00A0mL/min/1.73\u00A0m² "
                       "on 20 February 2026). The article advises against taking magnesium with "
                       "any kidney disease, including kidney failure. Please talk to your doctor "
                       "before you take more."));
    EXPECT_EQ(SafetyEngine::message(supplements), supplements.message);
    EXPECT_EQ(SafetyEngine::summary(supplements),
        QStringLiteral("eGFR 25 and magnesium: the article advises against it; talk to your "
                       "doctor"));
    EXPECT_TRUE(SafetyFacts::ruleSource(supplements).contains(QLatin1String("KDIGO")));
    // With the eGFR note beside it, the diary tells the two as one cause.
    std::vector<Finding> withNote = findings;
    withNote.push_back(LabRules::evaluate({kDay, labs, 0}).front());
    const std::vector<FindingGroup> groups = SafetyEngine::group(withNote);
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups.front().lead.rule, kKidneyCondition);
    ASSERT_EQ(groups.front().others.size(), 1u);
    EXPECT_EQ(groups.front().others.front().rule, QLatin1String(SafetyRule::kEgfrLow));

    // Before the test, the same day reads as it always did.
    day.date = QDate(2026, 2, 19);
    EXPECT_EQ(rulesOf(SafetyEngine::evaluate(kAdult, day, labs)),
        QStringList {QLatin1String(SafetyRule::kCommonSideEffect)});
    // Without magnesium that day, nausea says nothing about magnesium.
    DayEntry noSupplement = withSideEffects(DayEntry(), kNausea);
    noSupplement.date = kDay;
    EXPECT_TRUE(SafetyEngine::evaluate(kAdult, noSupplement, labs).empty());
}

TEST(KidneyLabsTest, TheWarningNamesChronicKidneyDiseaseAndTheProfileStillSpeaksFirst)
{
    const EnglishLocale english;
    DayEntry day = withSideEffects(supplementDay({100}), kVomiting);
    day.date = kDay;
    const std::vector labs {egfrOn(QDate(2025, 10, 1), 52), egfrOn(QDate(2026, 3, 1), 48)};
    const std::vector<Finding> findings = SafetyEngine::evaluate(kAdult, day, labs);
    ASSERT_EQ(rulesOf(findings), (QStringList {kKidneyCondition, kKidneySickness}));
    EXPECT_TRUE(findings.back().message.startsWith(
        QStringLiteral("Your eGFR has been below 60\u00A0mL/min/1.73\u00A0m² in tests more than "
                       "three months apart, the newest 48 on 1 March 2026. That meets the "
                       "definition of chronic kidney disease that doctors use (KDIGO); your "
                       "doctor can tell you what it means for you.")))
        << findings.back().message.toStdString();
    // One eGFR of 48 alone is reduced function, not yet kidney disease: a common side effect.
    EXPECT_EQ(rulesOf(SafetyEngine::evaluate(kAdult, day, std::vector {labs.back()})),
        QStringList {QLatin1String(SafetyRule::kCommonSideEffect)});
    // A profile that notes kidney disease says it in its own words, whatever the eGFRs.
    const std::vector<Finding> noted = SafetyEngine::evaluate(profileWith(kKidney), day, labs);
    const auto sickness = std::find_if(noted.begin(), noted.end(),
        [](const Finding& finding) { return finding.rule == kKidneySickness; });
    ASSERT_NE(sickness, noted.end());
    EXPECT_FALSE(sickness->measured.isValid());
    EXPECT_TRUE(sickness->message.startsWith(QLatin1String("Your profile notes kidney disease")));
}

TEST(KidneyLabsTest, TheEgfrNoteSaysNoSupplementsOnceTheResultsMeetTheDefinition)
{
    const EnglishLocale english;
    const auto egfrNote = [](const std::vector<LabResult>& labs) {
        const std::vector<Finding> findings = LabRules::evaluate({kDay, labs, 0});
        EXPECT_EQ(findings.size(), 1u);
        return findings.empty() ? Finding {} : findings.front();
    };
    // One eGFR of 48: reduced function, ask the doctor.
    const Finding once = egfrNote({egfrOn(QDate(2026, 3, 1), 48)});
    EXPECT_EQ(once.severity, Severity::Caution);
    EXPECT_TRUE(once.message.contains(QLatin1String("may want to repeat the test")))
        << once.message.toStdString();
    // Below 60 for more than three months is chronic kidney disease: the article's "do not", as
    // with kidney disease in the profile, and the note says the results meet the definition.
    const Finding chronic
        = egfrNote({egfrOn(QDate(2025, 10, 1), 52), egfrOn(QDate(2026, 3, 1), 48)});
    EXPECT_EQ(chronic.severity, Severity::Warning);
    EXPECT_EQ(chronic.amountMg, 48);
    EXPECT_EQ(chronic.limitMg, SafetyFacts::kEgfrReduced);
    EXPECT_EQ(chronic.measured, QDate(2026, 3, 1));
    EXPECT_EQ(chronic.message,
        QStringLiteral("Your eGFR has been below 60\u00A0mL/min/1.73\u00A0m² in tests more than "
                       "three months apart, the newest 48 on 1 March 2026. That meets the "
                       "definition of chronic kidney disease that doctors use (KDIGO); your "
                       "doctor can tell you what it means for you. The kidneys remove extra "
                       "magnesium, and the article advises against magnesium with any kidney "
                       "disease: do not take magnesium supplements, or laxatives or antacids that "
                       "contain magnesium, without your doctor's advice."));
    EXPECT_EQ(SafetyEngine::message(chronic), chronic.message);
    EXPECT_EQ(SafetyEngine::summary(chronic),
        QStringLiteral("eGFR 48: no magnesium supplements without your doctor's advice"));
    // Below 30 keeps its own words.
    const Finding severe = egfrNote({egfrOn(QDate(2025, 10, 1), 52), egfrOn(kDay, 25)});
    EXPECT_EQ(severe.limitMg, SafetyFacts::kEgfrSeverelyReduced);
    EXPECT_TRUE(severe.message.contains(QLatin1String("severely reduced or has failed")))
        << severe.message.toStdString();
}

} // namespace
} // namespace stilla
