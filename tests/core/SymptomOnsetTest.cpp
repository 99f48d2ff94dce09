// When symptoms began at the start of a period and at its end (augmentation shows as earlier
// onsets). Golden medians from Python's statistics.median over the minutes after 06:00.
#include "core/report/SymptomOnset.h"

#include "core/report/ReportText.h"

#include <gtest/gtest.h>

namespace stilla {
namespace {

const QDate kFrom(2026, 1, 1);

DayEntry onsetAt(int dayIndex, const QTime& time)
{
    DayEntry day;
    day.date = kFrom.addDays(dayIndex);
    day.symptoms.severity = 5;
    day.symptoms.onsetTime = time;
    return day;
}

TEST(SymptomOnsetTest, TimesAfterMidnightComeAfterTheEvening)
{
    EXPECT_EQ(SymptomOnset::minutesFromMorning(QTime(6, 0)), 0);
    EXPECT_EQ(SymptomOnset::minutesFromMorning(QTime(21, 0)), 900);
    EXPECT_EQ(SymptomOnset::minutesFromMorning(QTime(0, 30)), 1110);
    EXPECT_EQ(SymptomOnset::minutesFromMorning(QTime(5, 59)), 1439);
}

TEST(SymptomOnsetTest, TheFirstAndLastFourWeeksMediansAndHowFarTheyMoved)
{
    std::vector<DayEntry> days;
    // The first four weeks: 21:00 21:30 22:00 23:30 00:30 → 900 930 960 1050 1110 minutes
    // after 06:00; statistics.median = 960 → 22:00.
    const QTime firstTimes[]
        = {QTime(21, 0), QTime(21, 30), QTime(22, 0), QTime(23, 30), QTime(0, 30)};
    for (int i = 0; i < 5; ++i)
        days.push_back(onsetAt(i * 3, firstTimes[i]));
    // A day between the windows and one with only a time of day do not count.
    days.push_back(onsetAt(40, QTime(12, 0)));
    DayEntry periodOnly = onsetAt(70, QTime());
    periodOnly.symptoms.onsetTime.reset();
    periodOnly.symptoms.onsetPeriod = DayPeriod::Evening;
    days.push_back(periodOnly);
    // The last four weeks of 1 January – 31 March (4–31 March): 18:00 18:30 19:00 19:45 20:00
    // 01:00 → 720 750 780 825 840 1140; statistics.median = 802.5 → 803 → 19:23.
    const QTime lastTimes[]
        = {QTime(18, 0), QTime(18, 30), QTime(19, 0), QTime(19, 45), QTime(20, 0), QTime(1, 0)};
    for (int i = 0; i < 6; ++i)
        days.push_back(onsetAt(64 + i * 4, lastTimes[i]));
    // Outside the period: left out.
    days.push_back(onsetAt(-1, QTime(7, 0)));
    days.push_back(onsetAt(90, QTime(7, 0)));

    const QDate to(2026, 3, 31);
    const auto onset = SymptomOnset::compare(days, kFrom, to);
    ASSERT_TRUE(onset);
    EXPECT_EQ(onset->first.from, kFrom);
    EXPECT_EQ(onset->first.to, QDate(2026, 1, 28));
    EXPECT_EQ(onset->last.from, QDate(2026, 3, 4));
    EXPECT_EQ(onset->last.to, to);
    EXPECT_EQ(onset->first.days, 5);
    EXPECT_EQ(onset->last.days, 6);
    EXPECT_EQ(onset->first.median, QTime(22, 0));
    EXPECT_EQ(onset->last.median, QTime(19, 23));
    EXPECT_EQ(onset->earlierByMinutes(), 960 - 803);
}

TEST(SymptomOnsetTest, TooFewTimesOrTooShortAPeriodGiveNoMedian)
{
    std::vector<DayEntry> days;
    for (int i = 0; i < 4; ++i)
        days.push_back(onsetAt(i, QTime(21, 0)));
    const auto onset = SymptomOnset::compare(days, kFrom, kFrom.addDays(55));
    ASSERT_TRUE(onset) << "56 days hold two windows of 28";
    EXPECT_EQ(onset->first.days, 4);
    EXPECT_FALSE(onset->first.median) << "four times are too few for a median";
    EXPECT_FALSE(onset->earlierByMinutes());
    EXPECT_FALSE(SymptomOnset::compare(days, kFrom, kFrom.addDays(54)))
        << "55 days: the windows would overlap";
}

TEST(SymptomOnsetTest, TheReportSaysBothMediansHowFarTheyMovedAndWhatItCanMean)
{
    // No translation is loaded in core_tests: plurals read as their source, "day(s)".
    const ReportText text(QLocale(QLocale::English, QLocale::UnitedKingdom));
    SymptomOnset onset {{kFrom, kFrom.addDays(27), 12, QTime(21, 10)},
        {QDate(2026, 3, 4), QDate(2026, 3, 31), 15, QTime(18, 40)}};
    const QString said = text.onset(onset);
    EXPECT_TRUE(said.startsWith(QStringLiteral(
        "Median time symptoms began: 21:10 in the first four weeks of the period (12 day(s) with a "
        "time) and 18:40 in the last four weeks (15 day(s) with a time). At the end they began "
        "2\u00A0h 30\u00A0min earlier.")))
        << said.toStdString();
    // Augmentation is named only to a person taking a dopamine medicine for RLS.
    EXPECT_TRUE(ReportText::onsetCaveat(true).contains(QStringLiteral("augmentation")));
    EXPECT_FALSE(ReportText::onsetCaveat(false).contains(QStringLiteral("augmentation")));
    EXPECT_TRUE(ReportText::onsetCaveat(false).contains(QStringLiteral("the season")));
    onset.last.median = QTime(22, 0);
    EXPECT_TRUE(text.onset(onset).contains(QStringLiteral("50\u00A0min later.")));
    onset.last.median.reset();
    onset.last.days = 3;
    EXPECT_EQ(text.onset(onset),
        QStringLiteral(
            "Too few days with the time symptoms began to compare the first four weeks "
            "of the period with the last (12 day(s) with a time and 3 day(s) with a time; "
            "at least 5 in each)."));
}

} // namespace
} // namespace stilla
