#pragma once

#include "DailySeries.h"
#include "Statistics.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QLocale;

namespace stilla {

/// The plain-words summaries behind Statistics::describe(). Sentences are whole (one tr() each)
/// so translators never have to glue fragments; numbers use the default QLocale, which the app
/// sets to the UI language.
class StatisticsText
{
    Q_DECLARE_TR_FUNCTIONS(stilla::StatisticsText)

public:
    static QString relationship(const Statistics::Relationship& r);
    static QString comparison(
        const Statistics::Comparison& c, const QString& firstLabel, const QString& secondLabel);
    /// Said when a person has looked at @p combinations of outcome and delay: the more one
    /// looks at, the likelier a chance pattern.
    static QString manyLooks(int combinations);
    /// What the chart over time shows, in words, for those who cannot see it (the chart's
    /// accessible description): the period, the days logged, and the mean, lowest and highest
    /// of severity, sleep quality and magnesium over the days that have each.
    static QString trendSummary(const DailySeries& series);
    /// One dot of the relationship chart, for its hover: the magnesium day and its amount, the
    /// outcome and the day (or night) it was logged for; and how many other dots lie under the
    /// same spot (@p sameSpot), which one dot alone would hide.
    static QString pair(
        const Statistics::DatedPair& pair, int lagDays, Statistics::Outcome outcome, int sameSpot);

    /// How strong a correlation of @p r is, by Cohen's conventions (|r| below 0.1 none, below
    /// 0.3 weak, below 0.5 moderate, else strong).
    enum class Strength { None, Weak, Moderate, Strong };
    static Strength strength(double r);
    /// @p value with @p decimals in the default locale, never "-0.0", and with a minus sign
    /// (U+2212) in every language.
    static QString number(double value, int decimals);
    /// The same in @p locale.
    static QString number(const QLocale& locale, double value, int decimals);
    /// True when the interval from @p low to @p high holds 0: the difference or link may be
    /// chance.
    static bool includesZero(double low, double high);

private:
    static QString opening(const Statistics::Relationship& r);
    static QString direction(const Statistics::Relationship& r);
    /// "The link is weak (r = −0.19; r runs from −1 to 1, and 0 means no link)."
    static QString strengthSentence(double r);
    static QString streaks(int n, double nEffective);
    static QString notCause();
    /// The answer first, in one sentence ("In short: …"), for a person who reads no further:
    /// whether the 95 % interval (the one allowing for streaks) leaves out 0 on @p enough days;
    /// empty when there is no interval to read.
    static QString inShort(const std::optional<double>& low, const std::optional<double>& high,
        bool enough, bool link);
};

} // namespace stilla
