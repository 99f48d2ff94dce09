#include "core/demo/DemoDiary.h"

#include "core/diary/DayValidation.h"
#include "core/stats/Correlation.h"
#include "tests/TestUtil.h"

#include <map>
#include <set>

namespace stilla {
namespace {

const QDate kLastDay(2026, 11, 24);

TEST(DemoDiaryTest, TheSameSeedGivesTheSameDiary)
{
    const auto first = DemoDiary::generate(kLastDay, 2, 42);
    const auto second = DemoDiary::generate(kLastDay, 2, 42);
    ASSERT_FALSE(first.empty());
    EXPECT_TRUE(first == second);
}

TEST(DemoDiaryTest, AnotherSeedGivesAnotherDiary)
{
    EXPECT_FALSE(DemoDiary::generate(kLastDay, 1, 1) == DemoDiary::generate(kLastDay, 1, 2));
}

TEST(DemoDiaryTest, TenYearsOfAscendingDaysEndingOnTheLastDay)
{
    const auto days = DemoDiary::generate(kLastDay, 10, 7);
    ASSERT_FALSE(days.empty());
    const QDate first = kLastDay.addYears(-10).addDays(1);
    EXPECT_GE(days.front().date, first);
    EXPECT_LE(days.back().date, kLastDay);
    for (std::size_t i = 1; i < days.size(); ++i)
        ASSERT_LT(days[i - 1].date, days[i].date) << i;

    // About 8% of the days are missing: gaps, but not many.
    const auto span = first.daysTo(kLastDay) + 1;
    const double missing = 1.0 - double(days.size()) / double(span);
    EXPECT_GT(missing, 0.05);
    EXPECT_LT(missing, 0.12);
}

TEST(DemoDiaryTest, EveryDayIsValidAndRealistic)
{
    const auto days = DemoDiary::generate(kLastDay, 10, 3);
    int supplementDays = 0;
    int splitDoses = 0;
    int crossesMidnight = 0;
    int withNotes = 0;
    int withSideEffects = 0;
    std::set<int> severities;
    for (const DayEntry& day : days) {
        for (const FieldProblem& problem : DayValidation::validate(day))
            ASSERT_NE(problem.kind, FieldProblem::Kind::Error)
                << day.date.toString(Qt::ISODate).toStdString() << " "
                << problem.field.toStdString();
        ASSERT_GE(day.foods.size(), 2u);
        ASSERT_LE(day.foods.size(), 4u);
        for (const FoodIntake& food : day.foods) {
            EXPECT_TRUE(
                food.source == QStringLiteral("slv") || food.source == QStringLiteral("usda"));
            EXPECT_FALSE(food.foodId.isEmpty());
            EXPECT_GT(food.grams, 0);
        }
        if (!day.supplements.empty()) {
            ++supplementDays;
            EXPECT_GE(day.supplementMagnesiumMg(), 100);
            EXPECT_LE(day.supplementMagnesiumMg(), 300);
            splitDoses += day.supplements.size() > 1 ? 1 : 0;
        }
        if (day.sleep.timeIntoBed && day.sleep.timeIntoBed->hour() < 12)
            ++crossesMidnight;
        withNotes += day.notes.isEmpty() ? 0 : 1;
        withSideEffects += day.sideEffects != 0 ? 1 : 0;
        ASSERT_TRUE(day.symptoms.severity.has_value());
        severities.insert(*day.symptoms.severity);
    }
    EXPECT_GT(supplementDays, int(days.size()) / 5);
    EXPECT_LT(supplementDays, int(days.size()) * 4 / 5);
    EXPECT_GT(splitDoses, 0);
    EXPECT_GT(crossesMidnight, 0);
    EXPECT_GT(withNotes, 0);
    EXPECT_GT(withSideEffects, 0);
    EXPECT_GE(severities.size(), 8u);
}

TEST(DemoDiaryTest, SupplementDaysAreSomewhatMilderOnAverage)
{
    const auto days = DemoDiary::generate(kLastDay, 10, 11);
    double with = 0, without = 0;
    int withCount = 0, withoutCount = 0;
    for (const DayEntry& day : days) {
        if (day.supplements.empty()) {
            without += *day.symptoms.severity;
            ++withoutCount;
        } else {
            with += *day.symptoms.severity;
            ++withCount;
        }
    }
    ASSERT_GT(withCount, 0);
    ASSERT_GT(withoutCount, 0);
    const double difference = without / withoutCount - with / withCount;
    EXPECT_GT(difference, 0.5);
    EXPECT_LT(difference, 1.5);
}

TEST(DemoDiaryTest, ADaysNightFollowsTheEveningBefore)
{
    // A day holds the night that ended on its morning: the evening before's symptoms disturbed
    // it, so its quality goes with yesterday's severity far more than with today's.
    const auto days = DemoDiary::generate(kLastDay, 10, 5);
    std::map<QDate, const DayEntry*> byDate;
    for (const DayEntry& day : days)
        byDate[day.date] = &day;
    std::vector<double> quality, eveningBefore, sameDay;
    for (const DayEntry& day : days) {
        const auto before = byDate.find(day.date.addDays(-1));
        if (!day.sleep.quality || before == byDate.end())
            continue;
        quality.push_back(*day.sleep.quality);
        eveningBefore.push_back(*before->second->symptoms.severity);
        sameDay.push_back(*day.symptoms.severity);
    }
    ASSERT_GT(quality.size(), 1000u);
    const auto before = Correlation::pearson(eveningBefore, quality);
    const auto same = Correlation::pearson(sameDay, quality);
    ASSERT_TRUE(before && same);
    EXPECT_LT(*before, -0.5);
    EXPECT_GT(*same, -0.3);
    // Later to bed on Friday and Saturday evenings, so on Saturday and Sunday mornings.
    double weekendBed = 0, weekBed = 0;
    int weekend = 0, week = 0;
    for (const DayEntry& day : days) {
        if (!day.sleep.timeIntoBed)
            continue;
        // Minutes after 18:00, so that bedtimes after midnight count as late.
        const int minutes = (day.sleep.timeIntoBed->msecsSinceStartOfDay() / 60000 + 6 * 60) % 1440;
        (day.date.dayOfWeek() >= 6 ? weekendBed : weekBed) += minutes;
        ++(day.date.dayOfWeek() >= 6 ? weekend : week);
    }
    ASSERT_GT(weekend, 0);
    ASSERT_GT(week, 0);
    EXPECT_GT(weekendBed / weekend - weekBed / week, 25);
}

TEST(DemoDiaryTest, NothingForAnInvalidRequest)
{
    EXPECT_TRUE(DemoDiary::generate(QDate(), 10, 1).empty());
    EXPECT_TRUE(DemoDiary::generate(kLastDay, 0, 1).empty());
}

TEST(DemoDiaryTest, LabResultsAreValidTwiceAYearAndTheSameForTheSameSeed)
{
    const auto results = DemoDiary::labResults(kLastDay, 10, 9);
    EXPECT_EQ(results, DemoDiary::labResults(kLastDay, 10, 9));
    ASSERT_GE(results.size(), 17u); // one every 150-210 days for ten years
    ASSERT_LE(results.size(), 25u);
    std::size_t withEgfr = 0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        EXPECT_TRUE(results[i].problems().isEmpty()) << results[i].describe().toStdString();
        EXPECT_TRUE(results[i].ferritin.has_value());
        if (results[i].egfr) {
            ++withEgfr;
            EXPECT_GE(*results[i].egfr, 60) << "the demo person has no kidney note";
        }
        if (i > 0) {
            EXPECT_GT(results[i].date, results[i - 1].date);
        }
    }
    EXPECT_GT(results.back().date, kLastDay.addMonths(-6));
    EXPECT_LE(results.back().date, kLastDay);
    EXPECT_GE(results.front().date, kLastDay.addYears(-10));
    EXPECT_LT(*results.front().ferritin, *results.back().ferritin);
    EXPECT_GT(withEgfr, 0u);
    EXPECT_LT(withEgfr, results.size());
    EXPECT_TRUE(DemoDiary::labResults(QDate(), 10, 1).empty());
}

} // namespace
} // namespace stilla
