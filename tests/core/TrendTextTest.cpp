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
    EXPECT_TRUE(text.startsWith(QStringLiteral("Week of "))) << text.toStdString();
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

} // namespace
} // namespace stilla
