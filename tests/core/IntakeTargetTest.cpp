#include "core/nutrition/IntakeTarget.h"

#include "core/Settings.h"
#include "tests/TestUtil.h"

#include <QTemporaryDir>

namespace stilla {
namespace {

using Choice = IntakeTargets::Choice;

Profile adult(Sex sex)
{
    Profile profile;
    profile.ageGroup = AgeGroup::Adult;
    profile.sex = sex;
    return profile;
}

TEST(IntakeTargetTest, NordicAdequateIntakeBySex)
{
    EXPECT_EQ(IntakeTargets::reference(adult(Sex::Female), IntakeReference::Nordic)->mg, 300);
    EXPECT_EQ(IntakeTargets::reference(adult(Sex::Male), IntakeReference::Nordic)->mg, 350);
    const auto unset = IntakeTargets::reference(adult(Sex::Unset), IntakeReference::Nordic);
    EXPECT_EQ(unset->mg, 300);
    EXPECT_TRUE(unset->basis.contains(QStringLiteral("lower")));
    // The basis is shown in brackets: it holds none itself (it once read "… women (the lower
    // figure; …))." under the Foods page's total).
    for (const IntakeReference reference : {IntakeReference::Nordic, IntakeReference::Us}) {
        const QString basis = IntakeTargets::reference(adult(Sex::Unset), reference)->basis;
        EXPECT_FALSE(basis.contains(QLatin1Char('('))) << basis.toStdString();
    }
}

TEST(IntakeTargetTest, UsRecommendedDietaryAllowanceBySex)
{
    EXPECT_EQ(IntakeTargets::reference(adult(Sex::Female), IntakeReference::Us)->mg, 320);
    EXPECT_EQ(IntakeTargets::reference(adult(Sex::Male), IntakeReference::Us)->mg, 420);
}

TEST(IntakeTargetTest, NoTargetForChildrenOrAdolescents)
{
    Profile child = adult(Sex::Female);
    for (AgeGroup group :
        {AgeGroup::Child, AgeGroup::Child1To3, AgeGroup::Child4To8, AgeGroup::Child9To12}) {
        child.ageGroup = group;
        EXPECT_FALSE(IntakeTargets::reference(child, IntakeReference::Nordic).has_value())
            << toName(group).toStdString();
    }
    child.ageGroup = AgeGroup::Adolescent;
    EXPECT_FALSE(IntakeTargets::reference(child, IntakeReference::Us).has_value());
}

TEST(IntakeTargetTest, NoReferenceTargetWithKidneyDiseaseButTheOwnFigureCounts)
{
    Profile kidney = adult(Sex::Female);
    kidney.conditions = unsigned(Condition::KidneyDisease);
    EXPECT_FALSE(IntakeTargets::reference(kidney, IntakeReference::Nordic).has_value());
    EXPECT_FALSE(IntakeTargets::reference(kidney, IntakeReference::Us).has_value());
    kidney.conditions = unsigned(Condition::BleedingDisorder);
    EXPECT_EQ(IntakeTargets::reference(kidney, IntakeReference::Nordic)->mg, 300);
    kidney.conditions = unsigned(Condition::KidneyDisease);
    // A figure the person's doctor gave still counts.
    const auto own = IntakeTargets::resolve(kidney, {IntakeReference::Nordic, 200}, std::nullopt);
    ASSERT_TRUE(own.has_value());
    EXPECT_EQ(own->mg, 200);
}

TEST(IntakeTargetTest, NoReferenceTargetWhenTheEgfrsShowKidneyDisease)
{
    const Choice nordic {IntakeReference::Nordic, 0};
    const LabRules::KidneyDisease kidneys {25, QDate(2026, 3, 1), 30};
    EXPECT_FALSE(IntakeTargets::resolve(adult(Sex::Female), nordic, kidneys).has_value());
    EXPECT_EQ(IntakeTargets::resolve(adult(Sex::Female), nordic, std::nullopt)->mg, 300);
    const auto own
        = IntakeTargets::resolve(adult(Sex::Female), {IntakeReference::Nordic, 200}, kidneys);
    ASSERT_TRUE(own.has_value());
    EXPECT_EQ(own->mg, 200);
}

TEST(IntakeTargetTest, OwnTargetWinsAndReferenceComesFromSettings)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.conf")));
    EXPECT_EQ(IntakeTargets::current(settings, adult(Sex::Male), std::nullopt)->mg, 350);
    settings.setValue(Settings::Key::IntakeReference, QStringLiteral("us"));
    EXPECT_EQ(IntakeTargets::current(settings, adult(Sex::Male), std::nullopt)->mg, 420);
    settings.setValue(Settings::Key::IntakeTargetMg, 380);
    const auto own = IntakeTargets::current(settings, adult(Sex::Male), std::nullopt);
    EXPECT_EQ(own->mg, 380);
    EXPECT_TRUE(own->custom);
    settings.setValue(Settings::Key::IntakeTargetMg, 99999); // out of range: ignored
    EXPECT_EQ(IntakeTargets::current(settings, adult(Sex::Male), std::nullopt)->mg, 420);
}

} // namespace
} // namespace stilla
