// The charts' in-memory days: read once, then following the diary.
#include "core/diary/DayCache.h"

#include "DiaryTestData.h"
#include "core/diary/DiaryStore.h"
#include "tests/TestUtil.h"

#include <QSignalSpy>
#include <QTemporaryDir>

namespace stilla {
namespace {

class DayCacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        m_store = std::move(opened.store);
        std::vector<DayEntry> days;
        for (int i = 0; i < 60; i += 2) // every other day of January and February 2026
            days.push_back(test::fullDay(QDate(2026, 1, 1).addDays(i)));
        ASSERT_TRUE(m_store->saveMany(days, ConflictPolicy::Fail).ok());
    }

    std::vector<QDate> cachedDates(const DayCache& cache) const
    {
        std::vector<QDate> dates;
        for (const DayEntry& day : cache.days())
            dates.push_back(day.date);
        return dates;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DiaryStore> m_store;
};

TEST_F(DayCacheTest, GrowsBothWaysAndHoldsExactlyTheStoredDaysInOrder)
{
    DayCache cache(*m_store);
    ASSERT_TRUE(cache.ensure(QDate(2026, 1, 20), QDate(2026, 1, 31)).ok());
    EXPECT_EQ(cache.days().size(), 6u); // 21, 23, 25, 27, 29, 31 January
    ASSERT_TRUE(cache.ensure(QDate(2026, 1, 1), QDate(2026, 1, 10)).ok());
    ASSERT_TRUE(cache.ensure(QDate(2026, 2, 1), QDate(2026, 3, 31)).ok());
    EXPECT_EQ(cache.loadedFrom(), QDate(2026, 1, 1));
    EXPECT_EQ(cache.loadedTo(), QDate(2026, 3, 31));
    // The gap between the first two calls was filled: one piece, every stored day once.
    const auto stored = m_store->days({}, {}).value();
    ASSERT_EQ(cache.days().size(), stored.size());
    for (std::size_t i = 0; i < stored.size(); ++i)
        EXPECT_EQ(cache.days()[i], stored[i]) << i;

    const auto [first, last] = cache.indexRange(QDate(2026, 1, 2), QDate(2026, 1, 7));
    ASSERT_EQ(last - first, 3u); // the 3rd, 5th and 7th
    EXPECT_EQ(cache.days()[first].date, QDate(2026, 1, 3));
}

TEST_F(DayCacheTest, FollowsSavesRemovalsAndResets)
{
    DayCache cache(*m_store);
    ASSERT_TRUE(cache.ensure(QDate(2026, 1, 1), QDate(2026, 2, 28)).ok());
    QSignalSpy changed(&cache, &DayCache::changed);

    DayEntry edited = test::fullDay(QDate(2026, 1, 3));
    edited.notes = QStringLiteral("changed");
    ASSERT_TRUE(m_store->save(edited).ok());
    ASSERT_TRUE(m_store->save(test::fullDay(QDate(2026, 1, 4))).ok()); // a new day
    ASSERT_TRUE(m_store->remove(QDate(2026, 1, 5)).ok());
    EXPECT_EQ(changed.count(), 3);
    const auto dates = cachedDates(cache);
    EXPECT_TRUE(std::is_sorted(dates.begin(), dates.end()));
    EXPECT_EQ(std::count(dates.begin(), dates.end(), QDate(2026, 1, 4)), 1);
    EXPECT_EQ(std::count(dates.begin(), dates.end(), QDate(2026, 1, 5)), 0);
    const auto [first, last] = cache.indexRange(QDate(2026, 1, 3), QDate(2026, 1, 3));
    ASSERT_EQ(last - first, 1u);
    EXPECT_EQ(cache.days()[first].notes, QStringLiteral("changed"));
    EXPECT_EQ(cache.days().size(), m_store->days({}, {}).value().size());

    ASSERT_TRUE(m_store->saveMany({test::fullDay(QDate(2025, 12, 1))}, ConflictPolicy::Fail).ok());
    EXPECT_EQ(changed.count(), 4);
    EXPECT_TRUE(cache.days().empty()) << "a reset empties the cache";
    EXPECT_FALSE(cache.loadedFrom().isValid());
}

TEST_F(DayCacheTest, ADaySavedOutsideTheCachedSpanIsReadWhenAskedFor)
{
    DayCache cache(*m_store);
    ASSERT_TRUE(cache.ensure(QDate(2026, 1, 1), QDate(2026, 1, 31)).ok());
    ASSERT_TRUE(m_store->save(test::fullDay(QDate(2026, 6, 1))).ok());
    EXPECT_EQ(cachedDates(cache).back(), QDate(2026, 1, 31));
    ASSERT_TRUE(cache.ensure(QDate(2026, 1, 1), QDate(2026, 6, 30)).ok());
    EXPECT_EQ(cachedDates(cache).back(), QDate(2026, 6, 1));
}

} // namespace
} // namespace stilla
