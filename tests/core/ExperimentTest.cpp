// The self-experiment: the plan, its schedule (phases, washout, pauses, stopping) and its result
// against statsmodels (tests/data/stats/experiment_reference.py).
#include "TestUtil.h"
#include "diary/DiaryStore.h"
#include "experiment/ExperimentPlan.h"
#include "experiment/ExperimentResult.h"
#include "stats/HacRegression.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cmath>

namespace stilla {
namespace {

ExperimentPlan plan(const QDate& start, const QString& pattern, int phaseDays, int washout)
{
    ExperimentPlan plan;
    plan.start = start;
    plan.pattern = pattern;
    plan.phaseDays = phaseDays;
    plan.washoutDays = washout;
    plan.doseMg = 200;
    return plan;
}

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

// The made-up diaries of experiment_reference.py.
int noise(int i)
{
    return ((i * 37 + 11) % 7) - 3;
}
int streak(int i)
{
    return ((i / 5) % 3) - 1;
}
bool supplementLogged(int i, bool withMagnesium)
{
    return (withMagnesium && i % 13 != 0) || (!withMagnesium && i == 30);
}

DailySeries series(const ExperimentPlan& p, int days, bool night)
{
    DailySeries s;
    s.from = p.start;
    s.to = p.start.addDays(days);
    for (int i = 0; i <= days; ++i) {
        DailyPoint point;
        point.date = p.start.addDays(i);
        const ExperimentDay today = ExperimentSchedule::dayOf(p, point.date);
        const bool b
            = today.state == ExperimentDay::State::InPhase && today.arm == Arm::WithMagnesium;
        point.magnesiumFoodMg = 150;
        point.magnesiumSupplementMg = supplementLogged(i, b) ? 200 : 0;
        point.magnesiumTotalMg = *point.magnesiumFoodMg + *point.magnesiumSupplementMg;
        if (!night && i % 11 != 5) {
            const int value = 6 + streak(i) + int(std::floor(noise(i) / 2.0)) - (b ? 2 : 0);
            point.severity = std::clamp(value, 0, 10);
        }
        // The night stored on day i followed day i - 1: the effect is that day's arm's.
        if (night && i % 9 != 4) {
            const ExperimentDay before = ExperimentSchedule::dayOf(p, point.date.addDays(-1));
            const bool afterB
                = before.state == ExperimentDay::State::InPhase && before.arm == Arm::WithMagnesium;
            point.totalSleepMinutes = 420.0 + 10 * noise(i) + 5 * streak(i) + (afterB ? 12 : 0);
        }
        s.days.push_back(point);
    }
    return s;
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
    EXPECT_TRUE(text.contains(QStringLiteral("5.7 in the phases without magnesium (20 day")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("runs from -3.0 to -1.5"))) << text.toStdString();
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
    EXPECT_EQ(m_store->currentExperiment().value(), std::nullopt);
    ExperimentPlan first = plan(QDate(2024, 1, 1), QStringLiteral("ABBA"), 7, 2);
    first.form = SupplementForm::Glycinate;
    first.outcome = Statistics::Outcome::SleepQuality;
    ASSERT_TRUE(m_store->saveExperiment(first).ok());
    EXPECT_GT(first.id, 0);
    first.pauses = {{QDate(2024, 1, 10), QDate(2024, 1, 13)}, {QDate(2024, 1, 20), QDate()}};
    ASSERT_TRUE(m_store->saveExperiment(first).ok());
    EXPECT_EQ(changed.count(), 2);

    m_store.reset();
    auto reopened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
    ASSERT_TRUE(reopened.store);
    m_store = std::move(reopened.store);
    EXPECT_EQ(m_store->experiments().value(), std::vector<ExperimentPlan> {first});

    // A second plan may not overlap one that is still open (paused without an end).
    ExperimentPlan second = plan(QDate(2024, 6, 1), QStringLiteral("ABAB"), 14, 3);
    const Status refused = m_store->saveExperiment(second);
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("overlap")))
        << refused.errorMessage().toStdString();
    EXPECT_EQ(second.id, 0);
    // Stopped, it ends the day before; then the next may start.
    first.stoppedOn = QDate(2024, 1, 25);
    ASSERT_TRUE(m_store->saveExperiment(first).ok());
    ASSERT_TRUE(m_store->saveExperiment(second).ok()) << "after the first was stopped";
    EXPECT_EQ(m_store->currentExperiment().value()->id, second.id);
    EXPECT_EQ(m_store->experiments().value().size(), 2U);

    // A bad plan changes nothing.
    ExperimentPlan bad = second;
    bad.phaseDays = 3;
    EXPECT_FALSE(m_store->saveExperiment(bad).ok());
    EXPECT_EQ(m_store->currentExperiment().value()->phaseDays, 14);

    ASSERT_TRUE(m_store->removeExperiment(second.id).ok());
    EXPECT_EQ(m_store->currentExperiment().value()->id, first.id);
    ASSERT_TRUE(m_store->removeExperiment(first.id).ok());
    EXPECT_TRUE(m_store->experiments().value().empty());
}

} // namespace
} // namespace stilla
