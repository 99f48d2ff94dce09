#pragma once

#include "Finding.h"
#include "LabRules.h"
#include "Profile.h"
#include "core/diary/DayEntry.h"
#include "core/labs/LabResult.h"

#include <QCoreApplication>

#include <span>
#include <vector>

namespace stilla {

/// The article's safety rules, applied to one day of the diary and the personal profile.
///
/// Pure functions: no I/O, no state; the messages are in the current UI language (tr(), the
/// texts of SafetyMessages).
/// Only supplement magnesium counts toward the dose rules; magnesium from food never does.
/// Amounts are compared after rounding to 0.001 mg, and every limit is exclusive: 250 mg is
/// not above 250 mg, 250.001 mg is. The rules, their limits and sources are listed in
/// docs/safety-rules.md.
class SafetyEngine
{
    Q_DECLARE_TR_FUNCTIONS(stilla::SafetyEngine)

public:
    /// The findings for @p day: most severe first, then by rule id; at most one per rule.
    /// @p labs, the diary's lab results in any order (later ones than the day are ignored):
    /// when their eGFRs show kidney disease on the day (LabRules::kidneyDisease), a day with
    /// magnesium, and nausea or vomiting on it, are read as with a profile that notes kidney
    /// disease (the findings then name the newest eGFR).
    /// Callers that look only at the doses (the food panel's limit, a planned day) pass none.
    static std::vector<Finding> evaluate(
        const Profile& profile, const DayEntry& day, std::span<const LabResult> labs = {});

    /// Sorts @p findings most severe first, then by rule id.
    static void sort(std::vector<Finding>& findings);

    /// Tells findings with one cause (SafetyRule::cause()) once: one group per cause, led by
    /// its most severe finding; the groups most severe first, then by the lead's rule id.
    static std::vector<FindingGroup> group(std::vector<Finding> findings);

    /// The finding's message, in the current UI language (the same text evaluate() put in
    /// Finding::message then), made again from the rule and the amounts it carries. The
    /// texts are SafetyMessages'.
    static QString message(const Finding& finding);
    /// One short line for people that says what the finding is about, in the current UI
    /// language, e.g. "Kidney disease: talk to your doctor before taking magnesium".
    static QString summary(const Finding& finding);
    /// The level's name for people, the same in the diary, the report and stilla-cli:
    /// "Good to know", "Take care", "Warning", "Seek care now".
    static QString severityName(Severity severity);

    /// @p mg in thousandths of a milligram, as the rules compare amounts (so that sums such
    /// as 100.1 + 149.9 compare as the 250 mg they are) and the messages show them.
    static double roundMg(double mg);

private:
    static void addDoseFindings(
        const Profile& profile, const DayEntry& day, std::vector<Finding>& findings);
    static void addImplausibleDoseFinding(
        const std::vector<SupplementIntake>& doses, std::vector<Finding>& findings);
    static void addSideEffectFindings(const Profile& profile, const DayEntry& day,
        const std::optional<LabRules::KidneyDisease>& kidneys, std::vector<Finding>& findings);
    static void addConditionFindings(const Profile& profile, const DayEntry& day,
        const std::optional<LabRules::KidneyDisease>& kidneys, std::vector<Finding>& findings);
    static void addInteractionFindings(
        const Profile& profile, const DayEntry& day, std::vector<Finding>& findings);
    static void addMedicineFindings(
        const Profile& profile, const DayEntry& day, std::vector<Finding>& findings);
    static void addLifestyleFindings(const DayEntry& day, std::vector<Finding>& findings);
};

} // namespace stilla
