#include "IntakeTarget.h"

#include "core/Settings.h"

namespace stilla {

std::optional<IntakeTarget> IntakeTargets::reference(
    const Profile& profile, IntakeReference reference)
{
    // A goal to reach with food and supplements together would invite supplements where the
    // article advises against them: with any kidney disease (SafetyRule::kKidneyDisease).
    if (profile.isChild() || profile.ageGroup == AgeGroup::Adolescent
        || profile.has(Condition::KidneyDisease))
        return std::nullopt;
    const bool nordic = reference == IntakeReference::Nordic;
    const double women = nordic ? kNordicWomenMg : kUsWomenMg;
    const double men = nordic ? kNordicMenMg : kUsMenMg;
    IntakeTarget target;
    switch (profile.sex) {
    case Sex::Female:
        target.mg = women;
        target.basis = nordic ? tr("Nordic Nutrition Recommendations 2023, adequate intake for "
                                   "women")
                              : tr("US recommended dietary allowance for women 31 and older "
                                   "(NIH Office of Dietary Supplements)");
        break;
    case Sex::Male:
        target.mg = men;
        target.basis = nordic ? tr("Nordic Nutrition Recommendations 2023, adequate intake for "
                                   "men")
                              : tr("US recommended dietary allowance for men 31 and older "
                                   "(NIH Office of Dietary Supplements)");
        break;
    case Sex::Unset:
        target.mg = women;
        // Shown in brackets itself: no brackets inside.
        target.basis = nordic ? tr("Nordic Nutrition Recommendations 2023, adequate intake for "
                                   "women, the lower figure: set your sex in the profile for "
                                   "yours")
                              : tr("US recommended dietary allowance for women 31 and older, "
                                   "the lower figure: set your sex in the profile for yours");
        target.reportBasis = nordic
            ? tr("Nordic Nutrition Recommendations 2023, adequate intake for women; the lower "
                 "figure, as the profile gives no sex")
            : tr("US recommended dietary allowance for women 31 and older; the lower figure, as "
                 "the profile gives no sex");
        return target;
    }
    target.reportBasis = target.basis;
    return target;
}

IntakeTargets::Choice IntakeTargets::choice(const Settings& settings)
{
    return {referenceFromName(settings.value(Settings::Key::IntakeReference).toString()),
        settings.value(Settings::Key::IntakeTargetMg).toDouble()};
}

std::optional<IntakeTarget> IntakeTargets::resolve(const Profile& profile, const Choice& choice,
    const std::optional<LabRules::KidneyDisease>& kidneys)
{
    if (choice.ownMg > 0 && choice.ownMg <= kMaxCustomMg)
        return IntakeTarget {
            choice.ownMg, tr("your own target"), tr("the person's own target"), true};
    if (kidneys)
        return std::nullopt;
    return reference(profile, choice.reference);
}

std::optional<IntakeTarget> IntakeTargets::current(const Settings& settings, const Profile& profile,
    const std::optional<LabRules::KidneyDisease>& kidneys)
{
    return resolve(profile, choice(settings), kidneys);
}

QString IntakeTargets::toName(IntakeReference reference)
{
    return reference == IntakeReference::Us ? QStringLiteral("us") : QStringLiteral("nordic");
}

IntakeReference IntakeTargets::referenceFromName(const QString& name)
{
    return name == QLatin1String("us") ? IntakeReference::Us : IntakeReference::Nordic;
}

} // namespace stilla
