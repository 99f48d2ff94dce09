#pragma once

#include "Finding.h"
#include "Profile.h"

#include <QString>

namespace stilla {

/// The words of the safety findings: each rule's message and one-line summary, and the
/// severities' names, in the current UI language, made from the rule and the amounts a Finding
/// carries. The rules themselves are SafetyEngine's; the texts keep its translation context
/// (they are SafetyEngine::tr() strings), so SafetyEngine::message(), summary() and
/// severityName() are these.
class SafetyMessages
{
public:
    /// The finding's message; Finding::message itself for a rule it does not know.
    static QString message(const Finding& finding);
    /// One short line that says what the finding is about, e.g. "Bleeding disorder: ask your
    /// doctor before taking magnesium"; the message for a rule it does not know.
    static QString summary(const Finding& finding);
    /// summary() said of a planned dose a day (ExperimentPlan) instead of a day's doses taken:
    /// a plan sets no number of doses, so the advice to split is said of the dose a day.
    static QString planSummary(const Finding& finding);
    /// Whether the summary() of @p lead, the lead of a FindingGroup, already says what that of
    /// @p other in its group does: the article's range leads with the authorities' limit named.
    static bool summarySays(const Finding& lead, const Finding& other);
    /// "Good to know", "Take care", "Warning", "Seek care now".
    static QString severityName(Severity severity);

private:
    // The messages by the rules' topics (as SafetyEngine adds them); each is empty for a rule
    // of another topic.
    static QString doseMessage(const Finding& finding);
    static QString sideEffectMessage(const Finding& finding);
    static QString conditionMessage(const Finding& finding);
    static QString interactionMessage(const Finding& finding);
    static QString medicineMessage(const Finding& finding);
    static QString lifestyleMessage(const Finding& finding);
    /// summary() of the dose rules; empty for a rule of another topic.
    static QString doseSummary(const Finding& finding);
    static QString childAges(AgeGroup ageGroup);
    static QString childAuthority(const Finding& finding);
};

} // namespace stilla
