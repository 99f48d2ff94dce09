// What the Charts page draws for a range, read in core: the period arithmetic and the parts.
#include "core/charts/ChartRange.h"

#include "DiaryTestData.h"
#include "core/Settings.h"
#include "core/diary/DayCache.h"
#include "core/diary/DiaryStore.h"
#include "core/safety/ProfileStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace stilla {
namespace {

using Period = ChartRange::Period;

TEST(ChartRangeTest, EachPeriodEndsTodayAndCoversItsDays)
{
    const QDate today(2026, 3, 31);
    const auto dates = [&](Period period) { return ChartRange::datesOf(period, today, {}, {}); };
    EXPECT_EQ(dates(Period::TwoWeeks), std::pair(QDate(2026, 3, 18), today)); // 14 days
    EXPECT_EQ(dates(Period::Month), std::pair(QDate(2026, 3, 1), today)); // 28 Feb + 1
    EXPECT_EQ(dates(Period::ThreeMonths), std::pair(QDate(2026, 1, 1), today));
    EXPECT_EQ(dates(Period::Year), std::pair(QDate(2025, 4, 1), today));
    // All: the diary's first entry to its last, or to today when that is later; an empty
    // diary shows a month.
    EXPECT_EQ(ChartRange::datesOf(Period::All, today, QDate(2024, 6, 1), QDate(2026, 4, 10)),
        std::pair(QDate(2024, 6, 1), QDate(2026, 4, 10)));
    EXPECT_EQ(ChartRange::datesOf(Period::All, today, QDate(2024, 6, 1), QDate(2025, 1, 1)),
        std::pair(QDate(2024, 6, 1), today));
    EXPECT_EQ(dates(Period::All), std::pair(QDate(2026, 2, 28), today));
    const auto custom = dates(Period::Custom);
    EXPECT_FALSE(custom.first.isValid());
    EXPECT_FALSE(custom.second.isValid());
}

class ChartRangeLoadTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        m_store = std::move(opened.store);
        ASSERT_TRUE(
            m_store
                ->saveMany({test::fullDay(QDate(2026, 3, 10)), test::fullDay(QDate(2026, 3, 20)),
                               test::fullDay(QDate(2026, 5, 1))},
                    ConflictPolicy::Fail)
                .ok());
        LabResult inside;
        inside.date = QDate(2026, 3, 5);
        inside.ferritin = 42;
        LabResult before;
        before.date = QDate(2026, 2, 1);
        before.ferritin = 30;
        ASSERT_TRUE(m_store->labs().save(inside).ok());
        ASSERT_TRUE(m_store->labs().save(before).ok());
        ExperimentPlan plan;
        plan.start = QDate(2026, 3, 15);
        plan.pattern = QStringLiteral("ABAB");
        plan.phaseDays = 7;
        plan.washoutDays = 0;
        plan.doseMg = 200;
        ASSERT_TRUE(m_store->experiments().save(plan).ok());
        Profile adult;
        adult.ageGroup = AgeGroup::Adult;
        adult.sex = Sex::Male;
        ProfileStore(m_settings).save(adult);
    }

    QTemporaryDir m_dir;
    Settings m_settings {m_dir.filePath(QStringLiteral("settings.conf"))};
    std::unique_ptr<DiaryStore> m_store;
};

TEST_F(ChartRangeLoadTest, ReadsTheDaysLabsPhasesAndLinesOfTheRangeOnly)
{
    DayCache days(*m_store);
    const ChartRange range
        = ChartRange::load(&days, m_store.get(), m_settings, QDate(2026, 3, 1), QDate(2026, 3, 31));
    EXPECT_EQ(range.from, QDate(2026, 3, 1));
    EXPECT_EQ(range.to, QDate(2026, 3, 31));
    EXPECT_TRUE(range.hasEntries);
    ASSERT_EQ(range.labs.size(), 1u) << "February's blood test is outside the range";
    EXPECT_EQ(range.labs[0].date, QDate(2026, 3, 5));
    ASSERT_FALSE(range.phases.empty());
    EXPECT_EQ(range.phases.front().first, QDate(2026, 3, 15));
    EXPECT_EQ(range.phases.back().last, QDate(2026, 3, 31)) << "cut to the range";
    ASSERT_TRUE(range.targetMg.has_value());
    EXPECT_EQ(*range.targetMg, 350) << "the Nordic reference for an adult man";
    EXPECT_TRUE(range.supplementLimitMg.has_value());
    EXPECT_EQ(range.series.from, QDate(2026, 3, 1));
}

TEST_F(ChartRangeLoadTest, ARangeWithoutEntriesOrWithoutADiaryStillHasTheProfilesLines)
{
    DayCache days(*m_store);
    const ChartRange empty = ChartRange::load(
        &days, m_store.get(), m_settings, QDate(2026, 4, 15), QDate(2026, 4, 28));
    EXPECT_FALSE(empty.hasEntries);
    EXPECT_TRUE(empty.labs.empty());
    EXPECT_TRUE(empty.phases.empty()) << "the experiment ended on 11 April";
    EXPECT_TRUE(empty.targetMg.has_value());

    const ChartRange none
        = ChartRange::load(nullptr, nullptr, m_settings, QDate(2026, 3, 1), QDate(2026, 3, 31));
    EXPECT_FALSE(none.hasEntries);
    EXPECT_TRUE(none.labs.empty());
    EXPECT_TRUE(none.phases.empty());
    EXPECT_EQ(none.targetMg, empty.targetMg);
}

TEST_F(ChartRangeLoadTest, AnEgfrFromBeforeTheRangeMarksItsNauseaDaysAndTakesTheTargetAway)
{
    DayEntry nausea = test::fullDay(QDate(2026, 3, 20));
    nausea.sideEffects = unsigned(SideEffect::Nausea);
    ASSERT_TRUE(m_store->save(nausea).ok());
    DayCache days(*m_store);
    const auto load = [&] {
        return ChartRange::load(
            &days, m_store.get(), m_settings, QDate(2026, 3, 1), QDate(2026, 3, 31));
    };
    const ChartRange before = load();
    ASSERT_TRUE(before.worstFindings.contains(QDate(2026, 3, 20)));
    const Severity usual = before.worstFindings.at(QDate(2026, 3, 20));
    EXPECT_LT(usual, Severity::Warning);
    EXPECT_TRUE(before.targetMg.has_value());

    LabResult kidneys;
    kidneys.date = QDate(2026, 2, 10);
    kidneys.egfr = 25;
    ASSERT_TRUE(m_store->labs().save(kidneys).ok());
    const ChartRange after = load();
    EXPECT_EQ(after.worstFindings.at(QDate(2026, 3, 20)), Severity::Warning);
    EXPECT_FALSE(after.targetMg.has_value()) << "no target to reach with kidney disease";
    ASSERT_EQ(after.labs.size(), 1u) << "the February eGFR is read but not drawn";
    EXPECT_EQ(after.labs[0].date, QDate(2026, 3, 5));
}

} // namespace
} // namespace stilla
