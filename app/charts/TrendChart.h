#pragma once

#include "ChartBase.h"
#include "experiment/ExperimentPlan.h"
#include "labs/LabResult.h"
#include "safety/Finding.h"
#include "stats/DailySeries.h"
#include "stats/TrendBuckets.h"

#include <map>
#include <optional>
#include <vector>

class QAbstractSeries;
class QBarCategoryAxis;
class QCategoryAxis;
class QLegendMarker;
class QValueAxis;

namespace stilla {

/// The trend over time: RLS severity and sleep quality as lines, magnesium from food and from
/// supplements as stacked bars on their own axis, days with safety findings marked, and the
/// days of blood tests (ferritin first: iron comes first in RLS) marked along the bottom, and
/// the phases of self-experiments shaded behind. Days without data are gaps, never zeros. Over
/// long ranges the bars and lines show weekly means.
class TrendChart final : public ChartBase
{
    Q_OBJECT

public:
    explicit TrendChart(QGraphicsItem* parent = nullptr);

    /// Builds the chart for @p series. @p worstFinding maps a day to its most severe finding;
    /// @p labs are the blood tests of the range (others are left out), @p phases the runs of
    /// self-experiment phases in it (ExperimentSchedule::phaseSpans).
    void setData(const DailySeries& series, const std::map<QDate, Severity>& worstFinding,
        bool movingAverage, const std::vector<LabResult>& labs = {},
        const std::vector<PhaseSpan>& phases = {});

    /// Days per point: 1, 7 when the range is long, 28 when it is very long.
    int bucketDays() const { return m_bucketDays; }
    /// What one point is, for the date axis and the page's note: empty for days, else e.g.
    /// "Weekly means: each point is the mean of a week's logged days; the band behind
    /// severity holds the middle half of them."
    QString bucketExplanation() const;
    /// The text shown when hovering over point @p index (a bucket).
    QString describePoint(int index) const;
    /// How many points (buckets) there are, and where point @p index sits: its x in the
    /// chart's coordinates, at the middle of the plot area's height.
    int pointCount() const { return int(m_buckets.size()); }
    QPointF pointPosition(int index) const;

    /// The logical series (a line may be drawn as several segments around gaps).
    enum class Line { Severity, SleepQuality, Findings, Labs, PhasesA, PhasesB, Magnesium };
    bool isLineVisible(Line line) const;
    void setLineVisible(Line line, bool visible);

    /// What the legend under the chart (TrendLegend) shows, in order: the magnesium bars' two
    /// parts (named, not switched), then each logical series this build has, which can be
    /// shown or hidden.
    struct LegendEntry
    {
        QString name;
        QColor colour;
        std::optional<Line> line; ///< the series it shows and hides; none for a bar's part
    };
    const std::vector<LegendEntry>& legendEntries() const { return m_legend; }

signals:
    void pointHovered(int index, bool hovering);
    /// setData() has built the chart anew.
    void rebuilt();

private:
    struct Bucket
    {
        TrendBucket values;
        std::vector<LabResult> labs;
        std::vector<PhaseSpan> phases; ///< the runs that overlap the bucket
    };
    void addPhases(const std::vector<PhaseSpan>& phases, const QDate& firstDay);
    void addLine(Line line, BucketValue TrendBucket::*field, QValueAxis* axis, const QColor& colour,
        const QString& name);
    /// Behind severity's means: the middle half of the days, one area per run of buckets.
    void addSeverityBands();
    void connectHover(QAbstractSeries* series);

    std::vector<Bucket> m_buckets;
    int m_bucketDays = 1;
    std::map<Line, std::vector<QAbstractSeries*>> m_lines;
    std::vector<LegendEntry> m_legend;
    QCategoryAxis* m_dateAxis = nullptr;
    QBarCategoryAxis* m_barAxis = nullptr;
    QValueAxis* m_severityAxis = nullptr;
    QValueAxis* m_qualityAxis = nullptr;
    QValueAxis* m_magnesiumAxis = nullptr;
};

} // namespace stilla
