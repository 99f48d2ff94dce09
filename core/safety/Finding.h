#pragma once

#include "Profile.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <vector>

namespace stilla {

/// How much a finding matters, least first.
enum class Severity {
    Info, ///< worth knowing
    Caution, ///< worth acting on: a lower dose, a question for the doctor or pharmacist
    Warning, ///< the article advises against it
    Urgent, ///< seek medical care now
};

/// One thing the SafetyEngine found about a day.
struct Finding
{
    QString rule; ///< stable rule id, e.g. "dose.supplement_above_reference" (see SafetyRule)
    Severity severity = Severity::Info;
    QString message; ///< for people, in the UI language
    QString section; ///< id of the article section it comes from, e.g. "forms-and-doses"
    /// What the texts are made from, so that they can be said again in another language
    /// (SafetyEngine::message() and summary()): the amount the finding is about (a day's
    /// supplement total or one dose) and the limit it passed, in mg, 0 when none; and the
    /// profile's reference for dose.supplement_above_reference.
    /// For the lab rules: amountMg holds the lab value (µg/L, % or mL/min/1.73 m²) or the
    /// number of days with symptoms, limitMg the threshold, and measured the date of the test.
    /// For dose.child_above_upper_limit, ageGroup is the child's age group.
    /// For the timed interactions (interaction.gabapentinoid, .iron, .levothyroxine) when the
    /// day has a time for the medicine and for a dose: medicineTime and doseTime are the closest
    /// pair, amountMg their distance in minutes and limitMg the distance advised.
    double amountMg = 0;
    double limitMg = 0;
    SupplementReference reference = SupplementReference::NordicEu;
    QDate measured;
    AgeGroup ageGroup = AgeGroup::Unset;
    QTime medicineTime;
    QTime doseTime;

    bool operator==(const Finding&) const = default;
};

/// Findings with one cause, told once: the most severe of them speaks for the group, and the
/// others add their details. A 400 mg dose, for example, is above the upper limit, above the
/// article's range and a large single dose: three findings, one group about the 400 mg.
struct FindingGroup
{
    Finding lead; ///< the most severe of the group (its rule, link and one-line summary)
    std::vector<Finding> others; ///< the rest, most severe first; their messages are details

    Severity severity() const { return lead.severity; }
    /// The cause the findings share; see SafetyRule::cause().
    QString cause() const;

    bool operator==(const FindingGroup&) const = default;
};

/// Whether @p finding is of @p rule, one of the ids in SafetyRule.
inline bool isRule(const Finding& finding, const char* rule)
{
    return finding.rule == QLatin1String(rule);
}

/// "info", "caution", "warning", "urgent".
QString toName(Severity severity);
std::optional<Severity> severityFromName(const QString& name);

/// The stable rule ids, documented in docs/safety-rules.md.
namespace SafetyRule {
inline constexpr char kSupplementAboveReference[] = "dose.supplement_above_reference";
inline constexpr char kSupplementAboveArticleRange[] = "dose.supplement_above_article_range";
inline constexpr char kSingleDoseLarge[] = "dose.single_dose_large";
inline constexpr char kImplausibleDose[] = "dose.implausible";
inline constexpr char kChild[] = "dose.child";
inline constexpr char kCommonSideEffect[] = "side_effect.common";
inline constexpr char kSeriousSideEffect[] = "side_effect.serious";
inline constexpr char kWeaknessOrDrowsiness[] = "side_effect.weakness_drowsiness";
inline constexpr char kKidneyDisease[] = "condition.kidney_disease";
inline constexpr char kBleedingDisorder[] = "condition.bleeding_disorder";
inline constexpr char kPregnancyIntravenous[] = "condition.pregnancy_iv";
inline constexpr char kAntibiotic[] = "interaction.antibiotic";
inline constexpr char kCalciumChannelBlocker[] = "interaction.calcium_channel_blocker";
inline constexpr char kMuscleRelaxant[] = "interaction.muscle_relaxant";
inline constexpr char kDiuretic[] = "interaction.diuretic";
inline constexpr char kBisphosphonate[] = "interaction.bisphosphonate";
inline constexpr char kCaffeine[] = "lifestyle.caffeine";
inline constexpr char kChildAboveUpperLimit[] = "dose.child_above_upper_limit";
inline constexpr char kKidneyDiseaseSideEffect[] = "side_effect.kidney_disease";
inline constexpr char kPregnancy[] = "condition.pregnancy";
inline constexpr char kGabapentinoid[] = "interaction.gabapentinoid";
inline constexpr char kOralIron[] = "interaction.iron";
inline constexpr char kLevothyroxine[] = "interaction.levothyroxine";
inline constexpr char kProtonPumpInhibitor[] = "interaction.ppi";
inline constexpr char kDopamineAugmentation[] = "medicine.dopamine_augmentation";
inline constexpr char kMayWorsenRls[] = "medicine.may_worsen_rls";

// The lab rules (LabRules::evaluate): about the diary's lab results, not one day.
inline constexpr char kFerritinLow[] = "iron.ferritin_low";
inline constexpr char kTransferrinSaturationLow[] = "iron.tsat_low";
inline constexpr char kIronNotTested[] = "iron.not_tested";
inline constexpr char kEgfrLow[] = "kidney.egfr_low";
inline constexpr char kSerumMagnesiumHigh[] = "magnesium.serum_high";
inline constexpr char kSerumMagnesiumLow[] = "magnesium.serum_low";

/// Every rule id of SafetyEngine::evaluate() above, sorted.
QStringList all();
/// Every rule id of LabRules::evaluate() (iron, kidney function, serum magnesium), sorted.
QStringList labs();

/// Where a rule's findings stand among findings of the same severity, lower first: whether the
/// person may take magnesium at all (`condition.`, then the lab results' `kidney.` and
/// `magnesium.`), how much
/// they take (`dose.`), the medicines it meets (`interaction.`, `medicine.`), what it does
/// (`side_effect.`), then `iron.` and `lifestyle.`. A rule of no listed family comes last.
int rank(const QString& rule);

/// What a rule's finding is about, for telling findings with one cause once: "dose.amount"
/// for the rules about how much magnesium the supplements hold (the day's total above a limit,
/// a large or implausible single dose, a child's dose above the child's limit), "kidney" for
/// magnesium with kidney disease and the eGFR note, and the rule id itself for every other rule.
QString cause(const QString& rule);
} // namespace SafetyRule

/// The article sections the findings and facts point to (ids in both languages' articles).
namespace ArticleSectionId {
inline constexpr char kSideEffects[] = "side-effects";
inline constexpr char kSeriousSideEffects[] = "serious-side-effects";
inline constexpr char kFormsAndDoses[] = "forms-and-doses";
inline constexpr char kPotentialRisks[] = "potential-risks";
inline constexpr char kAlternatives[] = "alternatives";
inline constexpr char kTraditionalTreatments[] = "traditional-treatments";
/// Stilla's own sections beside the article (resources/article/stilla-additions.*.json).
inline constexpr char kIronAndRls[] = "iron-and-rls";
inline constexpr char kMedicinesAndRls[] = "medicines-and-rls";
} // namespace ArticleSectionId

} // namespace stilla
