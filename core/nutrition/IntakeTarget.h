#pragma once

#include "core/safety/LabRules.h"
#include "core/safety/Profile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace stilla {

class Settings;

/// Which recommendation the daily magnesium target (from food and supplements together)
/// follows. This is a target for total intake, not a limit: see SafetyFacts for the
/// supplement upper limits.
enum class IntakeReference {
    Nordic, ///< Nordic Nutrition Recommendations 2023, adequate intake (the default)
    Us, ///< US Recommended Dietary Allowance, NIH Office of Dietary Supplements
};

struct IntakeTarget
{
    double mg = 0;
    QString basis; ///< for people: what the figure is and where it comes from
    QString reportBasis; ///< the same about the person, for a report read by someone else
    bool custom = false; ///< the user's own figure
};

/// The daily target shown beside the day's magnesium total.
///
/// Sources (adults):
/// - Nordic Nutrition Recommendations 2023 (Blomhoff R. et al., Nordic Council of Ministers,
///   2023), magnesium chapter: adequate intake 300 mg a day for women, 350 mg for men.
/// - NIH Office of Dietary Supplements, "Magnesium — Fact Sheet for Health Professionals"
///   (updated 2022), Table 1, RDA for adults 31 years and older: 320 mg women, 420 mg men.
/// Stilla gives no target for children or adolescents (ask a doctor or dietitian), nor with
/// kidney disease, with which the article advises against magnesium (ask a doctor): noted in the
/// profile, or shown by the diary's eGFRs (LabRules::kidneyDisease); a figure of the person's
/// own still counts. With no sex in the profile it uses the lower of the two
/// figures and says so.
class IntakeTargets
{
    Q_DECLARE_TR_FUNCTIONS(stilla::IntakeTargets)

public:
    static constexpr double kNordicWomenMg = 300;
    static constexpr double kNordicMenMg = 350;
    static constexpr double kUsWomenMg = 320;
    static constexpr double kUsMenMg = 420;
    static constexpr double kMaxCustomMg = 2000;

    /// The reference figure for @p profile, or nullopt for children, adolescents and kidney
    /// disease.
    static std::optional<IntakeTarget> reference(const Profile& profile, IntakeReference reference);
    /// What the settings choose: a reference, or the user's own figure (0 = none).
    struct Choice
    {
        IntakeReference reference = IntakeReference::Nordic;
        double ownMg = 0;
    };
    static Choice choice(const Settings& settings);
    /// The target for @p choice, its texts in the language installed now. @p kidneys: the
    /// kidney disease the diary's eGFRs show on the day the target is for, if any; then no
    /// reference figure is given, as with kidney disease in the profile.
    static std::optional<IntakeTarget> resolve(const Profile& profile, const Choice& choice,
        const std::optional<LabRules::KidneyDisease>& kidneys);
    /// The target in use: the user's own figure when set, else the reference.
    static std::optional<IntakeTarget> current(const Settings& settings, const Profile& profile,
        const std::optional<LabRules::KidneyDisease>& kidneys);

    static QString toName(IntakeReference reference);
    static IntakeReference referenceFromName(const QString& name);
};

} // namespace stilla
