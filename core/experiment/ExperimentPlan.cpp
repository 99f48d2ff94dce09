#include "ExperimentPlan.h"

#include "core/diary/DayValidation.h"
#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyMessages.h"

#include <QLocale>
#include <QRegularExpression>

namespace stilla {

QStringList ExperimentPlan::problems() const
{
    QStringList problems;
    if (!start.isValid())
        problems << tr("The experiment needs a valid first day.");
    static const QRegularExpression letters(QStringLiteral("^[AB]+$"));
    if (!letters.match(pattern).hasMatch() || pattern.size() < kMinPhases
        || pattern.size() > kMaxPhases || !pattern.contains(QLatin1Char('A'))
        || !pattern.contains(QLatin1Char('B')))
        problems << tr("The pattern \"%1\" must be %2 to %3 letters A (without magnesium) and B "
                       "(with), with both letters in it, such as ABAB.")
                        .arg(pattern)
                        .arg(kMinPhases)
                        .arg(kMaxPhases);
    if (phaseDays < kMinPhaseDays || phaseDays > kMaxPhaseDays)
        problems << tr("A phase must last %1 to %2 days, not %3: shorter phases cannot show a "
                       "change in symptoms that come and go.")
                        .arg(kMinPhaseDays)
                        .arg(kMaxPhaseDays)
                        .arg(phaseDays);
    if (washoutDays < 0 || washoutDays > phaseDays / 2)
        problems << tr("The days left out at the start of each phase must be from 0 to half the "
                       "phase (%1), not %2.")
                        .arg(phaseDays / 2)
                        .arg(washoutDays);
    if (!(doseMg > 0) || doseMg > DayValidation::kImplausibleSupplementMg)
        problems << tr("The planned dose must be above 0 and at most %1\u00A0mg of elemental "
                       "magnesium a day.")
                        .arg(DayValidation::kImplausibleSupplementMg);
    for (const ExperimentPause& pause : pauses) {
        if (!pause.from.isValid() || (pause.until.isValid() && pause.until <= pause.from)
            || (start.isValid() && pause.from <= start))
            problems << tr("A pause must start after the first day and end after it starts.");
    }
    return problems;
}

Arm ExperimentPlan::armOf(int phase) const
{
    return phase >= 0 && phase < pattern.size() && pattern[phase] == QLatin1Char('B')
        ? Arm::WithMagnesium
        : Arm::WithoutMagnesium;
}

int ExperimentPlan::plannedDays() const
{
    int days = phaseCount() * phaseDays;
    for (const ExperimentPause& pause : pauses) {
        if (pause.until.isValid())
            days += int(pause.from.daysTo(pause.until));
    }
    return days;
}

QDate ExperimentPlan::plannedEnd() const
{
    return start.addDays(plannedDays() - 1);
}

QDate ExperimentPlan::lastDay() const
{
    if (stoppedOn)
        return stoppedOn->addDays(-1);
    if (isPaused())
        return QDate(9999, 12, 31);
    return plannedEnd();
}

bool ExperimentPlan::isPaused() const
{
    return !pauses.empty() && !pauses.back().until.isValid();
}

Status ExperimentPlan::pause(const QDate& day)
{
    if (day == start
        && ExperimentSchedule::dayOf(*this, day).state == ExperimentDay::State::InPhase)
        return Error {tr("A pause can begin on the experiment's second day at the earliest. To "
                         "start it later, stop it and plan a new one.")};
    if (isPaused() || ExperimentSchedule::dayOf(*this, day).state != ExperimentDay::State::InPhase
        || day <= start || stoppedOn)
        return Error {tr("Only a running experiment can be paused, and on %1 it is not running.")
                          .arg(QLocale().toString(day, QLocale::ShortFormat))};
    pauses.push_back({day, QDate()});
    return {};
}

Status ExperimentPlan::resume(const QDate& day)
{
    if (!isPaused() || day <= pauses.back().from)
        return Error {tr("The experiment is not paused before %1, so it cannot be resumed then.")
                          .arg(QLocale().toString(day, QLocale::ShortFormat))};
    pauses.back().until = day;
    return {};
}

Status ExperimentPlan::stop(const QDate& day)
{
    const ExperimentDay::State state = ExperimentSchedule::dayOf(*this, day).state;
    if (state == ExperimentDay::State::Finished || state == ExperimentDay::State::Stopped)
        return Error {tr("The experiment had already ended by %1.")
                          .arg(QLocale().toString(day, QLocale::ShortFormat))};
    if (stoppedOn)
        return Error {tr("The experiment is already stopped; its last day is %1.")
                          .arg(QLocale().toString(lastDay(), QLocale::ShortFormat))};
    if (isPaused())
        pauses.back().until = std::max(day, pauses.back().from.addDays(1));
    stoppedOn = std::max(day, start.addDays(1));
    return {};
}

std::vector<Finding> ExperimentPlan::safetyFindings(const Profile& profile) const
{
    DayEntry day;
    day.date = start.isValid() ? start : QDate(2000, 1, 1);
    SupplementIntake dose;
    dose.form = form;
    dose.elementalMg = doseMg;
    day.supplements.push_back(dose);
    return SafetyEngine::evaluate(profile, day);
}

QString ExperimentPlan::describeFinding(const Finding& finding)
{
    return SafetyMessages::severityName(finding.severity) + QStringLiteral(": ")
        + SafetyMessages::planSummary(finding);
}

QStringList ExperimentPlan::describeFindings(const std::vector<Finding>& findings)
{
    QStringList lines;
    for (const FindingGroup& group : SafetyEngine::group(findings)) {
        lines << describeFinding(group.lead);
        for (const Finding& other : group.others) {
            if (!SafetyMessages::summarySays(group.lead, other))
                lines << describeFinding(other);
        }
    }
    return lines;
}

bool ExperimentPlan::blocksStart(const std::vector<Finding>& findings)
{
    for (const Finding& finding : findings) {
        if (finding.severity >= Severity::Warning)
            return true;
    }
    return false;
}

ExperimentDay ExperimentSchedule::dayOf(const ExperimentPlan& plan, const QDate& date)
{
    ExperimentDay day;
    if (!plan.start.isValid() || !date.isValid() || date < plan.start || plan.phaseDays <= 0)
        return day;
    if (plan.stoppedOn && date >= *plan.stoppedOn) {
        day.state = ExperimentDay::State::Stopped;
        return day;
    }
    // Days of the schedule before this one: the days since the start, less the paused ones.
    qint64 index = plan.start.daysTo(date);
    for (const ExperimentPause& pause : plan.pauses) {
        if (date < pause.from)
            continue;
        if (!pause.until.isValid() || date < pause.until) {
            day.state = ExperimentDay::State::Paused;
            return day;
        }
        index -= pause.from.daysTo(pause.until);
    }
    const qint64 phase = index / plan.phaseDays;
    if (phase >= plan.phaseCount()) {
        day.state = ExperimentDay::State::Finished;
        return day;
    }
    day.state = ExperimentDay::State::InPhase;
    day.phase = int(phase);
    day.arm = plan.armOf(day.phase);
    day.dayInPhase = int(index % plan.phaseDays) + 1;
    day.washout = day.dayInPhase <= plan.washoutDays;
    return day;
}

std::vector<PhaseSpan> ExperimentSchedule::phaseSpans(const ExperimentPlan& plan, const QDate& last)
{
    std::vector<PhaseSpan> spans;
    if (!plan.start.isValid() || !last.isValid())
        return spans;
    const QDate end = std::min(last, plan.lastDay());
    for (QDate date = plan.start; date <= end; date = date.addDays(1)) {
        const ExperimentDay day = dayOf(plan, date);
        if (day.state == ExperimentDay::State::Finished
            || day.state == ExperimentDay::State::Stopped)
            break;
        if (day.state != ExperimentDay::State::InPhase)
            continue;
        if (!spans.empty() && spans.back().phase == day.phase
            && spans.back().last.addDays(1) == date)
            spans.back().last = date;
        else
            spans.push_back({date, date, day.phase, day.arm});
    }
    return spans;
}

std::vector<PhaseSpan> ExperimentSchedule::phaseSpans(
    const std::vector<ExperimentPlan>& plans, const QDate& from, const QDate& to)
{
    std::vector<PhaseSpan> spans;
    for (const ExperimentPlan& plan : plans) {
        for (PhaseSpan span : phaseSpans(plan, to)) {
            if (span.last < from)
                continue;
            span.first = std::max(span.first, from);
            spans.push_back(span);
        }
    }
    return spans;
}

QString ExperimentSchedule::describe(const ExperimentPlan& plan, const QDate& date)
{
    const ExperimentDay day = dayOf(plan, date);
    const QLocale locale;
    switch (day.state) {
    case ExperimentDay::State::NotStarted:
        return tr("The self-experiment starts on %1.")
            .arg(locale.toString(plan.start, QLocale::LongFormat));
    case ExperimentDay::State::Paused:
        return tr("The self-experiment is paused. Resume it when you are ready; the phases go "
                  "on from where they stopped.");
    case ExperimentDay::State::Finished:
        return tr("The self-experiment ended on %1. Its result is ready.")
            .arg(locale.toString(plan.plannedEnd(), QLocale::LongFormat));
    case ExperimentDay::State::Stopped:
        return tr("The self-experiment was stopped on %1.")
            .arg(locale.toString(*plan.stoppedOn, QLocale::LongFormat));
    case ExperimentDay::State::InPhase:
        break;
    }
    const QString dose
        = tr("%1\u00A0mg").arg(locale.toString(plan.doseMg, 'f', QLocale::FloatingPointShortest));
    QString text = day.arm == Arm::WithMagnesium
        ? tr("Magnesium phase (B), day %1 of %2: %3 of magnesium planned.")
              .arg(day.dayInPhase)
              .arg(plan.phaseDays)
              .arg(dose)
        : tr("Phase without magnesium (A), day %1 of %2: no magnesium supplement.")
              .arg(day.dayInPhase)
              .arg(plan.phaseDays);
    if (day.washout)
        text += QLatin1Char(' ')
            + tr("The first %Ln day(s) of a phase are not analysed, as the phase before may "
                 "still have an effect.",
                "", plan.washoutDays);
    // Stopped on its first day: that day stays part of it (an experiment holds at least one),
    // so it is said to be the last.
    if (plan.stoppedOn)
        text += QLatin1Char(' ')
            + tr("The experiment was stopped early: %1 is its last day.")
                  .arg(locale.toString(plan.lastDay(), QLocale::LongFormat));
    return text;
}

QString ExperimentSchedule::outcomeLabel(Statistics::Outcome outcome)
{
    switch (outcome) {
    case Statistics::Outcome::Severity:
        return tr("RLS severity");
    case Statistics::Outcome::SleepQuality:
        return tr("sleep quality");
    case Statistics::Outcome::TotalSleep:
        break;
    }
    return tr("total sleep");
}

QString ExperimentSchedule::describePlan(const ExperimentPlan& plan)
{
    const QLocale locale;
    const QString outcome = outcomeLabel(plan.outcome);
    return tr("Self-experiment from %1 to %2: phases %3 of %Ln day(s) each (A without "
              "magnesium, B with %4\u00A0mg a day); days not analysed at the start of each "
              "phase: %5; the primary outcome is %6.",
        "", plan.phaseDays)
        .arg(locale.toString(plan.start, QLocale::ShortFormat),
            locale.toString(
                plan.stoppedOn ? plan.lastDay() : plan.plannedEnd(), QLocale::ShortFormat),
            plan.pattern, locale.toString(plan.doseMg, 'f', QLocale::FloatingPointShortest),
            locale.toString(plan.washoutDays), outcome);
}

QStringList experimentPatterns()
{
    // Balanced orders first: in ABBA and BAAB the phases of each arm lie on average at the same
    // point in time, so a slow change over the weeks (a season, a flare easing by itself) is
    // shared by both arms instead of favouring the later one, as it favours B in ABAB. The
    // estimate has no time term (docs/statistics.md), which makes the order matter.
    return {QStringLiteral("ABBA"), QStringLiteral("BAAB"), QStringLiteral("ABBAAB"),
        QStringLiteral("ABAB"), QStringLiteral("BABA"), QStringLiteral("ABABAB")};
}

QString toName(Arm arm)
{
    return arm == Arm::WithMagnesium ? QStringLiteral("B") : QStringLiteral("A");
}

} // namespace stilla
