#pragma once

#include "Finding.h"

#include <QString>

namespace stilla {

/// The words of the lab rules (LabRules::evaluate): iron, kidney function and serum magnesium,
/// each with the value and the date of the test. Part of SafetyMessages, whose translation
/// context (SafetyEngine) the texts keep.
class LabMessages
{
public:
    /// The message of a lab rule's finding; empty for any other finding.
    static QString message(const Finding& finding);
    /// Its one-line summary; empty for any other finding.
    static QString summary(const Finding& finding);
    /// side_effect.kidney_disease when the eGFRs show the kidney disease (Finding::measured
    /// is valid; LabRules::kidneyDisease): its message and summary, naming the newest eGFR.
    static QString kidneySicknessMessage(const Finding& finding);
    static QString kidneySicknessSummary(const Finding& finding);
    /// condition.kidney_disease when the eGFRs show the kidney disease: the same, for a day
    /// with magnesium supplements.
    static QString kidneyConditionMessage(const Finding& finding);
    static QString kidneyConditionSummary(const Finding& finding);

private:
    static QString egfrMessage(const Finding& finding);
    static QString serumMagnesiumMessage(const Finding& finding);
};

} // namespace stilla
