#include "core/stats/Statistics.h"
#include "core/stats/StatisticsText.h"
#include "tests/TestUtil.h"

#include <QLocale>

namespace stilla {
namespace {

class StatsDescribeTest : public ::testing::Test
{
protected:
    // Numbers are formatted in the default locale; fix it so the texts are predictable.
    void SetUp() override
    {
        m_locale = QLocale();
        QLocale::setDefault(QLocale::c());
    }
    void TearDown() override { QLocale::setDefault(m_locale); }

    static Statistics::Relationship relationship(int n, std::optional<double> r,
        std::optional<double> low = {}, std::optional<double> high = {})
    {
        Statistics::Relationship result;
        result.n = n;
        result.pearsonR = r;
        result.spearmanRho = r;
        result.ci95Low = low;
        result.ci95High = high;
        // Days as if independent: the adjusted interval is the plain one.
        result.nEffective = n;
        result.ci95LowAdjusted = low;
        result.ci95HighAdjusted = high;
        if (r) {
            result.slope = *r / 100;
            result.intercept = 5;
        }
        return result;
    }

    QLocale m_locale;
};

TEST_F(StatsDescribeTest, TooFewPairsSaysSoAndInterpretsNothing)
{
    for (const int n : {0, 1, 5, 13}) {
        const QString text = Statistics::describe(relationship(n, n >= 3 ? 0.9 : 0.0));
        EXPECT_TRUE(text.contains(QStringLiteral("too little data to say"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("at least 14 days"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("r ="))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("strong"))) << text.toStdString();
    }
    EXPECT_TRUE(Statistics::describe(relationship(0, {}))
                    .contains(QStringLiteral("No days have both values yet.")));
    EXPECT_TRUE(Statistics::describe(relationship(1, {})).contains(QStringLiteral("1 day")));
    EXPECT_TRUE(Statistics::describe(relationship(13, 0.9)).contains(QStringLiteral("13 day")));
}

TEST_F(StatsDescribeTest, EnoughPairsGivesStrengthDirectionIntervalAndNoCause)
{
    // The sleep-quality example of StatisticsTest.
    auto r = relationship(15, 0.34893157889942655, -0.19888000922514262, 0.7306030180172062);
    r.outcome = Statistics::Outcome::SleepQuality;
    const QString text = Statistics::describe(r);
    EXPECT_TRUE(text.contains(QStringLiteral(
        "sleep quality of the night that followed it, which is logged on the next day's page")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("15 day"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("The link is moderate (r = 0.35;")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("sleep quality tended to be better")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("runs from −0.20 to 0.73"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("may well be chance"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("not that magnesium caused it")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("too little data"))) << text.toStdString();

    auto strong = relationship(40, -0.62, -0.78, -0.38);
    strong.lagDays = 2;
    const QString severe = Statistics::describe(strong);
    EXPECT_TRUE(severe.contains(QStringLiteral("RLS severity 2 day"))) << severe.toStdString();
    EXPECT_TRUE(severe.contains(QStringLiteral("The link is strong (r = −0.62;")))
        << severe.toStdString();
    // The scale's ends with the same minus sign as the value (it read "-1 to 1" beside "−0.62").
    EXPECT_TRUE(severe.contains(QStringLiteral("r runs from \u22121 to 1")))
        << severe.toStdString();
    EXPECT_TRUE(severe.contains(QStringLiteral("RLS severity 2 day(s) later tended to be lower")))
        << severe.toStdString();
    EXPECT_TRUE(severe.contains(QStringLiteral("does not include 0"))) << severe.toStdString();
    EXPECT_TRUE(severe.contains(QStringLiteral("not that magnesium caused it")))
        << severe.toStdString();

    strong.outcome = Statistics::Outcome::SleepQuality;
    const QString laterNight = Statistics::describe(strong);
    EXPECT_TRUE(laterNight.contains(QStringLiteral("sleep quality of the night that began 2 day")))
        << laterNight.toStdString();
    EXPECT_TRUE(laterNight.contains(QStringLiteral("logged on the page of the morning after it")))
        << laterNight.toStdString();

    const QString weak = Statistics::describe(relationship(30, 0.2, -0.17, 0.52));
    EXPECT_TRUE(weak.contains(QStringLiteral("The link is weak"))) << weak.toStdString();
    EXPECT_TRUE(weak.contains(QStringLiteral("RLS severity tended to be higher")))
        << weak.toStdString();

    const QString none = Statistics::describe(relationship(100, 0.004, -0.19, 0.2));
    EXPECT_TRUE(none.contains(QStringLiteral("no clear link"))) << none.toStdString();
    EXPECT_TRUE(none.contains(QStringLiteral("r = 0.00;"))) << none.toStdString();
    EXPECT_FALSE(none.contains(QStringLiteral("tended to"))) << none.toStdString();
    EXPECT_TRUE(none.startsWith(QStringLiteral(
        "In short: no clear link in these days; what there is may well be chance. This compares")))
        << none.toStdString();
    // Too few days: no answer to give, and the text says so after its opening.
    EXPECT_TRUE(Statistics::describe(relationship(13, 0.9)).startsWith(QStringLiteral("This")));
}

TEST_F(StatsDescribeTest, AnIntervalEndNearZeroIsNotShownAsZero)
{
    // -0.48 to -0.003 does not include 0; "-0.48 to 0.00" beside "does not include 0" would
    // read as a contradiction, so the end keeps the decimals that show it.
    const QString text = Statistics::describe(relationship(60, -0.25, -0.48, -0.003));
    EXPECT_TRUE(text.contains(QStringLiteral("runs from −0.48 to −0.003."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("does not include 0"))) << text.toStdString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("In short: a link that chance alone would seldom "
                                               "give, though it does not show that magnesium "
                                               "caused it. This compares")))
        << text.toStdString();
    // An end that is 0 stays "0.00".
    const QString zero = Statistics::describe(relationship(60, -0.25, -0.48, 0.0));
    EXPECT_TRUE(zero.contains(QStringLiteral("runs from −0.48 to 0.00."))) << zero.toStdString();
}

TEST_F(StatsDescribeTest, ANegativeNumberHasAMinusSignInEveryLanguage)
{
    // U+2212, as Swedish writes it; English locales give a hyphen-minus, which reads as a dash.
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(StatisticsText::number(english, -0.42, 2), QStringLiteral("\u22120.42"));
    EXPECT_EQ(StatisticsText::number(english, -1234.5, 1), QStringLiteral("\u22121,234.5"));
    EXPECT_EQ(StatisticsText::number(english, 0.42, 2), QStringLiteral("0.42"));
    EXPECT_EQ(StatisticsText::number(english, -0.004, 2), QStringLiteral("0.00"));
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    EXPECT_EQ(StatisticsText::number(swedish, -0.42, 2), QStringLiteral("\u22120,42"));
    EXPECT_EQ(StatisticsText::number(-3.0, 1), QStringLiteral("\u22123.0")); // the C locale
}

TEST_F(StatsDescribeTest, NoVarianceAndPerfectLine)
{
    const QString flat = Statistics::describe(relationship(20, {}));
    EXPECT_TRUE(flat.contains(QStringLiteral("was the same on all of these days")))
        << flat.toStdString();
    const QString line = Statistics::describe(relationship(20, -1.0));
    EXPECT_TRUE(line.contains(QStringLiteral("no interval can be given"))) << line.toStdString();
}

TEST_F(StatsDescribeTest, StrengthFollowsCohensConventions)
{
    using S = StatisticsText::Strength;
    EXPECT_EQ(StatisticsText::strength(0.0999), S::None);
    EXPECT_EQ(StatisticsText::strength(-0.1), S::Weak);
    EXPECT_EQ(StatisticsText::strength(0.2999), S::Weak);
    EXPECT_EQ(StatisticsText::strength(0.3), S::Moderate);
    EXPECT_EQ(StatisticsText::strength(-0.5), S::Strong);
    EXPECT_EQ(StatisticsText::strength(1.0), S::Strong);
}

TEST_F(StatsDescribeTest, Comparison)
{
    Statistics::Comparison c;
    c.first = {7, 6.428571428571429, QDate(2026, 3, 1), QDate(2026, 3, 9)};
    c.second = {9, 4.333333333333333, QDate(2026, 3, 10), QDate(2026, 3, 20)};
    c.mixing = 0;
    c.difference = -2.095238095238096;
    c.ci95Low = -3.1676354433247695;
    c.ci95High = -1.022840747151422;
    c.nEffectiveFirst = 7;
    c.nEffectiveSecond = 9;
    c.ci95LowAdjusted = c.ci95Low;
    c.ci95HighAdjusted = c.ci95High;
    const QString text = Statistics::describe(
        c, QStringLiteral("days without supplements"), QStringLiteral("days with supplements"));
    EXPECT_TRUE(text.contains(
        QStringLiteral("days without supplements: average RLS severity 6.4 over 7 day")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(" from 1 Mar 2026 to 9 Mar 2026.")))
        << text.toStdString();
    // Supplements started once: the groups are two stretches of time too.
    EXPECT_TRUE(text.contains(QStringLiteral("Most of the days without supplements come before "
                                             "those with them, so this also compares two "
                                             "stretches of time")))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("days with supplements: average RLS severity 4.3 over 9 day")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("(days with supplements minus days without supplements) is −2.1 points")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("runs from −3.2 to −1.0."))) << text.toStdString();
    // Below 14 days in a group, no word about chance seldom giving such a difference.
    EXPECT_FALSE(text.contains(QStringLiteral("seldom"))) << text.toStdString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("In short: too few days to tell yet. days without")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("too little data")))
        << text.toStdString(); // fewer than 14
    EXPECT_TRUE(text.contains(QStringLiteral("does not show that magnesium caused it")))
        << text.toStdString();

    c.first.n = 20;
    c.second.n = 30;
    c.ci95Low = -0.4;
    c.ci95High = 1.2;
    c.nEffectiveFirst = 20;
    c.nEffectiveSecond = 30;
    c.ci95LowAdjusted = c.ci95Low;
    c.ci95HighAdjusted = c.ci95High;
    c.byDate = true;
    const QString enough
        = Statistics::describe(c, QStringLiteral("before"), QStringLiteral("after"));
    EXPECT_FALSE(enough.contains(QStringLiteral("stretches of time")))
        << "a comparison of before and after a date says nothing more about it";
    EXPECT_FALSE(enough.contains(QStringLiteral("too little data"))) << enough.toStdString();
    EXPECT_TRUE(enough.contains(QStringLiteral("may well be chance"))) << enough.toStdString();
    // The answer comes first, for a person who reads no further.
    EXPECT_TRUE(enough.startsWith(
        QStringLiteral("In short: no clear difference; it may well be chance. before: ")))
        << enough.toStdString();
    c.ci95LowAdjusted = -1.9;
    c.ci95HighAdjusted = -0.4;
    EXPECT_TRUE(Statistics::describe(c, QStringLiteral("before"), QStringLiteral("after"))
                    .startsWith(QStringLiteral("In short: a difference that chance alone would "
                                               "seldom give, though it does not show that "
                                               "magnesium caused it. before: ")));

    Statistics::Comparison few;
    few.first = {1, 5.0, QDate(2026, 3, 1), QDate(2026, 3, 1)};
    few.second = {0, std::nullopt, {}, {}};
    const QString tooFew = Statistics::describe(few, QStringLiteral("A"), QStringLiteral("B"));
    EXPECT_TRUE(tooFew.contains(QStringLiteral("A: RLS severity 5.0 on 1 Mar 2026.")))
        << tooFew.toStdString();
    EXPECT_TRUE(tooFew.contains(QStringLiteral("B: no days with RLS severity logged.")))
        << tooFew.toStdString();
    EXPECT_TRUE(tooFew.contains(QStringLiteral("At least 2 days in each group")))
        << tooFew.toStdString();
    EXPECT_FALSE(tooFew.contains(QStringLiteral("interval"))) << tooFew.toStdString();
}

} // namespace
} // namespace stilla

namespace stilla {
namespace {

TEST_F(StatsDescribeTest, TrendSummarySaysWhatTheChartShows)
{
    // Three days: one with everything, one without sleep quality, one with nothing at all.
    DailySeries series {QDate(2026, 11, 1), QDate(2026, 11, 3), {}};
    DailyPoint first;
    first.date = QDate(2026, 11, 1);
    first.severity = 4;
    first.sleepQuality = 3;
    first.magnesiumFoodMg = 180;
    first.magnesiumSupplementMg = 120;
    first.magnesiumTotalMg = 300;
    DailyPoint second;
    second.date = QDate(2026, 11, 2);
    second.severity = 7;
    second.magnesiumFoodMg = 450;
    second.magnesiumSupplementMg = 0;
    second.magnesiumTotalMg = 450;
    DailyPoint third;
    third.date = QDate(2026, 11, 3);
    series.days = {first, second, third};
    const QString text = StatisticsText::trendSummary(series);
    for (const QString& part : {QStringLiteral("From 1 November 2026 to 3 November 2026, 2 day"),
             QStringLiteral("Symptom severity averaged 5.5 of 10 over 2 day"),
             QStringLiteral("lowest 4, highest 7."),
             QStringLiteral("Sleep quality averaged 3.0 of 5 over 1 night"),
             QStringLiteral("lowest 3, highest 3."),
             QStringLiteral("Magnesium from food and supplements averaged 375\u00A0mg a day over 2 "
                            "day"),
             QStringLiteral("lowest 300\u00A0mg, highest 450\u00A0mg.")})
        EXPECT_TRUE(text.contains(part))
            << text.toStdString() << "\n lacks: " << part.toStdString();

    const QString empty
        = StatisticsText::trendSummary({QDate(2026, 11, 3), QDate(2026, 11, 3), {third}});
    EXPECT_TRUE(empty.contains(QStringLiteral("0 day"))) << empty.toStdString();
    EXPECT_TRUE(empty.contains(QStringLiteral("No symptom severity logged. No sleep quality "
                                              "logged. No magnesium logged.")))
        << empty.toStdString();
}

TEST(StatsDescribeWordsTest, StreaksAreExplainedAndTheCaveatsNamed)
{
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    Statistics::Relationship r;
    r.n = 40;
    r.pearsonR = -0.5;
    r.ci95Low = -0.7;
    r.ci95High = -0.22;
    r.nEffective = 12.4;
    r.ci95LowAdjusted = -0.83;
    r.ci95HighAdjusted = 0.1;
    const QString text = Statistics::describe(r);
    // The adjusted interval, the number of days it counts as, and no claim about chance.
    EXPECT_TRUE(text.contains(QStringLiteral("runs from −0.83 to 0.10."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("these 40 days hold about as much information as 12 "
                                             "independent days")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("may well be chance"))) << text.toStdString();
    for (const char* caveat : {"more on bad days, say", "during a flare", "knowing what you took"})
        EXPECT_TRUE(text.contains(QLatin1String(caveat))) << caveat;

    // So few independent days that no interval can be given.
    r.nEffective = 2.6;
    r.ci95LowAdjusted.reset();
    r.ci95HighAdjusted.reset();
    const QString streaky = Statistics::describe(r);
    EXPECT_TRUE(streaky.contains(QStringLiteral("only about 3 independent days")))
        << streaky.toStdString();
    EXPECT_FALSE(streaky.contains(QStringLiteral("seldom")));

    EXPECT_TRUE(StatisticsText::manyLooks(3).contains(QStringLiteral("3 combinations")));
    QLocale::setDefault(previous);
}

TEST(StatsDescribeWordsTest, TotalSleepHasItsOwnWords)
{
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    Statistics::Relationship r;
    r.outcome = Statistics::Outcome::TotalSleep;
    r.n = 30;
    r.pearsonR = 0.4;
    r.nEffective = 30;
    r.ci95LowAdjusted = 0.05;
    r.ci95HighAdjusted = 0.67;
    const QString text = Statistics::describe(r);
    EXPECT_TRUE(text.contains(QStringLiteral("total sleep of the night that followed it")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("the night that followed tended to be longer")))
        << text.toStdString();
    QLocale::setDefault(previous);
}

TEST_F(StatsDescribeTest, ARelationshipDotNamesTheMagnesiumDayAndTheNightItIsPairedWith)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Statistics::DatedPair pair {QDate(2026, 12, 3), 412.4, 450};
    // Sleep is the night after the magnesium, logged the next morning (Statistics::outcomeDate).
    EXPECT_EQ(StatisticsText::pair(pair, 0, Statistics::Outcome::TotalSleep, 0),
        QStringLiteral("Thu 3 Dec 2026: 412\u00A0mg of magnesium, food and supplements\n"
                       "Total sleep 7.5\u00A0h, the night that ended on Fri 4 Dec 2026"));
    const Statistics::DatedPair quality {QDate(2026, 12, 3), 300, 4};
    EXPECT_TRUE(StatisticsText::pair(quality, 2, Statistics::Outcome::SleepQuality, 0)
                    .endsWith(QStringLiteral("Sleep quality 4 (1–5), the night that ended on Sun 6 "
                                             "Dec 2026")));
    const Statistics::DatedPair severity {QDate(2026, 12, 3), 300, 6};
    EXPECT_TRUE(StatisticsText::pair(severity, 1, Statistics::Outcome::Severity, 2)
                    .contains(QStringLiteral("\nRLS severity 6 on Fri 4 Dec 2026\n")));
}

} // namespace
} // namespace stilla
