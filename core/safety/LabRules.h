#pragma once

#include "Finding.h"
#include "core/diary/DayEntry.h"
#include "core/labs/LabResult.h"

#include <optional>
#include <span>
#include <vector>

namespace stilla {

/// The rules that read the diary's lab results (docs/safety-rules.md, "Iron"). Unlike
/// SafetyEngine's, they read the lab results and the recent symptoms rather than one day: the
/// newest ferritin and transferrin saturation of the last 12 months against the AASM 2024
/// thresholds, a note to ask for a test when symptoms are frequent and there is no recent
/// ferritin, and the newest eGFR of the last 12 months against KDIGO's categories of kidney
/// function (docs/safety-rules.md, "Kidney function"), and the newest serum magnesium of the
/// last 3 months against its usual range ("Serum magnesium"). Their thresholds and sources are
/// in SafetyFacts. Pure functions, like SafetyEngine's.
class LabRules
{
public:
    /// What the diary's lab results and symptoms say on a day.
    struct History
    {
        QDate date; ///< the day the findings are for (today, or the diary day shown)
        /// Lab results up to and including date, oldest first (later ones are ignored).
        std::vector<LabResult> labs;
        /// Days with symptoms among the SafetyFacts::kSymptomWindowDays days up to date.
        int symptomDays = 0;
    };

    /// The findings, sorted like SafetyEngine::evaluate().
    static std::vector<Finding> evaluate(const History& history);
    /// What to ask before @p result is saved: values that are possible but more often typed in
    /// another unit (a serum magnesium of 2.1 is 2.1 mg/dL far more often than 2.1 mmol/L),
    /// one sentence each with what the value would be in Stilla's unit; empty when nothing.
    static QStringList questions(const LabResult& result);
    /// The eGFR that shows kidney disease on a day (KDIGO 2012, SafetyFacts::kEgfrReduced).
    struct KidneyDisease
    {
        double egfr = 0; ///< the newest eGFR, mL/min/1.73 m²
        QDate measured; ///< its date
        double limit = 0; ///< the threshold it is below: kEgfrSeverelyReduced or kEgfrReduced
    };
    /// Whether the eGFRs among @p labs (any order) show kidney disease on @p date: the newest
    /// eGFR up to @p date, younger than kEgfrValidMonths, is below kEgfrSeverelyReduced
    /// (severely decreased or failed, acute or chronic), or below kEgfrReduced and so is every
    /// eGFR back to one taken more than three months before it (KDIGO's chronic kidney disease:
    /// a GFR below 60 for more than three months). One eGFR of 45 is not yet kidney disease.
    /// SafetyEngine then reads the day as it reads a profile that notes kidney disease.
    static std::optional<KidneyDisease> kidneyDisease(
        std::span<const LabResult> labs, const QDate& date);
    /// Days with symptoms (SymptomRecord::anyFelt()) among @p days whose date is in the window
    /// of kSymptomWindowDays days ending on @p date.
    static int symptomDays(const std::vector<DayEntry>& days, const QDate& date);
};

} // namespace stilla
