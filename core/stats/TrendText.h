#pragma once

#include "TrendBuckets.h"
#include "core/experiment/ExperimentPlan.h"
#include "core/labs/LabResult.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace stilla {

/// The trend over time in words, as the chart's pointer (mouse and keyboard) and its note say
/// it: one point's values, and what a point is over long ranges.
class TrendText
{
    Q_DECLARE_TR_FUNCTIONS(stilla::TrendText)

public:
    /// One point (a day, a week or four weeks, @p daysPerBucket) with its values: over a
    /// bucket, each value's mean, on how many of its days, and the middle half of them; then
    /// the safety notes counted, the blood tests of its days (@p labs) and the self-experiment
    /// phases it overlaps (@p phases). In the UI's language and locale, one line each.
    static QString describePoint(const TrendBucket& bucket, int daysPerBucket,
        const std::vector<LabResult>& labs, const std::vector<PhaseSpan>& phases);
    /// What one point is, for the page's note: empty for days, else e.g. "Weekly means: each
    /// point is the mean of a week's logged days; the band behind severity holds the middle
    /// half of them."
    static QString bucketExplanation(int daysPerBucket);

    /// A label under the date axis: the point it stands under, and its text.
    struct DateLabel
    {
        int point = 0;
        QString text;
        bool operator==(const DateLabel&) const = default;
    };
    /// At most @p most labels for points starting on @p firsts: "3 Dec" for days, evenly
    /// spaced; the month ("Dec") for weeks and the year for four weeks, each at the first point
    /// that starts in it, every month or year or every few (January, April, July, October),
    /// each short enough for a narrow window. No two read the same to Qt Charts: a month that
    /// comes again a year later gets a zero-width space.
    static std::vector<DateLabel> dateLabels(
        const std::vector<QDate>& firsts, int daysPerBucket, int most);
    /// The points of dateLabels(), at most @p most (and at least one when there are points):
    /// for days, at intervals a reader counts in (every day, every second day, the first day
    /// of each week or of every second week in the locale, the 1st and 15th or the 1st of each
    /// month); for
    /// weeks and four weeks, the first point of each month or year, or of every few.
    static std::vector<int> labelPoints(
        const std::vector<QDate>& firsts, int daysPerBucket, int most);

    /// The date axis's title: what a point is over long ranges, where the eye reads the dates,
    /// and for weeks the months it spans, which the labels leave out ("Weekly means, Dec 2025 –
    /// Dec 2026"); empty for days.
    static QString datesTitle(int daysPerBucket, const QDate& first, const QDate& last);

private:
    /// A point's first line: its day, or its week or four weeks and the days of them shown.
    static QString heading(const TrendBucket& values, int daysPerBucket);
    /// The points of labelPoints() for days.
    static std::vector<int> dayPoints(const std::vector<QDate>& days, int most);
    /// The points of labelPoints() for weeks or four weeks: the first bucket of each month or
    /// year shown.
    static std::vector<int> periodStarts(
        const std::vector<QDate>& firsts, int daysPerBucket, int most);
};

} // namespace stilla
