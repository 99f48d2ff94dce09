// The self-experiment: the plan, its schedule (phases, washout, pauses, stopping) and its result
// against statsmodels (tests/data/stats/experiment_reference.py).
#include "core/diary/DiaryStore.h"
#include "core/experiment/ExperimentPlan.h"
#include "core/experiment/ExperimentResult.h"
#include "core/io/DiaryIo.h"
#include "core/io/DiaryJson.h"
#include "core/stats/HacRegression.h"
#include "tests/TestUtil.h"
#include "tests/core/ExperimentDiaries.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cmath>

namespace stilla {
namespace {

using test::plan;
using test::series;

TEST(ExperimentPlanTest, ProblemsNameTheField)
{
    EXPECT_TRUE(plan(QDate(2024, 1, 1), QStringLiteral("ABAB"), 14, 3).problems().isEmpty());
    const auto problems = [](ExperimentPlan p) { return p.problems().join(QLatin1Char(' ')); };
    EXPECT_TRUE(problems(plan(QDate(), QStringLiteral("ABAB"), 14, 3)).contains(u"first day"));
    for (const char* pattern : {"AAAA", "AB", "", "ABXB", "ABABABABABABA"}) {
        const bool bad = QLatin1String(pattern) != QLatin1String("AB");
        EXPECT_EQ(
            problems(plan(QDate(2024, 1, 1), QLatin1String(pattern), 14, 3)).contains(u"pattern"),
            bad)
            << pattern;
    }
    EXPECT_TRUE(
        problems(plan(QDate(2024, 1, 1), QStringLiteral("ABAB"), 6, 0)).contains(u"7 to 56"));
    EXPECT_TRUE(problems(plan(QDate(2024, 1, 1), QStringLiteral("ABAB"), 14, 8)).contains(u"half"));
    ExperimentPlan noDose = plan(QDate(2024, 1, 1), QStringLiteral("ABAB"), 14, 3);
    noDose.doseMg = 0;
    EXPECT_TRUE(problems(noDose).contains(u"dose"));
}

TEST(ExperimentPlanTest, SafetyNotesAreSaidOfTheDoseADay)
{
    // A plan sets a dose a day, not how it is taken: 200 mg is more than half the upper limit
    // (250 mg), so the note is to take it in two doses or more, not that one dose was taken.
    ExperimentPlan planned = plan(QDate(2024, 1, 1), QStringLiteral("ABAB"), 14, 3);
    planned.doseMg = 200;
    const std::vector<Finding> findings = planned.safetyFindings(Profile {});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(ExperimentPlan::describeFinding(findings.front()),
        QStringLiteral("Good to know: 200\u00A0mg a day: better taken as two doses or more"));
    // Other notes read as the diary's one-line summaries.
    planned.doseMg = 300;
    QStringList lines;
    for (const Finding& finding : planned.safetyFindings(Profile {}))
        lines << ExperimentPlan::describeFinding(finding);
    EXPECT_TRUE(lines.contains(QStringLiteral(
        "Take care: 300\u00A0mg from supplements, above the upper limit of 250\u00A0mg a day")))
        << lines.join(u'|').toStdString();
    EXPECT_EQ(ExperimentPlan::describeFindings(planned.safetyFindings(Profile {})), lines);
    // A dose above the article's range names the upper limit in its own line; the limit's
    // line is not said again below it (it was, in the dialog and stilla-cli experiment).
    planned.doseMg = 900;
    EXPECT_EQ(ExperimentPlan::describeFindings(planned.safetyFindings(Profile {})),
        (QStringList {QStringLiteral("Warning: 900\u00A0mg from supplements: above the "
                                     "250\u00A0mg limit and the article's 270–350\u00A0mg"),
            QStringLiteral("Good to know: 900\u00A0mg a day: better taken as two doses or more")}));
}

TEST(ExperimentScheduleTest, PhasesWashoutPausesAndStopping)
{
    ExperimentPlan p = plan(QDate(2024, 1, 1), QStringLiteral("ABBA"), 7, 2);
    using State = ExperimentDay::State;
    EXPECT_EQ(ExperimentSchedule::dayOf(p, QDate(2023, 12, 31)).state, State::NotStarted);
    const ExperimentDay first = ExperimentSchedule::dayOf(p, QDate(2024, 1, 1));
    EXPECT_EQ(first, (ExperimentDay {State::InPhase, 0, Arm::WithoutMagnesium, 1, true}));
    EXPECT_FALSE(ExperimentSchedule::dayOf(p, QDate(2024, 1, 3)).washout);
    const ExperimentDay b = ExperimentSchedule::dayOf(p, QDate(2024, 1, 9));
    EXPECT_EQ(b, (ExperimentDay {State::InPhase, 1, Arm::WithMagnesium, 2, true}));
    EXPECT_EQ(ExperimentSchedule::dayOf(p, QDate(2024, 1, 28)).phase, 3);
    EXPECT_EQ(ExperimentSchedule::dayOf(p, QDate(2024, 1, 29)).state, State::Finished);
    EXPECT_EQ(p.plannedEnd(), QDate(2024, 1, 28));

    // Paused for three days from the 10th: those days count for nothing, the rest moves on.
    p.pauses = {{QDate(2024, 1, 10), QDate(2024, 1, 13)}};
    EXPECT_EQ(ExperimentSchedule::dayOf(p, QDate(2024, 1, 10)).state, State::Paused);
    EXPECT_EQ(ExperimentSchedule::dayOf(p, QDate(2024, 1, 12)).state, State::Paused);
    EXPECT_EQ(ExperimentSchedule::dayOf(p, QDate(2024, 1, 13)).dayInPhase, 3);
    EXPECT_EQ(p.plannedEnd(), QDate(2024, 1, 31));
    EXPECT_EQ(ExperimentSchedule::dayOf(p, QDate(2024, 1, 31)).phase, 3);
    // Still paused: every day from the pause on.
    p.pauses = {{QDate(2024, 1, 10), QDate()}};
    EXPECT_EQ(ExperimentSchedule::dayOf(p, QDate(2024, 3, 1)).state, State::Paused);
    // Stopped early.
    p.pauses.clear();
    p.stoppedOn = QDate(2024, 1, 20);
    EXPECT_EQ(ExperimentSchedule::dayOf(p, QDate(2024, 1, 19)).state, State::InPhase);
    EXPECT_EQ(ExperimentSchedule::dayOf(p, QDate(2024, 1, 20)).state, State::Stopped);
}

TEST(ExperimentScheduleTest, PhaseSpansAreWhatTheChartsShade)
{
    ExperimentPlan p = plan(QDate(2024, 1, 1), QStringLiteral("ABBA"), 7, 2);
    const std::vector<PhaseSpan> whole = ExperimentSchedule::phaseSpans(p, QDate(2024, 12, 31));
    ASSERT_EQ(whole.size(), 4u);
    EXPECT_EQ(
        whole[0], (PhaseSpan {QDate(2024, 1, 1), QDate(2024, 1, 7), 0, Arm::WithoutMagnesium}));
    EXPECT_EQ(
        whole[2], (PhaseSpan {QDate(2024, 1, 15), QDate(2024, 1, 21), 2, Arm::WithMagnesium}));
    EXPECT_EQ(whole[3].last, QDate(2024, 1, 28));
    // Only what has happened by the last day asked for.
    const auto soFar = ExperimentSchedule::phaseSpans(p, QDate(2024, 1, 9));
    ASSERT_EQ(soFar.size(), 2u);
    EXPECT_EQ(soFar[1].last, QDate(2024, 1, 9));
    EXPECT_TRUE(ExperimentSchedule::phaseSpans(p, QDate(2023, 12, 31)).empty());
    // A pause splits the second phase; the paused days are not shaded.
    p.pauses = {{QDate(2024, 1, 10), QDate(2024, 1, 13)}};
    const auto paused = ExperimentSchedule::phaseSpans(p, QDate(2024, 12, 31));
    ASSERT_EQ(paused.size(), 5u);
    EXPECT_EQ(paused[1], (PhaseSpan {QDate(2024, 1, 8), QDate(2024, 1, 9), 1, Arm::WithMagnesium}));
    EXPECT_EQ(
        paused[2], (PhaseSpan {QDate(2024, 1, 13), QDate(2024, 1, 17), 1, Arm::WithMagnesium}));
    EXPECT_EQ(paused[4].last, QDate(2024, 1, 31));
    // Still paused: nothing after the pause began; stopped: nothing from the stop on.
    p.pauses = {{QDate(2024, 1, 10), QDate()}};
    EXPECT_EQ(
        ExperimentSchedule::phaseSpans(p, QDate(2024, 12, 31)).back().last, QDate(2024, 1, 9));
    p.pauses.clear();
    p.stoppedOn = QDate(2024, 1, 18);
    const auto stopped = ExperimentSchedule::phaseSpans(p, QDate(2024, 12, 31));
    ASSERT_EQ(stopped.size(), 3u);
    EXPECT_EQ(stopped.back().last, QDate(2024, 1, 17));
    // Several plans, cut to a chart's range.
    const ExperimentPlan later = plan(QDate(2024, 3, 1), QStringLiteral("AB"), 7, 0);
    const auto inRange
        = ExperimentSchedule::phaseSpans({p, later}, QDate(2024, 1, 10), QDate(2024, 3, 4));
    ASSERT_EQ(inRange.size(), 3u);
    EXPECT_EQ(
        inRange[0], (PhaseSpan {QDate(2024, 1, 10), QDate(2024, 1, 14), 1, Arm::WithMagnesium}));
    EXPECT_EQ(inRange[1].first, QDate(2024, 1, 15));
    EXPECT_EQ(
        inRange[2], (PhaseSpan {QDate(2024, 3, 1), QDate(2024, 3, 4), 0, Arm::WithoutMagnesium}));
}

TEST(ExperimentScheduleTest, PauseResumeAndStopRefuseWhatCannotBe)
{
    ExperimentPlan p = plan(QDate(2024, 1, 1), QStringLiteral("ABAB"), 7, 2);
    EXPECT_FALSE(p.pause(QDate(2023, 12, 31)).ok()) << "not started";
    EXPECT_FALSE(p.resume(QDate(2024, 1, 5)).ok()) << "not paused";
    ASSERT_TRUE(p.pause(QDate(2024, 1, 5)).ok());
    EXPECT_TRUE(p.isPaused());
    EXPECT_EQ(p.lastDay(), QDate(9999, 12, 31)) << "open while paused";
    EXPECT_FALSE(p.pause(QDate(2024, 1, 6)).ok()) << "already paused";
    EXPECT_FALSE(p.resume(QDate(2024, 1, 5)).ok()) << "resumed the day it was paused";
    // Stopped while paused: the pause ends that day, and nothing after counts.
    ASSERT_TRUE(p.stop(QDate(2024, 1, 9)).ok());
    EXPECT_FALSE(p.isPaused());
    EXPECT_EQ(p.pauses.front().until, QDate(2024, 1, 9));
    EXPECT_EQ(p.lastDay(), QDate(2024, 1, 8));
    const Status again = p.stop(QDate(2024, 1, 10));
    EXPECT_FALSE(again.ok());
    EXPECT_TRUE(again.errorMessage().contains(QStringLiteral("already ended")));
    const ExperimentPlan before = p;
    EXPECT_FALSE(p.resume(QDate(2024, 1, 12)).ok());
    EXPECT_EQ(p, before) << "a refusal changes nothing";
}

TEST(HacRegressionTest, MatchesStatsmodelsOnAShortSeries)
{
    // OLS(y, add_constant(B)).fit(cov_type='HAC', cov_kwds={'maxlags': 2}, use_t=True) with
    // statsmodels 0.13.5: params [5.6667, -2.5556], bse[1] 0.21830102, ci -3.01833305 to
    // -2.09277806.
    const std::vector<double> y {5, 6, 5, 7, 6, 4, 3, 4, 3, 2, 5, 6, 6, 5, 3, 3, 2, 4};
    const std::vector<double> b {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1};
    EXPECT_EQ(HacRegression::defaultMaxLags(18), 2);
    const auto fit = HacRegression::fit(b, y, 2);
    ASSERT_TRUE(fit);
    EXPECT_NEAR(fit->intercept, 5.66666667, 1e-8);
    EXPECT_NEAR(fit->slope, -2.55555556, 1e-8);
    EXPECT_NEAR(fit->slopeStandardError, 0.21830102, 1e-8);
    EXPECT_NEAR(fit->ci95Low, -3.01833305, 1e-8);
    EXPECT_NEAR(fit->ci95High, -2.09277806, 1e-8);
    EXPECT_FALSE(HacRegression::fit({1, 1, 1}, {1, 2, 3}, 1)) << "x must vary";
    EXPECT_FALSE(HacRegression::fit({0, 1}, {1, 2}, 0)) << "three rows at least";
    EXPECT_EQ(HacRegression::defaultMaxLags(100), 4);
    EXPECT_EQ(HacRegression::defaultMaxLags(40), 3);
}

TEST(ExperimentResultTest, SeverityAbabMatchesStatsmodels)
{
    const ExperimentPlan p = plan(QDate(2024, 1, 1), QStringLiteral("ABAB"), 14, 3);
    const ExperimentResult r = ExperimentResult::compute(p, series(p, 56, false), p.plannedEnd());
    EXPECT_EQ(r.nA, 20);
    EXPECT_EQ(r.nB, 20);
    EXPECT_EQ(r.phasesA, 2);
    EXPECT_EQ(r.phasesB, 2);
    EXPECT_EQ(r.maxLags, 3);
    EXPECT_NEAR(*r.meanA, 5.7, 1e-12);
    EXPECT_NEAR(*r.meanB, 3.45, 1e-12);
    EXPECT_NEAR(*r.difference, -2.2499999999999991, 1e-6);
    EXPECT_NEAR(*r.ci95Low, -2.9998119328862178, 1e-6);
    EXPECT_NEAR(*r.ci95High, -1.5001880671137804, 1e-6);
    EXPECT_NEAR(*r.adherenceA, 27.0 / 28, 1e-12);
    EXPECT_NEAR(*r.adherenceB, 26.0 / 28, 1e-12);
    EXPECT_EQ(r.verdict, ExperimentResult::Verdict::Better) << "lower severity is better";
    // The other outcomes are analysed the same way, beside it; this diary has no sleep.
    ASSERT_EQ(r.secondary.size(), 2u);
    EXPECT_EQ(r.secondary[0].outcome, Statistics::Outcome::SleepQuality);
    EXPECT_EQ(r.secondary[1].outcome, Statistics::Outcome::TotalSleep);
    EXPECT_EQ(r.secondary[0].nA, 0);
    EXPECT_TRUE(r.secondary[0].secondary.empty());
    EXPECT_TRUE(r.describeSecondary().isEmpty());
    // The per-phase chart's bars.
    ASSERT_EQ(r.phases.size(), 4u);
    const double means[] = {6, 3.6000000000000001, 5.4000000000000004, 3.2999999999999998};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(r.phases[std::size_t(i)].phase, i);
        EXPECT_EQ(r.phases[std::size_t(i)].arm, i % 2 ? Arm::WithMagnesium : Arm::WithoutMagnesium);
        EXPECT_EQ(r.phases[std::size_t(i)].n, 10);
        EXPECT_NEAR(*r.phases[std::size_t(i)].mean, means[i], 1e-12);
    }
}

TEST(ExperimentResultTest, TotalSleepWithAPauseMatchesStatsmodels)
{
    ExperimentPlan p = plan(QDate(2024, 5, 1), QStringLiteral("ABBA"), 7, 2);
    p.outcome = Statistics::Outcome::TotalSleep;
    p.pauses = {{QDate(2024, 5, 10), QDate(2024, 5, 13)}};
    ASSERT_EQ(p.plannedEnd(), QDate(2024, 5, 31));
    const ExperimentResult r = ExperimentResult::compute(p, series(p, 31, true), p.plannedEnd());
    EXPECT_EQ(r.nA, 8);
    EXPECT_EQ(r.nB, 8);
    EXPECT_EQ(r.maxLags, 2);
    EXPECT_NEAR(*r.meanA, 418.125, 1e-9);
    EXPECT_NEAR(*r.meanB, 430.75, 1e-9);
    EXPECT_NEAR(*r.difference, 12.625000000000028, 1e-6);
    EXPECT_NEAR(*r.ci95Low, -3.4492597351306067, 1e-6);
    EXPECT_NEAR(*r.ci95High, 28.699259735130664, 1e-6);
    EXPECT_NEAR(*r.adherenceA, 13.0 / 14, 1e-12);
    EXPECT_NEAR(*r.adherenceB, 13.0 / 14, 1e-12);
    // 8 days in each arm is below 14: too little to say, whatever the interval.
    EXPECT_EQ(r.verdict, ExperimentResult::Verdict::TooLittleData);
    // Severity, a secondary outcome here, is what the severity analysis would say.
    ASSERT_EQ(r.secondary.size(), 2u);
    EXPECT_EQ(r.secondary[0].outcome, Statistics::Outcome::Severity);
    EXPECT_EQ(r.secondary[1].outcome, Statistics::Outcome::SleepQuality);
    DailySeries both = series(p, 31, false);
    const DailySeries nights = series(p, 31, true);
    for (std::size_t i = 0; i < both.days.size(); ++i)
        both.days[i].totalSleepMinutes = nights.days[i].totalSleepMinutes;
    const ExperimentResult withBoth = ExperimentResult::compute(p, both, p.plannedEnd());
    EXPECT_NEAR(*withBoth.difference, 12.625000000000028, 1e-6) << "the primary is unchanged";
    ExperimentPlan severity = p;
    severity.outcome = Statistics::Outcome::Severity;
    const ExperimentResult direct = ExperimentResult::compute(severity, both, p.plannedEnd());
    ASSERT_GT(direct.nA, 0);
    EXPECT_EQ(withBoth.secondary[0].nA, direct.nA);
    EXPECT_EQ(*withBoth.secondary[0].meanA, *direct.meanA);
    EXPECT_EQ(*withBoth.secondary[0].ci95Low, *direct.ci95Low);
    EXPECT_TRUE(withBoth.describeSecondary().contains(QStringLiteral("not deciding")));
    // The pause splits the second phase into two runs; it is still one bar.
    ASSERT_EQ(r.phases.size(), 4u);
    const double means[] = {411.25, 434.5, 427, 425};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(r.phases[std::size_t(i)].n, 4);
        EXPECT_NEAR(*r.phases[std::size_t(i)].mean, means[i], 1e-9);
    }
}

TEST(ExperimentResultTest, VerdictsFollowTheIntervalAndTheDirectionOfBetter)
{
    ExperimentPlan p = plan(QDate(2024, 1, 1), QStringLiteral("ABAB"), 14, 3);
    // Halfway: one phase of each, so too little data however clear it looks.
    const DailySeries s = series(p, 56, false);
    EXPECT_EQ(ExperimentResult::compute(p, s, QDate(2024, 1, 28)).verdict,
        ExperimentResult::Verdict::TooLittleData);
    // Stopped after the third phase: one B phase only.
    p.stoppedOn = QDate(2024, 2, 12);
    const ExperimentResult stopped = ExperimentResult::compute(p, s, QDate(2024, 2, 25));
    EXPECT_EQ(stopped.phasesB, 1);
    EXPECT_EQ(stopped.verdict, ExperimentResult::Verdict::TooLittleData);
    EXPECT_TRUE(ExperimentResult::higherIsBetter(Statistics::Outcome::SleepQuality));
    EXPECT_FALSE(ExperimentResult::higherIsBetter(Statistics::Outcome::Severity));
}

TEST(ExperimentResultTest, TheWordsNeverSayProven)
{
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    const ExperimentPlan p = plan(QDate(2024, 1, 1), QStringLiteral("ABAB"), 14, 3);
    const QString text
        = ExperimentResult::compute(p, series(p, 56, false), p.plannedEnd()).describe();
    EXPECT_TRUE(text.contains(QStringLiteral(
        "5.7 in the phases without magnesium, 3.5 in the phases with it (analysed days: 20 "
        "without, 20 with)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("runs from −3.0 to −1.5"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Better with magnesium"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("expectation"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("proven"))) << text.toStdString();
    QLocale::setDefault(previous);
}

class ExperimentStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
        ASSERT_EQ(opened.problem, DiaryStore::OpenProblem::None) << opened.message.toStdString();
        m_store = std::move(opened.store);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DiaryStore> m_store;
};

TEST_F(ExperimentStoreTest, PlansArePausedStoppedAndSurviveReopening)
{
    QSignalSpy changed(&m_store->notifier(), &DiaryNotifier::experimentsChanged);
    EXPECT_EQ(m_store->experiments().current().value(), std::nullopt);
    ExperimentPlan first = plan(QDate(2024, 1, 1), QStringLiteral("ABBA"), 7, 2);
    first.form = SupplementForm::Glycinate;
    first.outcome = Statistics::Outcome::SleepQuality;
    ASSERT_TRUE(m_store->experiments().save(first).ok());
    EXPECT_GT(first.id, 0);
    first.pauses = {{QDate(2024, 1, 10), QDate(2024, 1, 13)}, {QDate(2024, 1, 20), QDate()}};
    ASSERT_TRUE(m_store->experiments().save(first).ok());
    EXPECT_EQ(changed.count(), 2);

    m_store.reset();
    auto reopened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
    ASSERT_TRUE(reopened.store);
    m_store = std::move(reopened.store);
    EXPECT_EQ(m_store->experiments().all().value(), std::vector<ExperimentPlan> {first});

    // A second plan may not overlap one that is still open (paused without an end).
    ExperimentPlan second = plan(QDate(2024, 6, 1), QStringLiteral("ABAB"), 14, 3);
    const Status refused = m_store->experiments().save(second);
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("overlap")))
        << refused.errorMessage().toStdString();
    EXPECT_EQ(second.id, 0);
    // Stopped, it ends the day before; then the next may start.
    first.stoppedOn = QDate(2024, 1, 25);
    ASSERT_TRUE(m_store->experiments().save(first).ok());
    ASSERT_TRUE(m_store->experiments().save(second).ok()) << "after the first was stopped";
    EXPECT_EQ(m_store->experiments().current().value()->id, second.id);
    EXPECT_EQ(m_store->experiments().all().value().size(), 2U);

    // A bad plan changes nothing.
    ExperimentPlan bad = second;
    bad.phaseDays = 3;
    EXPECT_FALSE(m_store->experiments().save(bad).ok());
    EXPECT_EQ(m_store->experiments().current().value()->phaseDays, 14);

    ASSERT_TRUE(m_store->experiments().remove(second.id).ok());
    EXPECT_EQ(m_store->experiments().current().value()->id, first.id);
    ASSERT_TRUE(m_store->experiments().remove(first.id).ok());
    EXPECT_TRUE(m_store->experiments().all().value().empty());
}

TEST_F(ExperimentStoreTest, ExportedExperimentsComeBackThroughAnImportUnderItsPolicy)
{
    ExperimentPlan first = plan(QDate(2024, 1, 1), QStringLiteral("ABBA"), 7, 2);
    first.pauses = {{QDate(2024, 1, 10), QDate(2024, 1, 13)}};
    first.stoppedOn = QDate(2024, 1, 25);
    ExperimentPlan second = plan(QDate(2024, 6, 1), QStringLiteral("ABAB"), 14, 3);
    second.outcome = Statistics::Outcome::TotalSleep;
    ASSERT_TRUE(m_store->experiments().save(first).ok());
    ASSERT_TRUE(m_store->experiments().save(second).ok());

    // JSON carries the experiments whose days overlap the period; CSV has no place for them.
    const auto all = DiaryIo::exportDiary(*m_store, DiaryFormat::Json);
    ASSERT_TRUE(all.ok()) << all.errorMessage().toStdString();
    const ImportReport read = DiaryJson::read(all->data);
    ASSERT_TRUE(read.ok()) << read.problems.front().message.toStdString();
    ASSERT_EQ(read.experiments.size(), 2u);
    ExperimentPlan firstRead = read.experiments[0];
    firstRead.id = first.id;
    EXPECT_EQ(firstRead, first);
    const auto june
        = DiaryIo::exportDiary(*m_store, DiaryFormat::Json, QDate(2024, 6, 10), QDate(2024, 6, 20));
    EXPECT_EQ(DiaryJson::read(june->data).experiments.size(), 1u);
    EXPECT_FALSE(DiaryIo::exportDiary(*m_store, DiaryFormat::Csv)->data.contains("ABBA"));

    // Into the same diary: the same starts are the same experiments.
    QSignalSpy changed(&m_store->notifier(), &DiaryNotifier::experimentsChanged);
    const auto failed = m_store->saveMany({}, ConflictPolicy::Fail, {}, read.experiments);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.errorMessage().contains(QStringLiteral("already has the self-experiments")))
        << failed.errorMessage().toStdString();
    const auto skipped = m_store->saveMany({}, ConflictPolicy::Skip, {}, read.experiments);
    ASSERT_TRUE(skipped.ok());
    EXPECT_EQ(skipped->experimentsSkipped, 2);
    EXPECT_EQ(changed.count(), 0);
    std::vector<ExperimentPlan> changedPlans = read.experiments;
    changedPlans[1].doseMg = 300;
    const auto replaced = m_store->saveMany({}, ConflictPolicy::Replace, {}, changedPlans);
    ASSERT_TRUE(replaced.ok()) << replaced.errorMessage().toStdString();
    EXPECT_EQ(replaced->experimentsSaved, 2);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_store->experiments().all()->size(), 2u);
    EXPECT_EQ(m_store->experiments().all()->back().doseMg, 300);
    EXPECT_EQ(m_store->experiments().all()->back().id, second.id) << "replaced in place";

    // One that overlaps a different experiment stops the import, with the days: nothing saved.
    ExperimentPlan overlapping = plan(QDate(2024, 6, 20), QStringLiteral("AB"), 7, 0);
    DayEntry day;
    day.date = QDate(2024, 6, 21);
    day.symptoms.severity = 4;
    const auto refused = m_store->saveMany({day}, ConflictPolicy::Replace, {}, {overlapping});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("overlaps")))
        << refused.errorMessage().toStdString();
    EXPECT_TRUE(m_store->days(QDate(2024, 6, 21), QDate(2024, 6, 21))->empty());
    EXPECT_EQ(m_store->experiments().all()->size(), 2u);
    // And a plan with problems is refused before anything is written.
    ExperimentPlan bad = plan(QDate(2025, 1, 1), QStringLiteral("AAAA"), 7, 0);
    EXPECT_FALSE(m_store->saveMany({day}, ConflictPolicy::Replace, {}, {bad}).ok());
    EXPECT_TRUE(m_store->days(QDate(2024, 6, 21), QDate(2024, 6, 21))->empty());
}

TEST(ExperimentJsonTest, ProblemsNameTheirPathAndOverlapsKeepNeither)
{
    const QByteArray json = R"({"format": "stilla-diary", "version": 2, "days": [],
  "experiments": [
    {"start": "2024-01-01", "pattern": "ABAB", "phase_days": 7, "washout_days": 2,
     "dose_mg": 200, "outcome": "rls_severity"},
    {"start": "2024-03-01", "pattern": "ABAB", "washout_days": 2, "dose_mg": 200,
     "outcome": "rls_severity"},
    {"start": "2024-04-01", "pattern": "AAAA", "phase_days": 7, "washout_days": 2,
     "dose_mg": 200, "outcome": "sleep_quality"},
    {"start": "2024-05-01", "pattern": "AB", "phase_days": 7, "washout_days": 0,
     "dose_mg": 200, "outcome": "mood", "pauses": [{"from": "2024-05-03", "to": "x"}]},
    {"start": "2024-06-01", "pattern": "AB", "phase_days": 14, "washout_days": 0,
     "dose_mg": 200, "outcome": "total_sleep_min"},
    {"start": "2024-06-10", "pattern": "AB", "phase_days": 7, "washout_days": 0,
     "dose_mg": 200, "outcome": "total_sleep_min"}
  ]})";
    const ImportReport report = DiaryJson::read(json);
    ASSERT_EQ(report.experiments.size(), 1u);
    EXPECT_EQ(report.experiments[0].start, QDate(2024, 1, 1));
    EXPECT_EQ(report.experiments[0].form, SupplementForm::Citrate) << "the default";
    QStringList fields;
    for (const ImportProblem& problem : report.problems)
        fields << problem.field;
    EXPECT_EQ(fields,
        QStringList({QStringLiteral("experiments[1].phase_days"), QStringLiteral("experiments[2]"),
            QStringLiteral("experiments[3].outcome"), QStringLiteral("experiments[3].pauses[0].to"),
            QStringLiteral("experiments[5].start")}));
    EXPECT_EQ(report.problems[1].line, 7); // experiments[2], the third
}

} // namespace
} // namespace stilla
