#pragma once

#include "DailySeries.h"
#include "core/diary/DayEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace stilla {

/// The diary's numbers: daily series, moving averages, how magnesium and symptoms go together,
/// and comparisons of periods, with honest uncertainty. Definitions, formulas and the rules for
/// missing days are in docs/statistics.md. Everything here is pure computation on values given
/// to it: no diary access, no state.
class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(stilla::Statistics)

public:
    /// Fewer pairs (or days in a group) than this and describe() says there is too little data
    /// to say anything.
    static constexpr int kEnoughPairs = 14;
    static constexpr int kMaxLagDays = 3; ///< the lags the app and stilla-cli offer: 0..3

    /// One point per calendar day from @p from to @p to inclusive. An invalid bound is taken
    /// from the earliest (latest) of @p days; with both invalid and no days, or from > to, the
    /// series is empty. Days outside the range are ignored; when a date appears twice, the last
    /// one counts.
    static DailySeries daily(const std::vector<DayEntry>& days, const QDate& from, const QDate& to);

    /// One value over a period: on how many days it was logged, and its mean, lowest and
    /// highest over those days (all null when n is 0). Days without it are skipped, not zero.
    struct Spread
    {
        int n = 0;
        std::optional<double> mean, lowest, highest;
    };
    static Spread spread(const DailySeries& series, std::optional<double> DailyPoint::*field);

    /// 7-day (window days ending on each day, inclusive) moving average of one field; nullopt
    /// where the window has no values. Missing days are skipped, not counted as zero. A window
    /// below 1 is taken as 1.
    static std::vector<std::optional<double>> movingAverage(
        const std::vector<std::optional<double>>& values, int window = 7);

    /// What magnesium is set against: RLS severity (0..10), sleep quality (1..5) or total sleep
    /// in minutes.
    enum class Outcome { Severity, SleepQuality, TotalSleep };
    /// "rls_severity", "sleep_quality", "total_sleep_min": the names stilla-cli and JSON use.
    static QString outcomeName(Outcome outcome);
    static std::optional<Outcome> outcomeFromName(const QString& name);
    /// The value of @p outcome stored on @p point (not logged: null).
    static const std::optional<double>& outcomeOf(const DailyPoint& point, Outcome outcome);

    /// The date whose outcome is paired with the magnesium of @p magnesiumDay. Severity:
    /// @p lagDays days later. Sleep quality and total sleep: the night that began on the evening
    /// @p lagDays days later, which is stored on the day after it (a day holds the night that ended
    /// on its morning), so with lag 0 the magnesium of day D goes with the night that followed it,
    /// stored on day D + 1.
    static QDate outcomeDate(const QDate& magnesiumDay, int lagDays, Outcome outcome);

    /// x = total magnesium of day d, y = the outcome stored on outcomeDate(d, lagDays); days
    /// missing either value are left out. Below 3 pairs every value is null; r and rho are null
    /// when x or y does not vary; the interval is null for n < 4 or |r| = 1; slope and intercept
    /// are null when x does not vary.
    ///
    /// Days are not independent: magnesium and symptoms run in streaks, which makes the plain
    /// interval too narrow. autocorrelationX and autocorrelationY are each series' lag-1
    /// autocorrelation (Pearson's r of the value with the value one day later, over the pairs
    /// of consecutive dates among the paired days; 0 when there are fewer than 3 such pairs or
    /// a series does not vary); nEffective = n(1 - ax*ay)/(1 + ax*ay), at most n (Bretherton et
    /// al. 1999, eq. 31); and the adjusted interval is Fisher's with nEffective in place of n,
    /// null when nEffective <= 3. People are shown the adjusted interval.
    struct Relationship
    {
        int n = 0;
        std::optional<double> pearsonR, spearmanRho, ci95Low, ci95High, slope, intercept;
        int lagDays = 0;
        Outcome outcome = Outcome::Severity;
        double autocorrelationX = 0;
        double autocorrelationY = 0;
        double nEffective = 0;
        std::optional<double> ci95LowAdjusted, ci95HighAdjusted;
    };
    /// @p series must be in date order with each date once, as daily() makes it.
    /// The (magnesium of day d, outcome stored on outcomeDate(d, lag)) pairs the relationship
    /// is computed from, in date order: days missing either value are left out.
    static std::vector<std::pair<double, double>> pairs(
        const DailySeries& series, int lagDays, Outcome outcome = Outcome::Severity);
    /// The same pairs with the magnesium day's date.
    struct DatedPair
    {
        QDate date; ///< the day of the magnesium
        double magnesium = 0;
        double outcome = 0;
    };
    static std::vector<DatedPair> datedPairs(
        const DailySeries& series, int lagDays, Outcome outcome = Outcome::Severity);
    static Relationship relationship(
        const DailySeries& series, int lagDays, Outcome outcome = Outcome::Severity);

    struct GroupSummary
    {
        int n = 0; ///< days with a severity logged
        std::optional<double> mean; ///< null when n = 0
        QDate firstDate, lastDate; ///< the group's first and last day; null when n = 0
    };
    /// How the two groups of a comparison lie in time.
    enum class TimeOrder {
        Mixed, ///< their days are mixed in time (or a group has fewer than 2 days)
        FirstBefore, ///< the first group's days mostly come before the second's
        FirstAfter, ///< the first group's days mostly come after the second's
    };
    /// Below this, two groups of days are "mostly one after the other" (Comparison::mixing).
    static constexpr double kMixedEnough = 0.2;
    /// Mean RLS severity of two groups of days. difference = second - first, with Welch's 95%
    /// interval; all three are null when either group has fewer than 2 days, and the interval is
    /// null when both groups have zero variance.
    ///
    /// The adjusted interval allows for days that run in streaks: each group's lag-1
    /// autocorrelation a (over its pairs of consecutive dates, 0 below 3 such pairs, and never
    /// below 0) gives an effective number of days n(1 - a)/(1 + a), the variance inflation of a
    /// mean of an AR(1) series (Wilks, Statistical Methods in the Atmospheric Sciences, 3rd ed.
    /// 2011, eq. 5.12), which replaces n in Welch's standard error and degrees of freedom. Null
    /// when an effective number is not above 1. People are shown the adjusted interval.
    struct Comparison
    {
        GroupSummary first, second;
        std::optional<double> difference /* second - first */, ci95Low, ci95High;
        double autocorrelationFirst = 0;
        double autocorrelationSecond = 0;
        double nEffectiveFirst = 0;
        double nEffectiveSecond = 0;
        std::optional<double> ci95LowAdjusted, ci95HighAdjusted;
        /// How much the groups' days mix in time: for each group, the share of its days that
        /// lie within the other group's first to last day; the smaller of the two shares. 0
        /// for groups one wholly after the other (always, for compareBeforeAfter()), about 1
        /// for days that alternate; 0 when a group is empty.
        double mixing = 0;
        /// Whether the groups are days without and with supplements, or before and after a date.
        bool byDate = false;
        /// Mixed, or which group comes first when mixing is below kMixedEnough (judged by the
        /// middle of each group's first-to-last days). A comparison of days with and without
        /// supplements whose groups come one after the other also compares two periods of
        /// time, with everything else that changed between them.
        TimeOrder timeOrder() const;
        /// At least kEnoughPairs days in each group: below that, too few to interpret.
        bool enoughDays() const;
    };
    /// first = days without supplements (magnesium from supplements 0), second = days with
    /// (more than 0); days with no magnesium logged at all belong to neither.
    static Comparison compareSupplementDays(const DailySeries& series);
    /// first = days before @p splitDate, second = days on or after it.
    static Comparison compareBeforeAfter(const DailySeries& series, const QDate& splitDate);

    /// Plain-words summary in the UI language for the relationship, honest about uncertainty:
    /// says n, what r means, the interval, "too little data to say" below kEnoughPairs pairs,
    /// never claims cause.
    static QString describe(const Relationship& r);
    /// The same for a comparison; @p firstLabel and @p secondLabel name the groups ("days
    /// without supplements", "before 1 March") and are used as given.
    static QString describe(
        const Comparison& c, const QString& firstLabel, const QString& secondLabel);
};

} // namespace stilla
