#include "TrendText.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>

namespace stilla {

namespace {

constexpr int kWeek = 7;

} // namespace

QString TrendText::heading(const TrendBucket& values, int daysPerBucket)
{
    const QLocale locale;
    if (daysPerBucket == 1)
        return locale.toString(values.first, QLocale::LongFormat);
    const QString first = locale.toString(values.first, QLocale::ShortFormat);
    const QString last = locale.toString(values.last, QLocale::ShortFormat);
    // The range may begin or end within a week (it ends today): its first or last point may
    // hold a single day of its week or four weeks.
    const bool oneDay = values.first == values.last;
    if (daysPerBucket == kWeek) {
        return oneDay ? tr("Week %1: only %2 is in the chart's range")
                            .arg(values.first.weekNumber())
                            .arg(locale.toString(values.first, QLocale::LongFormat))
                      : tr("Week %1, %2 to %3: means of the days logged")
                            .arg(values.first.weekNumber())
                            .arg(first, last);
    }
    return oneDay ? tr("%1: the only day of its four weeks in the chart's range")
                        .arg(locale.toString(values.first, QLocale::LongFormat))
                  : tr("%1 to %2: means of the days logged").arg(first, last);
}

QString TrendText::describePoint(const TrendBucket& values, int daysPerBucket,
    const std::vector<LabResult>& labs, const std::vector<PhaseSpan>& phases)
{
    const QLocale locale;
    const bool oneDay = values.first == values.last;
    const int days = int(values.first.daysTo(values.last)) + 1;
    QStringList lines;
    lines << heading(values, daysPerBucket);
    // One decimal for scores and hours, whole milligrams; over a bucket, on how many of its
    // days, and the middle half of them.
    auto value = [&](const BucketValue& v, int decimals, const QString& unit) -> QString {
        if (!v.mean)
            return tr("not logged");
        const auto number = [&](double x) { return unit.arg(locale.toString(x, 'f', decimals)); };
        if (oneDay)
            return number(*v.mean);
        return tr("%1 (on %Ln of %2 days; middle half %3 to %4)", nullptr, v.days)
            .arg(number(*v.mean), locale.toString(days), number(*v.lowerQuartile),
                number(*v.upperQuartile));
    };
    const QString plain = QStringLiteral("%1");
    const QString milligrams = tr("%1\u00A0mg");
    lines << tr("Severity: %1").arg(value(values.severity, 1, plain));
    // A day holds the night that ended on its morning, not the night after its magnesium.
    lines << (oneDay ? tr("Sleep quality (the night that ended this morning): %1")
                     : tr("Sleep quality (the nights that ended on these mornings): %1"))
                 .arg(value(values.sleepQuality, 1, plain));
    lines << tr("Hours asleep: %1").arg(value(values.sleepHours, 1, tr("%1\u00A0h")));
    lines << tr("Magnesium from food: %1").arg(value(values.food, 0, milligrams));
    lines << tr("Magnesium from supplements: %1").arg(value(values.supplements, 0, milligrams));
    if (values.findingDays > 0 && oneDay)
        lines << tr("A safety note for this day; see the diary.");
    else if (values.findingDays > 0)
        lines << tr(
            "Safety notes on %Ln of these days; see the diary.", nullptr, values.findingDays);
    for (const LabResult& lab : labs) {
        lines << tr("Blood test of %1: %2")
                     .arg(locale.toString(lab.date, QLocale::ShortFormat), lab.describe());
    }
    for (const PhaseSpan& span : phases) {
        lines << (span.arm == Arm::WithMagnesium
                ? tr("Self-experiment, phase %1: with magnesium (B)")
                : tr("Self-experiment, phase %1: without magnesium (A)"))
                     .arg(span.phase + 1);
    }
    return lines.join(QLatin1Char('\n'));
}

QString TrendText::bucketExplanation(int daysPerBucket)
{
    if (daysPerBucket == kWeek) {
        return tr("Weekly means: each point is the mean of the logged days of a calendar "
                  "week, Monday to Sunday; the band behind severity holds the middle half of "
                  "them.");
    }
    if (daysPerBucket > kWeek) {
        return tr("Four-week means: each point is the mean of the logged days of four "
                  "calendar weeks, Monday to Sunday; the band behind severity holds the middle "
                  "half of them.");
    }
    return {};
}

std::vector<TrendText::DateLabel> TrendText::dateLabels(
    const std::vector<QDate>& firsts, int daysPerBucket, int most)
{
    // Years for four-week means, which cover years: month names would crowd a narrow axis;
    // months for weekly means (with the year, "dec. 2025", they were cut short below 900
    // pixels; the title gives the years); the day and month when each point is a day, so that
    // no two labels read the same (the range says the year).
    const QString format = daysPerBucket > kWeek ? QStringLiteral("yyyy")
        : daysPerBucket > 1                      ? QStringLiteral("MMM")
                                                 : QStringLiteral("d MMM");
    std::vector<DateLabel> labels;
    QStringList texts;
    for (int i : labelPoints(firsts, daysPerBucket, most)) {
        QString text = QLocale().toString(firsts[std::size_t(i)], format);
        while (texts.contains(text))
            text += QChar(0x200b);
        texts << text;
        labels.push_back({i, text});
    }
    return labels;
}

std::vector<int> TrendText::labelPoints(
    const std::vector<QDate>& firsts, int daysPerBucket, int most)
{
    most = std::max(1, most);
    return daysPerBucket == 1 ? dayPoints(firsts, most) : periodStarts(firsts, daysPerBucket, most);
}

std::vector<int> TrendText::dayPoints(const std::vector<QDate>& days, int most)
{
    // Evenly spaced labels fell on days nobody counts by: over a quarter "7 Sep, 16 Sep,
    // 25 Sep, 4 Oct". The first of these that gives at least two labels and at most @p most.
    const int count = int(days.size());
    const Qt::DayOfWeek weekStart = QLocale().firstDayOfWeek();
    std::vector<int> everyDay, everySecondDay, weeks, secondWeeks, halfMonths, months;
    for (int i = 0; i < count; ++i) {
        const QDate& day = days[std::size_t(i)];
        everyDay.push_back(i);
        if (i % 2 == 0)
            everySecondDay.push_back(i);
        if (day.dayOfWeek() == weekStart) {
            if (weeks.size() % 2 == 0)
                secondWeeks.push_back(i);
            weeks.push_back(i);
        }
        if (day.day() == 1 || day.day() == 15)
            halfMonths.push_back(i);
        if (day.day() == 1)
            months.push_back(i);
    }
    for (const std::vector<int>* points :
        {&everyDay, &everySecondDay, &weeks, &secondWeeks, &halfMonths, &months}) {
        if (points->size() >= 2 && int(points->size()) <= most)
            return *points;
    }
    // Too short for two of any (a day or two), or too long for the months to fit: evenly.
    std::vector<int> points;
    const int step = std::max(1, int(std::ceil(double(count) / most)));
    for (int i = 0; i < count; i += step)
        points.push_back(i);
    return points;
}

std::vector<int> TrendText::periodStarts(
    const std::vector<QDate>& firsts, int daysPerBucket, int most)
{
    // A label names the year (four-week means) or the month (weekly means) of the first
    // bucket that starts in it, so that it never names a year or month its point is not in,
    // as evenly spaced labels did ("2020, 2021, 2023" under ticks two years apart).
    const bool years = daysPerBucket > kWeek;
    const auto period = [years](const QDate& date) {
        return years ? date.year() : date.year() * 12 + date.month() - 1;
    };
    std::vector<std::pair<int, int>> starts; // bucket, period
    for (std::size_t i = 0; i < firsts.size(); ++i) {
        const QDate before = i == 0 ? firsts[i].addDays(-daysPerBucket) : firsts[i - 1];
        if (period(firsts[i]) != period(before))
            starts.emplace_back(int(i), period(firsts[i]));
    }
    if (starts.empty())
        return firsts.empty() ? std::vector<int> {} : std::vector<int> {0};
    // Every k-th year, or every k-th month of the year (k dividing 12: January, April, July,
    // October for 3), the smallest k that gives at most @p most labels.
    for (int k = 1;; ++k) {
        if (!years && k < 12 && 12 % k != 0)
            continue;
        if (!years && k > 12 && k % 12 != 0)
            continue;
        std::vector<int> points;
        for (const auto& [bucket, number] : starts) {
            if (number % k == 0)
                points.push_back(bucket);
        }
        if (int(points.size()) <= most && !points.empty())
            return points;
        if (points.empty())
            return {starts.front().first};
    }
}

QString TrendText::datesTitle(int daysPerBucket, const QDate& first, const QDate& last)
{
    const auto month = [](const QDate& date) -> QString {
        return QLocale().toString(date, QStringLiteral("MMM yyyy"));
    };
    if (daysPerBucket == 1)
        return {};
    if (daysPerBucket == kWeek)
        return tr("Weekly means, %1 – %2").arg(month(first), month(last));
    return tr("Four-week means");
}

} // namespace stilla
