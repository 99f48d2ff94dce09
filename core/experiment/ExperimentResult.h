#pragma once

#include "ExperimentPlan.h"
#include "core/Result.h"
#include "core/stats/DailySeries.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace stilla {

class DiaryStore;

/// What a self-experiment shows for its primary outcome, with honest uncertainty.
///
/// Each outcome value belongs to the phase of the day whose magnesium came before it: the
/// severity of day D to the phase of D, the night stored on D + 1 (the night after D) to the
/// phase of D. The analysed days are the days in phases, less the washout days and the days
/// after the last day of the series, with the outcome recorded, in date order. The difference
/// B − A is b1 of y = b0 + b1·B by least squares, its 95% interval from Newey–West standard
/// errors (HacRegression, maxlags floor(4·(n/100)^(2/9))). docs/statistics.md.
struct ExperimentResult
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ExperimentResult)

public:
    /// Fewer analysed days than this in either arm, or fewer than kEnoughPhases phases of
    /// each with analysed days, and the verdict is TooLittleData.
    static constexpr int kEnoughDays = 14;
    static constexpr int kEnoughPhases = 2;

    enum class Verdict { TooLittleData, NoClearDifference, Better, Worse };

    /// One phase reached so far, for the per-phase chart: its analysed days and their mean.
    struct Phase
    {
        int phase = 0; ///< 0-based, in the plan's order
        Arm arm = Arm::WithoutMagnesium;
        int n = 0;
        std::optional<double> mean; ///< null without analysed days
        int daysLogged = 0; ///< its days so far with anything in the diary
        /// Of those, the days kept to the plan: a supplement logged in B, none in A.
        int daysKept = 0;
    };

    Statistics::Outcome outcome = Statistics::Outcome::Severity;
    int nA = 0;
    int nB = 0;
    int phasesA = 0; ///< phases of A with at least one analysed day
    int phasesB = 0;
    std::optional<double> meanA, meanB;
    /// B − A with its 95% interval; null below 3 analysed days or with one arm only.
    std::optional<double> difference, ci95Low, ci95High;
    int maxLags = 0;
    /// The share of the B days logged so far (not paused) with a magnesium supplement logged,
    /// and of the A days logged with none; null before the first such day. A day with nothing
    /// in the diary says nothing about the plan, so it is not counted either way.
    std::optional<double> adherenceB, adherenceA;
    int daysLoggedA = 0; ///< the A days so far with anything in the diary
    int daysLoggedB = 0;
    Verdict verdict = Verdict::TooLittleData;
    /// The phases that have begun by the last day counted, in order.
    std::vector<Phase> phases;
    /// The same analysis for the two outcomes not chosen, shown beside the answer but never
    /// deciding it (their own secondary lists are empty).
    std::vector<ExperimentResult> secondary;

    /// @p series holds the diary's days (Statistics::daily); @p today ends the days counted
    /// for adherence and analysis.
    static ExperimentResult compute(
        const ExperimentPlan& plan, const DailySeries& series, const QDate& today);
    /// compute() over the days @p store holds from the plan's start to @p last and the night
    /// after it.
    static Result<ExperimentResult> read(
        const DiaryStore& store, const ExperimentPlan& plan, const QDate& last);

    /// The decimals a mean or difference of @p outcome is shown with: 0 for minutes of sleep,
    /// 1 for the scales.
    static int decimals(Statistics::Outcome outcome)
    {
        return outcome == Statistics::Outcome::TotalSleep ? 0 : 1;
    }
    /// True when a higher value of @p outcome is better (sleep), false for RLS severity.
    static bool higherIsBetter(Statistics::Outcome outcome);
    /// "better", "worse", "no_clear_difference", "too_little_data".
    static QString verdictName(Verdict verdict);
    /// Who a text is for: the person in the app, or a clinician reading the report about them.
    enum class Reader { Person, Clinician };
    /// The verdict in plain words, in the UI language, with what it cannot rule out.
    QString describe(Reader reader = Reader::Person) const;
    /// One sentence per secondary outcome with data, saying it does not decide the answer;
    /// empty without any.
    QString describeSecondary() const;
    /// "Kept to the plan, on the days logged: a supplement on 93 % of the B days (27), none on
    /// 96 % of the A days (28)."; an arm without days logged is left out; empty before the
    /// first day logged in a phase.
    QString describeAdherence() const;

private:
    /// compute() for the plan's outcome alone.
    static ExperimentResult computeOne(
        const ExperimentPlan& plan, const DailySeries& series, const QDate& today);
};

} // namespace stilla
