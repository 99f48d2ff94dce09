// DiaryFindings::ironHistory: the lab results up to a day and the days with symptoms in the
// iron rules' window ending on it, read from the diary or from days the caller has read already
// (the diary page reads a day's month once and hands it over).
#include "core/safety/DiaryFindings.h"

#include "core/diary/DiaryStore.h"
#include "core/safety/SafetyFacts.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace stilla {
namespace {

class DiaryFindingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        m_store = std::move(opened.store);
        // Symptoms on the first and last day of the window, one the day before it and one
        // after the day; a day without symptoms inside it.
        const QDate first = m_date.addDays(1 - SafetyFacts::kSymptomWindowDays);
        for (const auto& [date, severity] :
            std::vector<std::pair<QDate, int>> {{first.addDays(-1), 5}, {first, 4},
                {m_date.addDays(-3), 0}, {m_date, 6}, {m_date.addDays(1), 7}}) {
            DayEntry day;
            day.date = date;
            day.symptoms.severity = severity;
            ASSERT_TRUE(m_store->save(day).ok());
        }
        for (const QDate& date : {m_date.addDays(-200), m_date, m_date.addDays(2)}) {
            LabResult result;
            result.date = date;
            result.ferritin = 40;
            ASSERT_TRUE(m_store->labs().save(result).ok());
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DiaryStore> m_store;
    const QDate m_date {2026, 11, 20};
};

TEST_F(DiaryFindingsTest, CountsTheWindowsSymptomDaysAndTheLabsUpToTheDay)
{
    const auto history = DiaryFindings::ironHistory(*m_store, m_date);
    ASSERT_TRUE(history.ok()) << history.errorMessage().toStdString();
    EXPECT_EQ(history->date, m_date);
    EXPECT_EQ(history->symptomDays, 2);
    ASSERT_EQ(history->labs.size(), 2u);
    EXPECT_EQ(history->labs.back().date, m_date);
}

TEST_F(DiaryFindingsTest, DaysReadAlreadyGiveTheSameHistoryWhateverElseTheyHold)
{
    const auto read = DiaryFindings::ironHistory(*m_store, m_date);
    // Every day of the diary, inside the window and outside it.
    const auto all = m_store->days(QDate(), QDate());
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 5u);
    const auto given = DiaryFindings::ironHistory(*m_store, m_date, *all);
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(given.ok());
    EXPECT_EQ(given->symptomDays, read->symptomDays);
    EXPECT_EQ(given->labs.size(), read->labs.size());
    // No days given: no days with symptoms, the labs still read.
    const auto none = DiaryFindings::ironHistory(*m_store, m_date, {});
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->symptomDays, 0);
    EXPECT_EQ(none->labs.size(), 2u);
}

} // namespace
} // namespace stilla
