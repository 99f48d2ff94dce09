#pragma once

#include "core/Result.h"
#include "core/diary/DayEntry.h"
#include "core/safety/Finding.h"
#include "core/safety/Profile.h"
#include "core/stats/Statistics.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stilla {

/// The two kinds of phase of a self-experiment: A without a magnesium supplement, B with the
/// planned dose.
enum class Arm { WithoutMagnesium, WithMagnesium };

/// A time the person paused the experiment: from the first paused day until the first day back
/// (invalid while still paused). Paused days count for nothing, and the rest of the schedule
/// moves later by the length of the pause.
struct ExperimentPause
{
    QDate from;
    QDate until;

    bool operator==(const ExperimentPause&) const = default;
};

/// A planned n-of-1 trial (Kravitz, Duan et al., "Design and Implementation of N-of-1 Trials: A
/// User's Guide", AHRQ 2014): phases without (A) and with (B) a magnesium supplement in a set
/// pattern, each phaseDays long, the first washoutDays of each phase not analysed (the effect
/// of the phase before may last into it), and one primary outcome chosen before the start.
struct ExperimentPlan
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ExperimentPlan)

public:
    static constexpr int kMinPhaseDays = 7;
    static constexpr int kDefaultPhaseDays = 14;
    static constexpr int kMaxPhaseDays = 56;
    static constexpr int kDefaultWashoutDays = 3;
    static constexpr int kMinPhases = 2;
    static constexpr int kMaxPhases = 12;

    qint64 id = 0; ///< the diary's row id; 0 before it is saved
    QDate start;
    QString pattern = QStringLiteral("ABBA"); ///< A and B, one letter per phase
    int phaseDays = kDefaultPhaseDays;
    int washoutDays = kDefaultWashoutDays;
    double doseMg = 0; ///< elemental magnesium a day in the B phases
    SupplementForm form = SupplementForm::Citrate;
    Statistics::Outcome outcome = Statistics::Outcome::Severity;
    std::optional<QDate> stoppedOn; ///< the first day no longer part of it, when stopped early
    std::vector<ExperimentPause> pauses; ///< in date order

    bool operator==(const ExperimentPlan&) const = default;

    /// What is wrong with the plan, one sentence each, naming the field; empty when nothing.
    /// The dose is checked against the safety rules separately (ExperimentSchedule).
    QStringList problems() const;
    Arm armOf(int phase) const;
    int phaseCount() const { return int(pattern.size()); }
    /// Days from the start to the last planned day, pauses included.
    int plannedDays() const;
    /// The last day of the last phase, pauses included.
    QDate plannedEnd() const;
    /// The last day that is part of the experiment: the day before it was stopped, else the
    /// planned end; 31 December 9999 while a pause has no end.
    QDate lastDay() const;
    /// True while a pause has no end.
    bool isPaused() const;
    /// Pauses from @p day, resumes on @p day, or stops on @p day (the day and those after it
    /// no longer count; a pause without an end ends then). Each refuses, changing nothing, with
    /// a message for people, when the experiment is not in a state for it on @p day.
    Status pause(const QDate& day);
    Status resume(const QDate& day);
    Status stop(const QDate& day);
    /// What the safety rules say about a B day of the plan for @p profile (the planned dose,
    /// taken as one dose, on the first day): the same findings the diary would show.
    std::vector<Finding> safetyFindings(const Profile& profile) const;
    /// One of safetyFindings() in a line, with its severity, as said of a plan: a plan sets a
    /// dose a day, not how it is taken, so the advice to split a large dose is said of the day's
    /// dose ("… a day: better taken as two doses or more"), not of one dose already taken.
    static QString describeFinding(const Finding& finding);
    /// describeFinding() of each of @p findings, most severe first, leaving out a finding
    /// whose line another line already says (900 mg above the article's range "and the
    /// 250 mg limit" is not followed by "above the upper limit of 250 mg").
    static QStringList describeFindings(const std::vector<Finding>& findings);
    /// True when a finding is a warning or worse: the plan should not start as it is.
    static bool blocksStart(const std::vector<Finding>& findings);
};

/// Where a date falls in a plan.
struct ExperimentDay
{
    enum class State { NotStarted, InPhase, Paused, Finished, Stopped };
    State state = State::NotStarted;
    int phase = -1; ///< 0-based, in InPhase
    Arm arm = Arm::WithoutMagnesium;
    int dayInPhase = 0; ///< 1-based, in InPhase
    bool washout = false; ///< one of the phase's first washoutDays

    bool operator==(const ExperimentDay&) const = default;
};

/// A run of consecutive days in one phase; a pause splits a phase into two runs.
struct PhaseSpan
{
    QDate first;
    QDate last;
    int phase = 0; ///< 0-based
    Arm arm = Arm::WithoutMagnesium;

    bool operator==(const PhaseSpan&) const = default;
};

class ExperimentSchedule
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ExperimentSchedule)

public:
    static ExperimentDay dayOf(const ExperimentPlan& plan, const QDate& date);
    /// What @p date is in the plan and what to do, for people, in the UI language: "Magnesium
    /// phase (B), day 5 of 14: 200 mg of magnesium planned." The diary shows it and stilla-cli
    /// experiment show prints it.
    static QString describe(const ExperimentPlan& plan, const QDate& date);
    /// The runs of days in phases from the start to @p last, or to the plan's last day when
    /// that comes first, in date order: what the trend charts shade.
    static std::vector<PhaseSpan> phaseSpans(const ExperimentPlan& plan, const QDate& last);
    /// The runs of all of @p plans that fall from @p from to @p to, cut to that range.
    static std::vector<PhaseSpan> phaseSpans(
        const std::vector<ExperimentPlan>& plans, const QDate& from, const QDate& to);
    /// The plan in one sentence: its days, pattern, phases, washout, dose and outcome.
    static QString describePlan(const ExperimentPlan& plan);
    /// An outcome's name inside a sentence: "RLS severity", "sleep quality", "total sleep".
    static QString outcomeLabel(Statistics::Outcome outcome);
};

/// "ABAB", "ABBA", ...: the patterns the wizard offers, each with both arms at least twice.
QStringList experimentPatterns();

QString toName(Arm arm); ///< "A", "B"

} // namespace stilla
