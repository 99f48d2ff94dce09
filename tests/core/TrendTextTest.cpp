#include "core/stats/TrendText.h"

#include "core/report/ReportLanguage.h"

#include <gtest/gtest.h>

namespace stilla {
namespace {

BucketValue value(int days, double mean, double lower, double upper)
{
    return {days, mean, lower, upper};
}

TEST(TrendTextTest, ADayGivesItsValuesAndWhatIsNotLogged)
{
    const ReportLanguage english(QStringLiteral("en")); // the plural forms
    ASSERT_TRUE(english.ok());
    TrendBucket day;
    day.first = day.last = QDate(2026, 11, 3);
    day.severity = value(1, 6, 6, 6);
    day.sleepHours = value(1, 7.25, 7.25, 7.25);
    day.supplements = value(1, 300, 300, 300);
    day.findingDays = 1;
    const QStringList lines = TrendText::describePoint(day, 1, {}, {}).split(u'\n');
    ASSERT_EQ(lines.size(), 7) << lines.join(u'|').toStdString();
    EXPECT_EQ(lines[1], QStringLiteral("Severity: 6.0"));
    EXPECT_EQ(
        lines[2], QStringLiteral("Sleep quality (the night that ended this morning): not logged"));
    EXPECT_EQ(lines[3], QStringLiteral("Hours asleep: 7.3\u00A0h")); // one decimal
    EXPECT_EQ(lines[4], QStringLiteral("Magnesium from food: not logged"));
    EXPECT_EQ(lines[5], QStringLiteral("Magnesium from supplements: 300\u00A0mg"));
    EXPECT_EQ(lines[6], QStringLiteral("A safety note for this day; see the diary."));
}

TEST(TrendTextTest, AWeekSaysItIsAMeanOnHowManyDaysAndItsMiddleHalf)
{
    const ReportLanguage english(QStringLiteral("en"));
    ASSERT_TRUE(english.ok());
    TrendBucket week;
    week.first = QDate(2026, 11, 2);
    week.last = QDate(2026, 11, 8);
    week.severity = value(5, 4.4, 3, 6);
    week.findingDays = 2;
    LabResult lab;
    lab.date = QDate(2026, 11, 4);
    lab.ferritin = 41;
    const PhaseSpan phase {QDate(2026, 11, 1), QDate(2026, 11, 14), 1, Arm::WithMagnesium};
    const QString text = TrendText::describePoint(week, 7, {lab}, {phase});
    EXPECT_TRUE(text.startsWith(QStringLiteral("Week 45, "))) << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Severity: 4.4 (on 5 of 7 days; middle half 3.0 to 6.0)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Safety notes on 2 of these days; see the diary.")));
    EXPECT_TRUE(text.contains(QStringLiteral("ferritin 41\u00A0µg/L"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Self-experiment, phase 2: with magnesium (B)")));
    EXPECT_TRUE(TrendText::bucketExplanation(7).startsWith(QStringLiteral("Weekly means:")));
    EXPECT_TRUE(TrendText::bucketExplanation(28).startsWith(QStringLiteral("Four-week means:")));
    EXPECT_TRUE(TrendText::bucketExplanation(1).isEmpty());
}

TEST(TrendTextTest, AWeekOrFourWeeksWithOneDayInTheRangeSaySo)
{
    const ReportLanguage english(QStringLiteral("en"));
    ASSERT_TRUE(english.ok());
    // The range ends today, a Monday: the last weekly point holds that day alone.
    TrendBucket today;
    today.first = today.last = QDate(2026, 12, 7);
    today.severity = value(1, 5, 5, 5);
    const QStringList week = TrendText::describePoint(today, 7, {}, {}).split(u'\n');
    EXPECT_EQ(week[0],
        QStringLiteral("Week 50: only %1 is in the chart's range")
            .arg(QLocale().toString(today.first, QLocale::LongFormat)));
    EXPECT_EQ(week[1], QStringLiteral("Severity: 5.0"));
    const QStringList fourWeeks = TrendText::describePoint(today, 28, {}, {}).split(u'\n');
    EXPECT_TRUE(fourWeeks[0].endsWith(QStringLiteral(": the only day of its four weeks in the "
                                                     "chart's range")))
        << fourWeeks[0].toStdString();
}

TEST(TrendTextTest, DateLabelsAreShortAndTheTitleGivesTheYears)
{
    const ReportLanguage english(QStringLiteral("en"));
    ASSERT_TRUE(english.ok());
    // Two years of weeks from Monday 1 December 2025: a month comes again a year later.
    std::vector<QDate> weeks;
    for (int i = 0; i < 105; ++i)
        weeks.push_back(QDate(2025, 12, 1).addDays(7 * i));
    const auto labels = TrendText::dateLabels(weeks, 7, 6);
    // January, May and September (every fourth month: every month, second or third gives
    // more than 6), each under the first week that starts in it.
    ASSERT_EQ(labels.size(), 6u);
    EXPECT_EQ(labels[0], (TrendText::DateLabel {5, QStringLiteral("Jan")})); // 5 Jan 2026
    EXPECT_EQ(labels[1], (TrendText::DateLabel {22, QStringLiteral("May")})); // 4 May 2026
    EXPECT_EQ(labels[2].point, 40); // 7 Sep 2026
    EXPECT_EQ(labels[3], (TrendText::DateLabel {57, QStringLiteral("Jan\u200B")})); // 2027
    EXPECT_EQ(labels[5].point, 92); // 6 Sep 2027
    EXPECT_EQ(TrendText::datesTitle(7, weeks.front(), weeks.back().addDays(6)),
        QStringLiteral("Weekly means, Dec 2025 – Dec 2027"));
    // Days by day and month, four weeks by year; no title for days.
    const auto days = TrendText::dateLabels({QDate(2026, 12, 3), QDate(2026, 12, 4)}, 1, 6);
    EXPECT_EQ(days.back(), (TrendText::DateLabel {1, QStringLiteral("4 Dec")}));
    EXPECT_EQ(
        TrendText::dateLabels({QDate(2024, 1, 1)}, 28, 6).front().text, QStringLiteral("2024"));
    EXPECT_TRUE(TrendText::datesTitle(1, QDate(2026, 1, 1), QDate(2026, 2, 1)).isEmpty());
    EXPECT_EQ(TrendText::datesTitle(28, QDate(2016, 1, 1), QDate(2026, 2, 1)),
        QStringLiteral("Four-week means"));
    EXPECT_TRUE(TrendText::dateLabels({}, 7, 6).empty());
}

TEST(TrendTextTest, DayLabelsFallOnDaysAReaderCountsBy)
{
    // Evenly spaced, a quarter's six labels fell every 15 days and the report's every 8 or 9,
    // on days nobody counts by. Now: each week's first day (Monday here), the 1st and 15th or
    // the 1st of each month, whichever is the first to fit.
    const ReportLanguage english(QStringLiteral("en"));
    ASSERT_TRUE(english.ok());
    const auto days = [](const QDate& first, int count) {
        std::vector<QDate> dates;
        for (int i = 0; i < count; ++i)
            dates.push_back(first.addDays(i));
        return dates;
    };
    const auto texts = [](const std::vector<QDate>& dates, int most) {
        QStringList shown;
        for (const auto& label : TrendText::dateLabels(dates, 1, most))
            shown << label.text;
        return shown.join(u',');
    };
    // Two weeks from a Wednesday: seven labels every second day are too many.
    EXPECT_EQ(texts(days(QDate(2026, 11, 25), 14), 6), QStringLiteral("30 Nov,7 Dec"));
    EXPECT_EQ(texts(days(QDate(2026, 11, 25), 14), 7),
        QStringLiteral("25 Nov,27 Nov,29 Nov,1 Dec,3 Dec,5 Dec,7 Dec"));
    EXPECT_EQ(texts(days(QDate(2026, 11, 7), 30), 6), QStringLiteral("9 Nov,16 Nov,23 Nov,30 Nov"));
    // A quarter: thirteen Mondays and seven every second one are too many.
    EXPECT_EQ(texts(days(QDate(2026, 9, 7), 91), 6),
        QStringLiteral("15 Sept,1 Oct,15 Oct,1 Nov,15 Nov,1 Dec"));
    EXPECT_EQ(texts(days(QDate(2026, 9, 7), 91), 13).count(u','), 12); // every Monday
    EXPECT_EQ(texts(days(QDate(2026, 8, 7), 122), 6), QStringLiteral("1 Sept,1 Oct,1 Nov,1 Dec"));
    // Every day while they fit, and one day alone.
    EXPECT_EQ(texts(days(QDate(2026, 12, 1), 3), 6), QStringLiteral("1 Dec,2 Dec,3 Dec"));
    EXPECT_EQ(texts(days(QDate(2026, 12, 1), 1), 6), QStringLiteral("1 Dec"));
    // More than half a year of days against three labels: none of the above fits, so evenly.
    EXPECT_EQ(TrendText::labelPoints(days(QDate(2026, 1, 1), 200), 1, 3),
        (std::vector<int> {0, 67, 134}));
}

TEST(TrendTextTest, AYearLabelStandsUnderTheFirstPointOfThatYear)
{
    // Ten years of four-week means: evenly spaced labels read "2016, 2018, 2020, 2021, 2023"
    // when a label fell on a bucket starting just before New Year. Each label now names the
    // year its point starts in, at the first point of that year, every second year.
    const ReportLanguage english(QStringLiteral("en"));
    ASSERT_TRUE(english.ok());
    std::vector<QDate> buckets;
    for (int i = 0; i < 131; ++i)
        buckets.push_back(QDate(2016, 12, 10).addDays(28 * i));
    const auto labels = TrendText::dateLabels(buckets, 28, 6);
    QStringList texts;
    for (const auto& [point, text] : labels) {
        texts << text;
        const QDate first = buckets[std::size_t(point)];
        EXPECT_EQ(text, QString::number(first.year()));
        EXPECT_LT(buckets[std::size_t(point) - 1].year(), first.year()) << text.toStdString();
    }
    EXPECT_EQ(texts,
        QStringList({QStringLiteral("2018"), QStringLiteral("2020"), QStringLiteral("2022"),
            QStringLiteral("2024"), QStringLiteral("2026")}));
    // A range inside one year still gets a label.
    const auto short_ = TrendText::dateLabels({QDate(2024, 3, 4), QDate(2024, 4, 1)}, 28, 6);
    ASSERT_EQ(short_.size(), 1u);
    EXPECT_EQ(short_.front(), (TrendText::DateLabel {0, QStringLiteral("2024")}));
}

} // namespace
} // namespace stilla
