#include "core/stats/Statistics.h"

#include "tests/TestUtil.h"

#include <QLocale>

#include <cmath>

namespace stilla {
namespace {

using Outcome = Statistics::Outcome;

DayEntry makeDay(const QDate& date, std::optional<int> severity, std::optional<double> foodMg = {},
    std::optional<double> supplementMg = {}, std::optional<int> quality = {})
{
    DayEntry day;
    day.date = date;
    day.symptoms.severity = severity;
    day.sleep.quality = quality;
    if (foodMg)
        day.foods.push_back(
            {0, QStringLiteral("slv"), QStringLiteral("1"), QStringLiteral("Oats"), 100, *foodMg});
    if (supplementMg)
        day.supplements.push_back({0, SupplementForm::Citrate, *supplementMg, {}, Route::Oral});
    return day;
}

class StatisticsTest : public ::testing::Test
{
protected:
    // describe() formats numbers in the default locale; fix it so the texts are predictable.
    void SetUp() override
    {
        m_locale = QLocale();
        QLocale::setDefault(QLocale::c());
    }
    void TearDown() override { QLocale::setDefault(m_locale); }

    QLocale m_locale;
    const QDate m_start {2024, 1, 1};
};

TEST_F(StatisticsTest, DailyHasOnePointPerCalendarDayAndMissingStaysMissing)
{
    DayEntry full = makeDay({2024, 3, 1}, 4, 100, 200, 3);
    full.foods.push_back(
        {0, QStringLiteral("usda"), QStringLiteral("2"), QStringLiteral("Spinach"), 30, 50.5});
    full.sleep.timeIntoBed = QTime(23, 0);
    full.sleep.finalAwakening = QTime(6, 30);
    full.sleep.timeOutOfBed = QTime(7, 0);
    full.sleep.latencyMinutes = 20;
    full.sleep.wakeAfterSleepOnsetMinutes = 10;
    const std::vector<DayEntry> days {
        full, makeDay({2024, 3, 3}, 6), // symptoms only: magnesium unknown, not 0
        makeDay({2024, 3, 4}, std::nullopt, std::nullopt, 300), // supplement only
        makeDay({2024, 3, 5}, 0, 120), // food only; severity 0 is a value
        makeDay({2024, 4, 1}, 9, 10), // outside the range
    };
    const DailySeries series = Statistics::daily(days, {2024, 2, 29}, {2024, 3, 6});
    EXPECT_EQ(series.from, QDate(2024, 2, 29));
    EXPECT_EQ(series.to, QDate(2024, 3, 6));
    ASSERT_EQ(series.days.size(), 7u);
    for (std::size_t i = 0; i < series.days.size(); ++i)
        EXPECT_EQ(series.days[i].date, QDate(2024, 2, 29).addDays(qint64(i)));

    const DailyPoint& first = series.days[1];
    EXPECT_EQ(first.severity, 4.0);
    EXPECT_EQ(first.sleepQuality, 3.0);
    // 23:00 to 06:30 is 450 minutes, less 20 to fall asleep and 10 awake; 480 in bed.
    EXPECT_EQ(first.totalSleepMinutes, 420.0);
    EXPECT_EQ(first.sleepEfficiency, 420.0 / 480.0);
    EXPECT_EQ(first.magnesiumFoodMg, 150.5);
    EXPECT_EQ(first.magnesiumSupplementMg, 200.0);
    EXPECT_EQ(first.magnesiumTotalMg, 350.5);

    for (const std::size_t empty : {0u, 2u, 6u}) {
        const DailyPoint& point = series.days[empty];
        EXPECT_FALSE(point.severity || point.sleepQuality || point.totalSleepMinutes
            || point.sleepEfficiency || point.magnesiumFoodMg || point.magnesiumSupplementMg
            || point.magnesiumTotalMg)
            << empty;
    }
    EXPECT_EQ(series.days[3].severity, 6.0);
    EXPECT_FALSE(series.days[3].magnesiumTotalMg);
    EXPECT_FALSE(series.days[3].totalSleepMinutes);
    EXPECT_FALSE(series.days[4].severity);
    EXPECT_EQ(series.days[4].magnesiumFoodMg, 0.0);
    EXPECT_EQ(series.days[4].magnesiumSupplementMg, 300.0);
    EXPECT_EQ(series.days[4].magnesiumTotalMg, 300.0);
    EXPECT_EQ(series.days[5].severity, 0.0);
    EXPECT_EQ(series.days[5].magnesiumSupplementMg, 0.0);
    EXPECT_EQ(series.days[5].magnesiumTotalMg, 120.0);
}

TEST_F(StatisticsTest, DailyBoundsDefaultToTheDaysGiven)
{
    const std::vector<DayEntry> days {makeDay({2024, 5, 9}, 2), makeDay({2024, 5, 3}, 5)};
    const DailySeries whole = Statistics::daily(days, {}, {});
    EXPECT_EQ(whole.from, QDate(2024, 5, 3));
    EXPECT_EQ(whole.to, QDate(2024, 5, 9));
    ASSERT_EQ(whole.days.size(), 7u);
    EXPECT_EQ(whole.days.front().severity, 5.0);
    EXPECT_EQ(whole.days.back().severity, 2.0);

    const DailySeries tail = Statistics::daily(days, {2024, 5, 8}, {});
    ASSERT_EQ(tail.days.size(), 2u);
    EXPECT_EQ(tail.days[1].severity, 2.0);

    EXPECT_TRUE(Statistics::daily({}, {}, {}).days.empty());
    EXPECT_TRUE(Statistics::daily(days, {2024, 5, 9}, {2024, 5, 3}).days.empty());
    EXPECT_EQ(Statistics::daily({}, {2024, 1, 1}, {2024, 12, 31}).days.size(), 366u);
}

TEST_F(StatisticsTest, MovingAverageSkipsMissingDays)
{
    const std::optional<double> none;
    const std::vector<std::optional<double>> values {
        1, none, 3, none, none, none, none, none, 10, none, none, none, none, none, none, none};
    // By hand: each day averages the values present among itself and the 6 days before.
    const std::vector<std::optional<double>> expected {
        1, 1, 2, 2, 2, 2, 2, 3, 6.5, 10, 10, 10, 10, 10, 10, none};
    EXPECT_EQ(Statistics::movingAverage(values), expected);

    EXPECT_EQ(Statistics::movingAverage({2, none, 4}, 1),
        (std::vector<std::optional<double>> {2, none, 4}));
    EXPECT_EQ(Statistics::movingAverage({2, none, 4}, 0),
        (std::vector<std::optional<double>> {2, none, 4}));
    EXPECT_EQ(Statistics::movingAverage({3, 6, 9, 12}, 3),
        (std::vector<std::optional<double>> {3, 4.5, 6, 9}));
    EXPECT_EQ(
        Statistics::movingAverage({none, none}), (std::vector<std::optional<double>> {none, none}));
    EXPECT_TRUE(Statistics::movingAverage({}).empty());
}

// The pairs of StatsCorrelationTest (references from Python's statistics module there), laid
// out so that severity follows magnesium by one day.
const std::vector<double> kMagnesium {250, 300, 300, 410, 520, 180, 300, 610, 450, 390};
const std::vector<int> kSeverityNextDay {6, 5, 6, 4, 3, 7, 5, 2, 4, 4};

std::vector<DayEntry> laggedDays(const QDate& start)
{
    std::vector<DayEntry> days;
    days.push_back(makeDay(start, 9, kMagnesium[0]));
    for (std::size_t i = 1; i <= kMagnesium.size(); ++i) {
        const std::optional<double> mg
            = i < kMagnesium.size() ? std::optional<double>(kMagnesium[i]) : std::nullopt;
        days.push_back(makeDay(start.addDays(qint64(i)), kSeverityNextDay[i - 1], mg));
    }
    // A day with severity but no magnesium, after a gap with nothing logged.
    days.push_back(makeDay(start.addDays(14), 8));
    return days;
}

TEST_F(StatisticsTest, RelationshipPairsMagnesiumWithSeverityLagDaysLater)
{
    const DailySeries series = Statistics::daily(laggedDays(m_start), {}, {});
    const Statistics::Relationship lag1 = Statistics::relationship(series, 1);
    EXPECT_EQ(lag1.lagDays, 1);
    EXPECT_EQ(lag1.outcome, Outcome::Severity);
    EXPECT_EQ(lag1.n, 10);
    EXPECT_NEAR(*lag1.pearsonR, -0.9747716782297852, 1e-14);
    EXPECT_NEAR(*lag1.spearmanRho, -0.9687689214527787, 1e-14);
    EXPECT_NEAR(*lag1.ci95Low, -0.9942097884717125, 1e-14);
    EXPECT_NEAR(*lag1.ci95High, -0.893561493916439, 1e-14);
    EXPECT_NEAR(*lag1.slope, -0.01123039885483766, 1e-15);
    EXPECT_NEAR(*lag1.intercept, 8.76647797514477, 1e-12);

    // Same day: ten magnesium days, each with that day's severity.
    EXPECT_EQ(Statistics::relationship(series, 0).n, 10);
    EXPECT_NE(*Statistics::relationship(series, 0).pearsonR, *lag1.pearsonR);
    // Later lags run out of severity days at the end.
    EXPECT_EQ(Statistics::relationship(series, 2).n, 9);
    EXPECT_EQ(Statistics::relationship(series, 3).n, 8);
}

TEST_F(StatisticsTest, RelationshipWithSleepQuality)
{
    // Python statistics module: r = 0.34893157889942655, rho = 0.3598780521783009, interval
    // -0.19888000922514262..0.7306030180172062, slope 0.0007142857142857143, intercept
    // 2.8952380952380956.
    // quality[i] is the night after day i's magnesium, so it is stored on day i + 1 (a day holds
    // the night that ended on its morning).
    const std::vector<int> quality {3, 2, 4, 3, 3, 5, 2, 4, 3, 4, 3, 5, 4, 3, 4};
    std::vector<DayEntry> days;
    for (int i = 0; i <= 15; ++i)
        days.push_back(makeDay(m_start.addDays(i), 10,
            i < 15 ? std::optional<double>(100.0 * (i + 1)) : std::nullopt, {},
            i > 0 ? std::optional<int>(quality[std::size_t(i - 1)]) : std::nullopt));
    const DailySeries series = Statistics::daily(days, {}, {});
    const auto r = Statistics::relationship(series, 0, Outcome::SleepQuality);
    EXPECT_EQ(r.outcome, Outcome::SleepQuality);
    EXPECT_EQ(r.n, 15);
    EXPECT_NEAR(*r.pearsonR, 0.34893157889942655, 1e-14);
    EXPECT_NEAR(*r.spearmanRho, 0.3598780521783009, 1e-14);
    EXPECT_NEAR(*r.ci95Low, -0.19888000922514262, 1e-14);
    EXPECT_NEAR(*r.ci95High, 0.7306030180172062, 1e-14);
    EXPECT_NEAR(*r.slope, 0.0007142857142857143, 1e-16);
    EXPECT_NEAR(*r.intercept, 2.8952380952380956, 1e-13);
    // Severity is 10 every day: no correlation can be computed, the line is flat.
    const auto flat = Statistics::relationship(series, 0, Outcome::Severity);
    EXPECT_EQ(flat.n, 15);
    EXPECT_FALSE(flat.pearsonR || flat.spearmanRho || flat.ci95Low || flat.ci95High);
    EXPECT_EQ(flat.slope, 0.0);
    EXPECT_EQ(flat.intercept, 10.0);
}

TEST_F(StatisticsTest, SleepIsPairedWithTheNightAfterTheMagnesium)
{
    // A day holds the night that ended on its morning: the night after the dose of day D is on
    // day D + 1, so that is what day D's magnesium goes with; severity stays on the same day.
    EXPECT_EQ(
        Statistics::outcomeDate(QDate(2024, 12, 2), 0, Outcome::SleepQuality), QDate(2024, 12, 3));
    EXPECT_EQ(
        Statistics::outcomeDate(QDate(2024, 12, 31), 2, Outcome::SleepQuality), QDate(2025, 1, 3));
    EXPECT_EQ(
        Statistics::outcomeDate(QDate(2024, 12, 2), 0, Outcome::Severity), QDate(2024, 12, 2));
    EXPECT_EQ(
        Statistics::outcomeDate(QDate(2024, 12, 2), 3, Outcome::Severity), QDate(2024, 12, 5));

    // The night before the dose (on the dose's own day) is poor, the night after it good.
    const std::vector<DayEntry> days {makeDay(m_start, 6, 150, 300, 1),
        makeDay(m_start.addDays(1), 4, 80, {}, 5), makeDay(m_start.addDays(2), 5, {}, {}, 2),
        makeDay(m_start.addDays(4), 3, 90, {}, 3)};
    const DailySeries series = Statistics::daily(days, {}, {});
    EXPECT_EQ(Statistics::pairs(series, 0, Outcome::SleepQuality),
        (std::vector<std::pair<double, double>> {{450, 5}, {80, 2}}));
    EXPECT_EQ(Statistics::pairs(series, 1, Outcome::SleepQuality),
        (std::vector<std::pair<double, double>> {{450, 2}}));
    EXPECT_EQ(Statistics::pairs(series, 0, Outcome::Severity),
        (std::vector<std::pair<double, double>> {{450, 6}, {80, 4}, {90, 3}}));
}

TEST_F(StatisticsTest, RelationshipNullsBelowThreePairsAndNoIntervalBelowFour)
{
    std::vector<DayEntry> days {makeDay(m_start, 3, 100), makeDay(m_start.addDays(1), 5, 300)};
    auto two = Statistics::relationship(Statistics::daily(days, {}, {}), 0);
    EXPECT_EQ(two.n, 2);
    EXPECT_FALSE(two.pearsonR || two.spearmanRho || two.ci95Low || two.ci95High || two.slope
        || two.intercept);

    days.push_back(makeDay(m_start.addDays(2), 4, 250));
    auto three = Statistics::relationship(Statistics::daily(days, {}, {}), 0);
    EXPECT_EQ(three.n, 3);
    EXPECT_TRUE(three.pearsonR && three.spearmanRho && three.slope && three.intercept);
    EXPECT_FALSE(three.ci95Low || three.ci95High);

    // Magnesium the same every day: no r and no line.
    std::vector<DayEntry> same;
    for (int i = 0; i < 5; ++i)
        same.push_back(makeDay(m_start.addDays(i), i, 200));
    const auto level = Statistics::relationship(Statistics::daily(same, {}, {}), 0);
    EXPECT_EQ(level.n, 5);
    EXPECT_FALSE(level.pearsonR || level.spearmanRho || level.slope || level.intercept);

    EXPECT_EQ(Statistics::relationship(DailySeries {}, 2).n, 0);
}

TEST_F(StatisticsTest, RelationshipOnAPerfectLineHasNoInterval)
{
    std::vector<DayEntry> days;
    for (int i = 0; i < 6; ++i)
        days.push_back(makeDay(m_start.addDays(i), 8 - i, 100.0 * i));
    const auto r = Statistics::relationship(Statistics::daily(days, {}, {}), 0);
    EXPECT_EQ(r.n, 6);
    EXPECT_DOUBLE_EQ(*r.pearsonR, -1.0);
    EXPECT_DOUBLE_EQ(*r.spearmanRho, -1.0);
    EXPECT_FALSE(r.ci95Low || r.ci95High);
    EXPECT_DOUBLE_EQ(*r.slope, -0.01);
}

// Severity without supplements and with them; Welch references in StatsCorrelationTest.
const std::vector<int> kWithout {6, 7, 5, 8, 6, 7, 6};
const std::vector<int> kWith {4, 5, 3, 5, 4, 6, 3, 4, 5};

std::vector<DayEntry> supplementDays(const QDate& start)
{
    std::vector<DayEntry> days;
    QDate date = start;
    for (const int severity : kWithout) {
        days.push_back(makeDay(date, severity, 150));
        date = date.addDays(1);
    }
    // Neither group: no magnesium logged, or no severity.
    days.push_back(makeDay(date, 0));
    days.push_back(makeDay(date.addDays(1), std::nullopt, 100, 300));
    date = date.addDays(2);
    for (const int severity : kWith) {
        days.push_back(makeDay(date, severity, std::nullopt, 250));
        date = date.addDays(1);
    }
    return days;
}

TEST_F(StatisticsTest, CompareSupplementDays)
{
    const DailySeries series = Statistics::daily(supplementDays(m_start), {}, {});
    const Statistics::Comparison c = Statistics::compareSupplementDays(series);
    EXPECT_EQ(c.first.n, 7);
    EXPECT_EQ(c.second.n, 9);
    EXPECT_NEAR(*c.first.mean, 6.428571428571429, 1e-14);
    EXPECT_NEAR(*c.second.mean, 4.333333333333333, 1e-14);
    EXPECT_NEAR(*c.difference, -2.095238095238096, 1e-14);
    EXPECT_NEAR(*c.ci95Low, -3.1676354433247695, 1e-12);
    EXPECT_NEAR(*c.ci95High, -1.022840747151422, 1e-12);
}

TEST_F(StatisticsTest, CompareBeforeAfterPutsTheSplitDayAfter)
{
    const DailySeries series = Statistics::daily(supplementDays(m_start), {}, {});
    // The first "with" day is 9 days after the start; it begins the second group.
    const Statistics::Comparison c = Statistics::compareBeforeAfter(series, m_start.addDays(9));
    EXPECT_EQ(c.first.n, 8); // the 7 food-only days and the day without magnesium (severity 0)
    EXPECT_EQ(c.second.n, 9);
    EXPECT_NEAR(*c.first.mean, 45.0 / 8.0, 1e-14);
    EXPECT_NEAR(*c.difference, 39.0 / 9.0 - 45.0 / 8.0, 1e-14);
    EXPECT_LT(*c.ci95Low, *c.difference);
    EXPECT_GT(*c.ci95High, *c.difference);

    const auto everything = Statistics::compareBeforeAfter(series, m_start);
    EXPECT_EQ(everything.first.n, 0);
    EXPECT_FALSE(everything.first.mean);
    EXPECT_EQ(everything.second.n, 17);
    EXPECT_FALSE(everything.difference || everything.ci95Low || everything.ci95High);
}

TEST_F(StatisticsTest, ComparisonNeedsTwoDaysInEachGroup)
{
    std::vector<DayEntry> days {makeDay(m_start, 5, 100), makeDay(m_start.addDays(1), 3, 0, 200),
        makeDay(m_start.addDays(2), 4, 0, 200)};
    const auto c = Statistics::compareSupplementDays(Statistics::daily(days, {}, {}));
    EXPECT_EQ(c.first.n, 1);
    EXPECT_EQ(c.first.mean, 5.0);
    EXPECT_EQ(c.second.n, 2);
    EXPECT_EQ(c.second.mean, 3.5);
    EXPECT_FALSE(c.difference || c.ci95Low || c.ci95High);

    // Both groups constant: a difference, but no interval.
    days.push_back(makeDay(m_start.addDays(3), 5, 80));
    days[2].symptoms.severity = 3;
    const auto flat = Statistics::compareSupplementDays(Statistics::daily(days, {}, {}));
    EXPECT_EQ(flat.difference, -2.0);
    EXPECT_FALSE(flat.ci95Low || flat.ci95High);
}

TEST_F(StatisticsTest, AComparisonKnowsWhetherItsGroupsAreTwoStretchesOfTime)
{
    // Supplements started on day 20, with one day off on day 30: the days without them are
    // mostly the first stretch, so the comparison is also a before-and-after one.
    std::vector<DayEntry> days;
    for (int i = 0; i < 40; ++i) {
        const bool supplement = i >= 20 && i != 30;
        days.push_back(makeDay(m_start.addDays(i), 5, 100, supplement ? 200.0 : 0.0));
    }
    auto c = Statistics::compareSupplementDays(Statistics::daily(days, {}, {}));
    EXPECT_EQ(c.first.firstDate, m_start);
    EXPECT_EQ(c.first.lastDate, m_start.addDays(30));
    EXPECT_EQ(c.second.firstDate, m_start.addDays(20));
    EXPECT_EQ(c.second.lastDate, m_start.addDays(39));
    // 1 of 21 days without lies in the span of the days with; 11 of 19 days with lie in the
    // span of the days without.
    EXPECT_NEAR(c.mixing, 1.0 / 21.0, 1e-12);
    EXPECT_EQ(c.timeOrder(), Statistics::TimeOrder::FirstBefore);

    // Supplements stopped instead: the days without come after.
    for (DayEntry& day : days)
        day.date = m_start.addDays(39 - m_start.daysTo(day.date));
    std::sort(days.begin(), days.end(),
        [](const DayEntry& a, const DayEntry& b) { return a.date < b.date; });
    c = Statistics::compareSupplementDays(Statistics::daily(days, {}, {}));
    EXPECT_EQ(c.timeOrder(), Statistics::TimeOrder::FirstAfter);

    // Alternating weeks mix: neither group is a stretch of its own.
    for (std::size_t i = 0; i < days.size(); ++i) {
        days[i].supplements.front().elementalMg = (i / 7) % 2 == 0 ? 0.0 : 200.0;
    }
    c = Statistics::compareSupplementDays(Statistics::daily(days, {}, {}));
    EXPECT_GT(c.mixing, Statistics::kMixedEnough);
    EXPECT_EQ(c.timeOrder(), Statistics::TimeOrder::Mixed);

    // Before and after a date are two stretches by definition.
    const auto split
        = Statistics::compareBeforeAfter(Statistics::daily(days, {}, {}), m_start.addDays(20));
    EXPECT_TRUE(split.byDate);
    EXPECT_EQ(split.mixing, 0.0);
}

} // namespace
} // namespace stilla

namespace stilla {
namespace {

// Streaky days, as a diary has them: the series of tests/data/stats/adjusted_reference.py, whose
// NumPy/SciPy output the values below are.
DailySeries streakySeries()
{
    const std::optional<double> magnesium[]
        = {150, 160, 140, 450, 470, 460, 480, 440, {}, 150, 170, 160, 455, 465, 470, 475, 160, 150,
            140, 160, 450, 460, {}, 470, 480, 150, 160, 170, 150, 160};
    const std::optional<double> severity[] = {
        7, 7, 6, 5, 4, 4, 3, 4, 5, 6, 7, 7, 6, 5, 4, {}, 4, 5, 6, 7, 6, 5, 4, 4, 3, 4, 5, 6, 7, 7};
    DailySeries series;
    series.from = QDate(2024, 3, 1);
    series.to = series.from.addDays(29);
    for (int i = 0; i < 30; ++i) {
        DailyPoint point;
        point.date = series.from.addDays(i);
        point.severity = severity[i];
        if (const auto mg = magnesium[i]) {
            point.magnesiumTotalMg = *mg;
            point.magnesiumSupplementMg = *mg > 300 ? *mg - 150 : 0;
            point.magnesiumFoodMg = *mg - *point.magnesiumSupplementMg;
        }
        series.days.push_back(point);
    }
    return series;
}

TEST(StatsAdjustedTest, RelationshipAllowsForDaysThatRunInStreaks)
{
    const Statistics::Relationship r = Statistics::relationship(streakySeries(), 0);
    ASSERT_EQ(r.n, 27);
    EXPECT_NEAR(*r.pearsonR, -0.63838158275901702, 1e-12);
    EXPECT_NEAR(*r.ci95Low, -0.81957229524817876, 1e-12);
    EXPECT_NEAR(*r.ci95High, -0.34112165548307677, 1e-12);
    EXPECT_NEAR(r.autocorrelationX, 0.6573580980289021, 1e-12);
    EXPECT_NEAR(r.autocorrelationY, 0.75912019297366129, 1e-12);
    EXPECT_NEAR(r.nEffective, 9.0236842220041691, 1e-10);
    // The plain interval leaves out 0; allowing for the streaks, it does not.
    EXPECT_NEAR(*r.ci95LowAdjusted, -0.91444547104062845, 1e-10);
    EXPECT_NEAR(*r.ci95HighAdjusted, 0.043113298939734077, 1e-10);
}

TEST(StatsAdjustedTest, ComparisonAllowsForDaysThatRunInStreaks)
{
    const Statistics::Comparison c = Statistics::compareSupplementDays(streakySeries());
    ASSERT_EQ(c.first.n, 15);
    ASSERT_EQ(c.second.n, 12);
    EXPECT_NEAR(*c.ci95Low, -2.4831159971544134, 1e-10);
    EXPECT_NEAR(*c.ci95High, -0.81688400284558549, 1e-10);
    EXPECT_NEAR(c.autocorrelationFirst, 0.81791288135196982, 1e-12);
    EXPECT_NEAR(c.autocorrelationSecond, 0.71269664509979835, 1e-12);
    EXPECT_NEAR(c.nEffectiveFirst, 1.5024409627865103, 1e-10);
    EXPECT_NEAR(c.nEffectiveSecond, 2.0129894390033836, 1e-10);
    // The t quantile at 1.1 degrees of freedom agrees with SciPy to 1e-9 (relative).
    EXPECT_NEAR(*c.ci95LowAdjusted, -13.327627045714792, 1e-7);
    EXPECT_NEAR(*c.ci95HighAdjusted, 10.027627045714794, 1e-7);
}

TEST(StatsAdjustedTest, IndependentLookingDaysKeepTheirNumberAndFewPairsCountAsNoStreak)
{
    // Alternating values have a negative lag-1 autocorrelation: n is never raised above n.
    DailySeries series;
    series.from = QDate(2024, 3, 1);
    for (int i = 0; i < 12; ++i) {
        DailyPoint point;
        point.date = series.from.addDays(i);
        point.magnesiumTotalMg = i % 2 ? 400 : 150;
        point.magnesiumSupplementMg = i % 2 ? 250 : 0;
        point.magnesiumFoodMg = 150;
        point.severity = i % 2 ? 3 + i % 3 : 6 + i % 3;
        series.days.push_back(point);
    }
    series.to = series.days.back().date;
    const Statistics::Relationship r = Statistics::relationship(series, 0);
    EXPECT_LT(r.autocorrelationX, 0);
    EXPECT_LE(r.nEffective, double(r.n));
    const Statistics::Comparison c = Statistics::compareSupplementDays(series);
    // No two days of a group are consecutive: no autocorrelation can be seen, and none is used.
    EXPECT_EQ(c.autocorrelationFirst, 0);
    EXPECT_EQ(c.nEffectiveFirst, double(c.first.n));
    EXPECT_NEAR(*c.ci95LowAdjusted, *c.ci95Low, 1e-12);
}

TEST(StatsAdjustedTest, TotalSleepIsTheNightAfterTheMagnesium)
{
    DailySeries series;
    series.from = QDate(2024, 3, 1);
    for (int i = 0; i < 6; ++i) {
        DailyPoint point;
        point.date = series.from.addDays(i);
        point.magnesiumTotalMg = 100.0 * (i + 1);
        point.totalSleepMinutes = 400.0 + 10 * i; // the night that ended on this morning
        series.days.push_back(point);
    }
    series.to = series.days.back().date;
    const auto pairs = Statistics::datedPairs(series, 0, Statistics::Outcome::TotalSleep);
    ASSERT_EQ(pairs.size(), 5U);
    EXPECT_EQ(pairs[0].date, QDate(2024, 3, 1));
    EXPECT_EQ(pairs[0].magnesium, 100);
    EXPECT_EQ(pairs[0].outcome, 410); // stored on 2 March
}

} // namespace
} // namespace stilla
