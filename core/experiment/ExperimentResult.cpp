#include "ExperimentResult.h"

#include "core/diary/DiaryStore.h"
#include "core/stats/HacRegression.h"
#include "core/stats/StatisticsText.h"

#include <QLocale>
#include <QStringList>

#include <cmath>
#include <set>

namespace stilla {

namespace {

const DailyPoint* pointOn(const DailySeries& series, const QDate& date)
{
    if (series.days.empty() || !date.isValid() || date < series.days.front().date
        || date > series.days.back().date)
        return nullptr;
    const DailyPoint& point = series.days[std::size_t(series.days.front().date.daysTo(date))];
    return point.date == date ? &point : nullptr;
}

/// The days of an experiment gathered one by one, for computeOne(): the outcome values with
/// their arms (for the regression), the sums behind the means of each arm and phase, and how
/// well each arm was kept.
struct Tally
{
    std::vector<double> arm; // 1 for B
    std::vector<double> values;
    std::set<int> phasesA;
    std::set<int> phasesB;
    double sumA = 0;
    double sumB = 0;
    std::vector<double> phaseSums; // beside result.phases

    /// A day in a phase, @p point what the diary holds for it (nullptr: nothing): its phase,
    /// and whether its arm was kept.
    void addDay(const ExperimentDay& day, const DailyPoint* point, ExperimentResult& result)
    {
        const bool withMagnesium = day.arm == Arm::WithMagnesium;
        if (result.phases.empty() || result.phases.back().phase != day.phase) {
            result.phases.push_back({day.phase, day.arm, 0, std::nullopt});
            phaseSums.push_back(0);
        }
        // A day with nothing logged says nothing about whether the plan was kept.
        if (!point || !point->isLogged())
            return;
        const bool kept = withMagnesium == (point->magnesiumSupplementMg.value_or(0.0) > 0);
        ++result.phases.back().daysLogged;
        result.phases.back().daysKept += kept ? 1 : 0;
    }

    /// The outcome @p value of a day that addDay() took, outside a washout.
    void addValue(const ExperimentDay& day, double value, ExperimentResult& result)
    {
        const bool withMagnesium = day.arm == Arm::WithMagnesium;
        arm.push_back(withMagnesium ? 1.0 : 0.0);
        values.push_back(value);
        phaseSums.back() += value;
        ++result.phases.back().n;
        if (withMagnesium) {
            ++result.nB;
            sumB += value;
            phasesB.insert(day.phase);
        } else {
            ++result.nA;
            sumA += value;
            phasesA.insert(day.phase);
        }
    }

    /// The means of the phases and arms, the number of phases and the adherence of each arm
    /// (from its phases' days logged and kept).
    void finish(ExperimentResult& result) const
    {
        int keptA = 0;
        int keptB = 0;
        for (std::size_t i = 0; i < result.phases.size(); ++i) {
            ExperimentResult::Phase& phase = result.phases[i];
            if (phase.n > 0)
                phase.mean = phaseSums[i] / phase.n;
            const bool withMagnesium = phase.arm == Arm::WithMagnesium;
            (withMagnesium ? result.daysLoggedB : result.daysLoggedA) += phase.daysLogged;
            (withMagnesium ? keptB : keptA) += phase.daysKept;
        }
        result.phasesA = int(phasesA.size());
        result.phasesB = int(phasesB.size());
        if (result.daysLoggedA > 0)
            result.adherenceA = double(keptA) / result.daysLoggedA;
        if (result.daysLoggedB > 0)
            result.adherenceB = double(keptB) / result.daysLoggedB;
        if (result.nA > 0)
            result.meanA = sumA / result.nA;
        if (result.nB > 0)
            result.meanB = sumB / result.nB;
    }
};

} // namespace

bool ExperimentResult::higherIsBetter(Statistics::Outcome outcome)
{
    return outcome != Statistics::Outcome::Severity;
}

QString ExperimentResult::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Better:
        return QStringLiteral("better");
    case Verdict::Worse:
        return QStringLiteral("worse");
    case Verdict::NoClearDifference:
        return QStringLiteral("no_clear_difference");
    case Verdict::TooLittleData:
        break;
    }
    return QStringLiteral("too_little_data");
}

ExperimentResult ExperimentResult::compute(
    const ExperimentPlan& plan, const DailySeries& series, const QDate& today)
{
    ExperimentResult result = computeOne(plan, series, today);
    for (const Statistics::Outcome outcome : {Statistics::Outcome::Severity,
             Statistics::Outcome::SleepQuality, Statistics::Outcome::TotalSleep}) {
        if (outcome == plan.outcome)
            continue;
        ExperimentPlan other = plan;
        other.outcome = outcome;
        result.secondary.push_back(computeOne(other, series, today));
    }
    return result;
}

ExperimentResult ExperimentResult::computeOne(
    const ExperimentPlan& plan, const DailySeries& series, const QDate& today)
{
    ExperimentResult result;
    result.outcome = plan.outcome;
    if (!plan.start.isValid() || plan.phaseDays <= 0)
        return result;

    Tally tally;
    for (QDate date = plan.start; date <= today; date = date.addDays(1)) {
        const ExperimentDay day = ExperimentSchedule::dayOf(plan, date);
        if (day.state == ExperimentDay::State::Finished
            || day.state == ExperimentDay::State::Stopped)
            break;
        if (day.state != ExperimentDay::State::InPhase)
            continue;
        tally.addDay(day, pointOn(series, date), result);
        if (day.washout)
            continue;
        const DailyPoint* night = pointOn(series, Statistics::outcomeDate(date, 0, plan.outcome));
        const std::optional<double> value
            = night ? Statistics::outcomeOf(*night, plan.outcome) : std::nullopt;
        if (value)
            tally.addValue(day, *value, result);
    }
    tally.finish(result);

    const int n = int(tally.values.size());
    result.maxLags = HacRegression::defaultMaxLags(n);
    if (const auto fit = HacRegression::fit(tally.arm, tally.values, result.maxLags)) {
        result.difference = fit->slope;
        result.ci95Low = fit->ci95Low;
        result.ci95High = fit->ci95High;
    }
    const bool enough = result.nA >= kEnoughDays && result.nB >= kEnoughDays
        && result.phasesA >= kEnoughPhases && result.phasesB >= kEnoughPhases;
    if (!enough || !result.ci95Low || !result.ci95High)
        result.verdict = Verdict::TooLittleData;
    else if (*result.ci95Low <= 0 && *result.ci95High >= 0)
        result.verdict = Verdict::NoClearDifference;
    else
        result.verdict = (*result.difference > 0) == higherIsBetter(plan.outcome) ? Verdict::Better
                                                                                  : Verdict::Worse;
    return result;
}

Result<ExperimentResult> ExperimentResult::read(
    const DiaryStore& store, const ExperimentPlan& plan, const QDate& last)
{
    // The night after the last day is stored on the day after it.
    const QDate end = std::max(plan.start, last.addDays(1));
    Result<std::vector<DayEntry>> days = store.days(plan.start, end);
    if (!days)
        return Error {days.errorMessage()};
    return compute(plan, Statistics::daily(days.value(), plan.start, end), last);
}

QString ExperimentResult::describeAdherence() const
{
    if (!adherenceA && !adherenceB)
        return {};
    const auto percent = [](double share) -> QString {
        return QLocale().toString(share * 100, 'f', 0) + QStringLiteral("\u00A0%");
    };
    // Only the arms with days logged: "– of 0 B days" said nothing on a plan's first day.
    QStringList parts;
    if (adherenceB) {
        parts << tr("a supplement on %1 of the B days (%L2)")
                     .arg(percent(*adherenceB))
                     .arg(daysLoggedB);
    }
    if (adherenceA)
        parts << tr("none on %1 of the A days (%L2)").arg(percent(*adherenceA)).arg(daysLoggedA);
    return tr("Kept to the plan, on the days logged: %1.").arg(parts.join(QStringLiteral(", ")));
}

QString ExperimentResult::describeSecondary() const
{
    QStringList items;
    for (const ExperimentResult& other : secondary) {
        if (!other.meanA || !other.meanB)
            continue;
        const int places = decimals(other.outcome);
        const auto number
            = [places](double value) { return StatisticsText::number(value, places); };
        QString item;
        switch (other.outcome) {
        case Statistics::Outcome::Severity:
            item = tr("RLS severity %1 without magnesium and %2 with it");
            break;
        case Statistics::Outcome::SleepQuality:
            item = tr("sleep quality %1 without magnesium and %2 with it");
            break;
        case Statistics::Outcome::TotalSleep:
            item = tr("total sleep %1\u00A0min without magnesium and %2\u00A0min with it");
            break;
        }
        item = item.arg(number(*other.meanA), number(*other.meanB));
        if (other.ci95Low && other.ci95High)
            item += QLatin1Char(' ')
                + tr("(95% interval of the difference %1 to %2)")
                      .arg(number(*other.ci95Low), number(*other.ci95High));
        items << item;
    }
    if (items.isEmpty())
        return {};
    return tr("Also recorded, not deciding the answer: %1.").arg(items.join(QStringLiteral("; ")));
}

QString ExperimentResult::describe(Reader reader) const
{
    QStringList sentences;
    const int places = decimals(outcome);
    if (meanA && meanB) {
        switch (outcome) {
        case Statistics::Outcome::Severity:
            sentences << tr("Average RLS severity: %1 in the phases without magnesium, %2 in the "
                            "phases with it (analysed days: %L3 without, %L4 with).")
                             .arg(StatisticsText::number(*meanA, places),
                                 StatisticsText::number(*meanB, places))
                             .arg(nA)
                             .arg(nB);
            break;
        case Statistics::Outcome::SleepQuality:
            sentences << tr("Average sleep quality: %1 in the phases without magnesium, %2 in the "
                            "phases with it (analysed nights: %L3 without, %L4 with).")
                             .arg(StatisticsText::number(*meanA, places),
                                 StatisticsText::number(*meanB, places))
                             .arg(nA)
                             .arg(nB);
            break;
        case Statistics::Outcome::TotalSleep:
            sentences << tr("Average total sleep: %1\u00A0min in the phases without magnesium, "
                            "%2\u00A0min in the phases with it (analysed nights: %L3 without, "
                            "%L4 with).")
                             .arg(StatisticsText::number(*meanA, places),
                                 StatisticsText::number(*meanB, places))
                             .arg(nA)
                             .arg(nB);
            break;
        }
    }
    if (difference && ci95Low && ci95High)
        sentences << tr("The difference (with minus without) is %1, and its 95% interval runs "
                        "from %2 to %3; the interval allows for days that run in streaks.")
                         .arg(StatisticsText::number(*difference, places),
                             StatisticsText::number(*ci95Low, places),
                             StatisticsText::number(*ci95High, places));
    switch (verdict) {
    case Verdict::TooLittleData:
        sentences << tr("Too little data to say yet: the answer needs at least %Ln analysed "
                        "days with and without magnesium, in at least two phases of each.",
            "", kEnoughDays);
        break;
    case Verdict::NoClearDifference:
        sentences << tr("No clear difference: the interval includes 0, so these days cannot "
                        "tell whether magnesium helps, makes no difference or makes it worse.");
        break;
    case Verdict::Better:
        sentences << tr("Better with magnesium: the whole interval lies on the better side. "
                        "Whether a difference of that size matters is another question.");
        break;
    case Verdict::Worse:
        sentences << tr("Worse with magnesium: the whole interval lies on the worse side.");
        break;
    }
    if (reader == Reader::Clinician)
        sentences << tr("The experiment was not blinded: expectation (the person knew when "
                        "magnesium was taken), other changes during the phases and the seasons "
                        "cannot be ruled out. In RLS treatment trials, symptoms ease markedly "
                        "on placebo too (Fulda and Wetter, Brain 2008;131:902–917).");
    else
        sentences << tr("This is not proof. It cannot rule out expectation (you knew when you "
                        "took magnesium), other changes in your life during the phases, or the "
                        "seasons. In studies of RLS treatments, symptoms often eased a good deal "
                        "on a dummy pill too.");
    return sentences.join(QLatin1Char(' '));
}

} // namespace stilla
