#include "SafetyTestData.h"
#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyFacts.h"
#include "tests/TestUtil.h"

namespace stilla {
namespace {

using namespace test;

TEST(SafetyPreviewTest, NothingNewMeansNothingToSay)
{
    EXPECT_TRUE(SafetyEngine::preview(kAdult, supplementDay({100}), oralDose(100)).empty());
    EXPECT_TRUE(SafetyEngine::preview(kAdult, supplementDay(), oralDose(125)).empty());
    // Food does not count: a day full of food magnesium stays quiet.
    EXPECT_TRUE(
        SafetyEngine::preview(kAdult, withFood(supplementDay(), 2000), oralDose(120)).empty());
}

TEST(SafetyPreviewTest, CrossingALimitIsNewWithTheNewTotal)
{
    const std::vector<Finding> findings
        = SafetyEngine::preview(kAdult, supplementDay({200}), oralDose(300));
    ASSERT_EQ(rulesOf(findings),
        QStringList({QLatin1String(SafetyRule::kSupplementAboveArticleRange),
            QLatin1String(SafetyRule::kSupplementAboveReference)}));
    EXPECT_TRUE(findings[1].message.contains(QStringLiteral("500\u00A0mg")))
        << findings[1].message.toStdString();
}

TEST(SafetyPreviewTest, ARisingTotalAboveALimitIsShownAgain)
{
    // Already above 250; adding more changes the message, so it is shown with the new total.
    const std::vector<Finding> findings
        = SafetyEngine::preview(kAdult, supplementDay({150, 150}), oralDose(60));
    ASSERT_EQ(rulesOf(findings),
        QStringList({QLatin1String(SafetyRule::kSupplementAboveArticleRange),
            QLatin1String(SafetyRule::kSupplementAboveReference)}));
    EXPECT_TRUE(findings[1].message.contains(QStringLiteral("360\u00A0mg")));
    // Boundary: from 340 to exactly 350 is not above the article's range.
    EXPECT_EQ(rulesOf(SafetyEngine::preview(kAdult, supplementDay({170, 170}), oralDose(10))),
        QStringList {QLatin1String(SafetyRule::kSupplementAboveReference)});
    EXPECT_EQ(rulesOf(SafetyEngine::preview(kAdult, supplementDay({170, 170}), oralDose(11))),
        QStringList({QLatin1String(SafetyRule::kSupplementAboveArticleRange),
            QLatin1String(SafetyRule::kSupplementAboveReference)}));
}

TEST(SafetyPreviewTest, TheAdviceToSplitIsAboutTheDayAndATypoAboutTheNewDose)
{
    const EnglishLocale english; // "2,500 mg", whatever the machine's locale
    // The day's first dose, more than half the limit: better split.
    const std::vector<Finding> single
        = SafetyEngine::preview(kAdult, supplementDay(), oralDose(250));
    ASSERT_EQ(rulesOf(single), QStringList {QLatin1String(SafetyRule::kSingleDoseLarge)});
    EXPECT_TRUE(single[0].message.contains(QStringLiteral("250\u00A0mg")));
    // A second dose splits the day: nothing to say about the earlier one.
    EXPECT_TRUE(rulesOf(SafetyEngine::preview(profileWith(0, {}, SupplementReference::Us),
                            supplementDay({300}), oralDose(20)))
                    .isEmpty());
    // A typo is asked about even when the day already holds a larger one.
    const std::vector<Finding> typo
        = SafetyEngine::preview(kAdult, supplementDay({3000}), oralDose(2500));
    ASSERT_TRUE(rulesOf(typo).contains(QLatin1String(SafetyRule::kImplausibleDose)));
    for (const Finding& finding : typo) {
        if (finding.rule == QLatin1String(SafetyRule::kImplausibleDose)) {
            EXPECT_TRUE(finding.message.contains(QStringLiteral("2,500\u00A0mg")));
        }
    }
    // Exactly half the limit, and 2000, are not above.
    EXPECT_TRUE(rulesOf(SafetyEngine::preview(kAdult, supplementDay(), oralDose(125))).isEmpty());
    EXPECT_FALSE(rulesOf(SafetyEngine::preview(kAdult, supplementDay(), oralDose(2000)))
                     .contains(QLatin1String(SafetyRule::kImplausibleDose)));
    EXPECT_TRUE(rulesOf(SafetyEngine::preview(kAdult, supplementDay(), oralDose(2001)))
                    .contains(QLatin1String(SafetyRule::kImplausibleDose)));
}

TEST(SafetyPreviewTest, TheFirstSupplementOfTheDayBringsConditionsAndInteractions)
{
    const Profile profile
        = profileWith(unsigned(Condition::KidneyDisease) | unsigned(Condition::Pregnant),
            {MedicationClass::Bisphosphonate});
    const DayEntry day = withSideEffects(supplementDay(), unsigned(SideEffect::Diarrhoea));
    EXPECT_EQ(rulesOf(SafetyEngine::preview(profile, day, oralDose(100))),
        QStringList({QStringLiteral("condition.kidney_disease"),
            QStringLiteral("interaction.bisphosphonate"), QStringLiteral("side_effect.common")}));
    // The second dose brings only what is new: the drip in pregnancy.
    DayEntry taken = day;
    taken.supplements.push_back(oralDose(100));
    EXPECT_EQ(rulesOf(SafetyEngine::preview(profile, taken, intravenousDose(20))),
        QStringList {QStringLiteral("condition.pregnancy_iv")});
}

TEST(SafetyPreviewTest, ChildrenGetNoDosesInThePreviewEither)
{
    const Profile child = profileWith(0, {}, SupplementReference::NordicEu, AgeGroup::Child);
    EXPECT_EQ(rulesOf(SafetyEngine::preview(child, supplementDay(), oralDose(400))),
        QStringList {QLatin1String(SafetyRule::kChild)});
    EXPECT_TRUE(SafetyEngine::preview(child, supplementDay({100}), oralDose(400)).empty());
    // A child of known age: the child's limit, crossed by the new dose.
    const Profile toddler = profileWith(0, {}, SupplementReference::NordicEu, AgeGroup::Child1To3);
    EXPECT_EQ(rulesOf(SafetyEngine::preview(toddler, supplementDay({40}), oralDose(30))),
        QStringList {QLatin1String(SafetyRule::kChildAboveUpperLimit)});
}

} // namespace
} // namespace stilla
