#pragma once

#include "ChartBase.h"
#include "core/experiment/ExperimentPlan.h"
#include "core/labs/LabResult.h"
#include "core/safety/Finding.h"
#include "core/stats/DailySeries.h"
#include "core/stats/TrendBuckets.h"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <vector>

class QAbstractSeries;
class QValueAxis;

namespace stilla {

class TrendPanel;

/// The trend over time as three panels over one date axis, each with its own honest scale and
/// a heading that says which way is better: RLS severity (with the days of safety notes and of
/// blood tests marked), sleep (quality and hours asleep), and magnesium a day (supplements from
/// zero and food above them, stacked, with the daily target and the upper limit for supplements
/// as lines). The phases of self-experiments are shaded behind all three. Days without data are
/// gaps, never zeros. Over long ranges each point is a week's or four weeks' mean, with the
/// middle half of the days as a band around severity (TrendBuckets).
///
/// The chart itself holds no series: it is the background the panels are stacked on, in one
/// view, so that the keyboard, the tooltip's marker line and an export take them as one.
class TrendChart final : public ChartBase
{
    Q_OBJECT

public:
    explicit TrendChart(QGraphicsItem* parent = nullptr);

    /// Lines across the magnesium panel: the daily target for food and supplements together,
    /// and the upper limit for supplements, which the supplement bars (drawn from zero) meet.
    /// Taken by the next setData().
    void setReferenceLines(std::optional<double> targetMg, std::optional<double> supplementLimitMg);
    /// Builds the chart for @p series. @p worstFinding maps a day to its most severe finding;
    /// @p labs are the blood tests of the range (others are left out), @p phases the runs of
    /// self-experiment phases in it (ExperimentSchedule::phaseSpans).
    void setData(const DailySeries& series, const std::map<QDate, Severity>& worstFinding,
        bool movingAverage, const std::vector<LabResult>& labs = {},
        const std::vector<PhaseSpan>& phases = {});

    /// Days per point: 1, 7 when the range is long, 28 when it is very long.
    int bucketDays() const { return m_bucketDays; }
    /// What one point is, for the page's note: empty for days, else e.g. "Weekly means: each
    /// point is the mean of a week's logged days; the band behind severity holds the middle
    /// half of them."
    QString bucketExplanation() const;
    /// The text shown when hovering over point @p index (a bucket).
    QString describePoint(int index) const override;
    /// How many points (buckets) there are; where point @p index sits (its x, halfway down the
    /// panels), and its marker: the line from the top of the first panel's plot area to the
    /// bottom of the last one's at it, in the chart's coordinates.
    int pointCount() const override { return int(m_buckets.size()); }
    QPointF pointPosition(int index) const override;
    QPainterPath pointMarker(int index) const override;

    enum class Panel { Severity, Sleep, Magnesium };
    TrendPanel* panel(Panel panel) const { return m_panels[std::size_t(panel)]; }
    std::vector<QChart*> panels() const;

    /// The logical series (a line may be drawn as several segments around gaps, and the
    /// phases in every panel).
    enum class Line {
        Severity,
        SleepQuality,
        SleepHours,
        Findings,
        Labs,
        Target,
        Limit,
        PhasesA,
        PhasesB,
        Magnesium
    };
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

    void followPalette(const QPalette& palette) override;

private:
    struct Bucket
    {
        TrendBucket values;
        std::vector<LabResult> labs;
        std::vector<PhaseSpan> phases; ///< the runs that overlap the bucket
    };
    void bucket(const DailySeries& series, const std::map<QDate, Severity>& worstFinding,
        bool movingAverage, const std::vector<LabResult>& labs,
        const std::vector<PhaseSpan>& phases);
    void startPanels();
    void addSeverity(bool movingAverage, const std::vector<PhaseSpan>& phases);
    void addSleep(bool movingAverage, const std::vector<PhaseSpan>& phases);
    void addMagnesium(const std::vector<PhaseSpan>& phases);
    void addPhases(TrendPanel* panel, QValueAxis* axis, const std::vector<PhaseSpan>& phases);
    void addLine(TrendPanel* panel, Line line, BucketValue TrendBucket::*field, QValueAxis* axis,
        const QColor& colour, const QString& name, Qt::PenStyle style = Qt::SolidLine);
    void addReferenceLine(Line line, double mg, QValueAxis* axis, const QColor& colour,
        Qt::PenStyle style, const QString& name);
    void addMarks(QValueAxis* axis);
    void buildLegend();
    void connectHover(QAbstractSeries* series);
    /// Stacks the panels in the chart's rectangle, their plot areas one above the other.
    void placePanels();

    std::array<TrendPanel*, 3> m_panels {};
    /// The value axes (severity, sleep quality, hours asleep, magnesium) and their tick counts
    /// with every step labelled and, in a short panel, every other one.
    struct TickedAxis
    {
        QValueAxis* axis = nullptr;
        Panel panel = Panel::Severity;
        int dense = 0;
        int sparse = 0;
    };
    std::array<TickedAxis, 4> m_tickedAxes {};
    std::vector<Bucket> m_buckets;
    int m_bucketDays = 1;
    /// Where the first bucket's week or four weeks begins (TrendBuckets::origin).
    QDate m_origin;
    std::optional<double> m_targetMg;
    std::optional<double> m_supplementLimitMg;
    std::map<Line, std::vector<QAbstractSeries*>> m_lines;
    std::map<Line, QString> m_names; ///< the lines this build has (some perhaps empty)
    std::set<Line> m_hidden; ///< switched off in the legend, kept from one build to the next
    std::vector<LegendEntry> m_legend;
};

} // namespace stilla
