#include "TrendChart.h"

#include "TrendPanel.h"
#include "core/stats/TrendText.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace stilla {

namespace {

constexpr int kWeek = 7;
constexpr int kDateLabels = 6;

const QColor kSeverityColour(0xc0, 0x50, 0x4d);
const QColor kQualityColour(0x3a, 0x7c, 0xa5);
const QColor kHoursColour(0x8a, 0x7a, 0xc0);
const QColor kFoodColour(0x9c, 0xc4, 0x8f);
const QColor kSupplementColour(0x4f, 0x9f, 0x96);
const QColor kTargetColour(0x3d, 0x9a, 0x4f);
const QColor kLimitColour(0xc8, 0x64, 0x1e);
const QColor kFindingColour(0xd9, 0x8c, 0x2b);
const QColor kLabColour(0x7b, 0x4f, 0x9d); // blood tests: a violet none of the others use
// Self-experiment phases: faint washes behind everything, grey without magnesium and the
// supplement bars' teal with it, light enough that the lines and bars stay readable.
const QColor kPhaseAColour(0x80, 0x80, 0x80, 0x2e);
const QColor kPhaseBColour(0x4f, 0x9f, 0x96, 0x3a);

/// The panels' shares of the height above the date axis: severity, the outcome that matters
/// most, gets the most.
constexpr std::array<double, 3> kPanelShares {0.38, 0.29, 0.33};

/// The magnesium axis's steps, mg: four of them make the axis, and the largest takes any
/// amount (a mistyped dose shows as a full bar; the diary's checks name it).
constexpr std::array<double, 12> kMagnesiumSteps {
    25, 50, 75, 100, 150, 200, 250, 300, 400, 500, 750, 1000};

/// @p colour, lighter: the band behind a line.
QColor bandColour(const QColor& colour)
{
    QColor band = colour;
    band.setAlpha(0x38);
    return band;
}

} // namespace

TrendChart::TrendChart(QGraphicsItem* parent)
    : ChartBase(QStringLiteral("trendChart"), parent)
{
    legend()->setVisible(false);
    m_panels = {new TrendPanel(QStringLiteral("severityPanel"), this),
        new TrendPanel(QStringLiteral("sleepPanel"), this),
        new TrendPanel(QStringLiteral("magnesiumPanel"), this)};
    for (TrendPanel* each : m_panels) {
        // Queued: a panel says so while Qt Charts lays it out, and margins set then were lost
        // (drawn once, the panels never lined up).
        connect(
            each, &TrendPanel::axesResized, this, &TrendChart::placePanels, Qt::QueuedConnection);
        connect(each, &QChart::plotAreaChanged, this, &ChartBase::pointsMoved);
    }
    connect(this, &QGraphicsWidget::geometryChanged, this, &TrendChart::placePanels);
}

std::vector<QChart*> TrendChart::panels() const
{
    return {m_panels.begin(), m_panels.end()};
}

void TrendChart::followPalette(const QPalette& palette)
{
    ChartBase::followPalette(palette);
    for (TrendPanel* each : m_panels) {
        if (each)
            each->followPalette(palette);
    }
}

void TrendChart::setReferenceLines(
    std::optional<double> targetMg, std::optional<double> supplementLimitMg)
{
    m_targetMg = targetMg;
    m_supplementLimitMg = supplementLimitMg;
}

void TrendChart::setData(const DailySeries& series, const std::map<QDate, Severity>& worstFinding,
    bool movingAverage, const std::vector<LabResult>& labs, const std::vector<PhaseSpan>& phases)
{
    m_lines.clear();
    m_names.clear();
    m_legend.clear();
    m_tickedAxes = {};
    bucket(series, worstFinding, movingAverage, labs, phases);
    startPanels();
    // In each panel the phases first, so that they are drawn behind the rest.
    addSeverity(movingAverage, phases);
    addSleep(movingAverage, phases);
    addMagnesium(phases);
    buildLegend();
    for (const Line line : m_hidden)
        setLineVisible(line, false);
    placePanels();
    emit rebuilt();
}

void TrendChart::bucket(const DailySeries& series, const std::map<QDate, Severity>& worstFinding,
    bool movingAverage, const std::vector<LabResult>& labs, const std::vector<PhaseSpan>& phases)
{
    m_buckets.clear();
    const TrendBuckets trend = TrendBuckets::of(series, worstFinding, movingAverage);
    m_bucketDays = trend.daysPerBucket;
    m_origin = trend.origin;
    m_buckets.reserve(trend.buckets.size());
    for (const TrendBucket& values : trend.buckets) {
        Bucket bucket {values, {}, {}};
        for (const LabResult& lab : labs) {
            if (lab.date >= bucket.values.first && lab.date <= bucket.values.last)
                bucket.labs.push_back(lab);
        }
        for (const PhaseSpan& span : phases) {
            if (span.first <= bucket.values.last && span.last >= bucket.values.first)
                bucket.phases.push_back(span);
        }
        m_buckets.push_back(std::move(bucket));
    }
}

void TrendChart::startPanels()
{
    const int count = pointCount();
    const bool days = m_bucketDays == 1;
    const bool weeks = m_bucketDays == kWeek;
    // Each heading says what the panel shows, what a point is, and which way is better.
    panel(Panel::Severity)
        ->start(count,
            days        ? tr("RLS severity, 0\u00A0none – 10\u00A0worst (lower is better)")
                : weeks ? tr("RLS severity, weekly means, 0–10 (lower is better)")
                        : tr("RLS severity, four-week means, 0–10 (lower is better)"),
            false);
    panel(Panel::Sleep)
        ->start(count,
            days ? tr("Sleep of the night before: quality 1–5 (higher is better), hours asleep")
                : weeks
                ? tr("Sleep, weekly means: quality 1–5 (higher is better), hours asleep")
                : tr("Sleep, four-week means: quality 1–5 (higher is better), hours asleep"),
            false);
    TrendPanel* magnesium = panel(Panel::Magnesium);
    magnesium->start(count,
        days        ? tr("Magnesium a day, mg")
            : weeks ? tr("Magnesium a day, weekly means, mg")
                    : tr("Magnesium a day, four-week means, mg"),
        true);
    std::vector<QDate> firsts;
    for (const Bucket& each : m_buckets)
        firsts.push_back(each.values.first);
    for (const auto& [point, text] : TrendText::dateLabels(firsts, m_bucketDays, kDateLabels))
        magnesium->addDateLabel(text, point);
    magnesium->setDatesTitle(count == 0
            ? QString()
            : TrendText::datesTitle(m_bucketDays, firsts.front(), m_buckets.back().values.last));
}

void TrendChart::addSeverity(bool movingAverage, const std::vector<PhaseSpan>& phases)
{
    TrendPanel* severity = panel(Panel::Severity);
    QValueAxis* axis
        = severity->addValueAxis(0, 10, 6, QStringLiteral("%.0f"), Qt::AlignLeft, true);
    m_tickedAxes[0] = {axis, Panel::Severity, 6, 3};
    addPhases(severity, axis, phases);
    addLine(severity, Line::Severity, &TrendBucket::severity, axis, kSeverityColour,
        movingAverage ? tr("Severity, 7-day average") : tr("Severity"));
    addMarks(axis);
}

void TrendChart::addSleep(bool movingAverage, const std::vector<PhaseSpan>& phases)
{
    TrendPanel* sleep = panel(Panel::Sleep);
    double longest = 0;
    for (const Bucket& bucket : m_buckets)
        longest = std::max(longest, bucket.values.sleepHours.mean.value_or(0));
    // Quality 1–5 on the left, hours from 0 on the right, both in four steps, so that the grid
    // lines of one are the other's too: 0–12 hours, or more in steps of four.
    const double hoursTop = std::max(12.0, std::ceil(longest / 4) * 4);
    QValueAxis* quality = sleep->addValueAxis(1, 5, 5, QStringLiteral("%.0f"), Qt::AlignLeft, true);
    QValueAxis* hours = sleep->addValueAxis(0, hoursTop, 5, tr("%.0f h"), Qt::AlignRight, false);
    m_tickedAxes[1] = {quality, Panel::Sleep, 5, 3};
    m_tickedAxes[2] = {hours, Panel::Sleep, 5, 3};
    addPhases(sleep, quality, phases);
    addLine(sleep, Line::SleepQuality, &TrendBucket::sleepQuality, quality, kQualityColour,
        movingAverage ? tr("Sleep quality, 7-day average") : tr("Sleep quality"));
    addLine(sleep, Line::SleepHours, &TrendBucket::sleepHours, hours, kHoursColour,
        movingAverage ? tr("Hours asleep, 7-day average") : tr("Hours asleep"), Qt::DashLine);
}

void TrendChart::addMagnesium(const std::vector<PhaseSpan>& phases)
{
    TrendPanel* magnesium = panel(Panel::Magnesium);
    const int count = pointCount();
    auto* barAxis = new QBarCategoryAxis;
    QStringList categories;
    for (int i = 0; i < count; ++i)
        categories << QString::number(i);
    barAxis->append(categories);
    barAxis->setVisible(false);
    magnesium->addAxis(barAxis, Qt::AlignBottom);

    // Supplements from zero, so that they meet the line of their upper limit; food above.
    auto* supplementSet = new QBarSet(tr("Magnesium from supplements"));
    auto* foodSet = new QBarSet(tr("Magnesium from food"));
    supplementSet->setColor(kSupplementColour);
    supplementSet->setBorderColor(kSupplementColour);
    foodSet->setColor(kFoodColour);
    foodSet->setBorderColor(kFoodColour);
    double highest = std::max(m_targetMg.value_or(0), m_supplementLimitMg.value_or(0));
    for (const Bucket& bucket : m_buckets) {
        // A day without magnesium logged has no bar at all (height 0), never a made-up value.
        const double food = bucket.values.food.mean.value_or(0);
        const double supplements = bucket.values.supplements.mean.value_or(0);
        supplementSet->append(supplements);
        foodSet->append(food);
        highest = std::max(highest, food + supplements);
    }
    // Four steps of a round number of milligrams, so that two of them are round too.
    const double step = *std::find_if(kMagnesiumSteps.begin(), kMagnesiumSteps.end() - 1,
        [&](double candidate) { return 4 * candidate >= highest * 1.1; });
    QValueAxis* axis
        = magnesium->addValueAxis(0, 4 * step, 5, QStringLiteral("%.0f"), Qt::AlignLeft, true);
    m_tickedAxes[3] = {axis, Panel::Magnesium, 5, 3};
    addPhases(magnesium, axis, phases);
    auto* bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("magnesiumBars"));
    bars->append(supplementSet);
    bars->append(foodSet);
    bars->setBarWidth(0.8);
    magnesium->addOnAxes(bars, axis, barAxis);
    for (QBarSet* set : {supplementSet, foodSet}) {
        connect(set, &QBarSet::hovered, this,
            [this](bool state, int index) { emit pointHovered(index, state); });
    }
    m_lines[Line::Magnesium] = {bars};
    m_legend = {{supplementSet->label(), kSupplementColour, std::nullopt},
        {foodSet->label(), kFoodColour, std::nullopt}};
    const QLocale locale;
    if (m_targetMg) {
        addReferenceLine(Line::Target, *m_targetMg, axis, kTargetColour, Qt::DashLine,
            tr("Daily target, %1\u00A0mg").arg(locale.toString(*m_targetMg, 'f', 0)));
    }
    if (m_supplementLimitMg) {
        addReferenceLine(Line::Limit, *m_supplementLimitMg, axis, kLimitColour, Qt::DotLine,
            tr("Upper limit for supplements, %1\u00A0mg")
                .arg(locale.toString(*m_supplementLimitMg, 'f', 0)));
    }
}

void TrendChart::addReferenceLine(Line line, double mg, QValueAxis* axis, const QColor& colour,
    Qt::PenStyle style, const QString& name)
{
    QLineSeries* series = panel(Panel::Magnesium)
                              ->addLevel(mg, axis, colour, style, name,
                                  line == Line::Target ? "targetLine" : "limitLine");
    m_lines[line] = {series};
    m_names[line] = name;
}

void TrendChart::addMarks(QValueAxis* axis)
{
    TrendPanel* severity = panel(Panel::Severity);
    const int count = pointCount();
    auto* findings = new QScatterSeries;
    findings->setName(tr("Days with a safety warning"));
    findings->setObjectName(QStringLiteral("findingMarks"));
    findings->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    // No wider than most of a bucket, so that neighbouring marks never merge into a band
    // however narrow the window; hover tells how many days of the bucket had one.
    const auto fitMarks = [findings, count](const QRectF& plotArea) {
        const double bucketWidth = plotArea.width() / std::max(1, count);
        findings->setMarkerSize(std::clamp(bucketWidth * 0.7, 2.0, 8.0));
    };
    fitMarks(severity->plotArea());
    connect(severity, &QChart::plotAreaChanged, findings, fitMarks);
    findings->setColor(kFindingColour);
    findings->setBorderColor(kFindingColour);
    for (int i = 0; i < count; ++i) {
        if (m_buckets[std::size_t(i)].values.findingDays > 0)
            findings->append(i, 9.8);
    }
    severity->addOnAxes(findings, axis);
    connectHover(findings);
    m_lines[Line::Findings] = {findings};
    m_names[Line::Findings] = findings->name();

    // Blood tests along the bottom; hovering names the values.
    auto* tests = new QScatterSeries;
    tests->setName(tr("Blood tests (ferritin and more)"));
    tests->setObjectName(QStringLiteral("labMarkers"));
    tests->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    tests->setMarkerSize(11);
    tests->setColor(kLabColour);
    tests->setBorderColor(kLabColour);
    for (int i = 0; i < count; ++i) {
        if (!m_buckets[std::size_t(i)].labs.empty())
            tests->append(i, 0.35);
    }
    severity->addOnAxes(tests, axis);
    connectHover(tests);
    m_lines[Line::Labs] = {tests};
    m_names[Line::Labs] = tests->name();
}

void TrendChart::addPhases(
    TrendPanel* target, QValueAxis* axis, const std::vector<PhaseSpan>& phases)
{
    if (m_buckets.empty() || !axis)
        return;
    // Bucket i covers the values i - 0.5 to i + 0.5; a day within it takes its share of that,
    // counted from the start of its week or four weeks (the range may begin within one).
    const auto position
        = [this](const QDate& date) { return double(m_origin.daysTo(date)) / m_bucketDays - 0.5; };
    for (const Arm arm : {Arm::WithoutMagnesium, Arm::WithMagnesium}) {
        std::vector<std::pair<double, double>> spans;
        for (const PhaseSpan& span : phases) {
            if (span.arm == arm)
                spans.emplace_back(position(span.first), position(span.last.addDays(1)));
        }
        if (spans.empty())
            continue;
        const bool withMagnesium = arm == Arm::WithMagnesium;
        const Line line = withMagnesium ? Line::PhasesB : Line::PhasesA;
        // Each phase says what it is in the legend: "Phase B" alone left the reader to guess.
        QAreaSeries* area
            = target->addShading(spans, axis, withMagnesium ? kPhaseBColour : kPhaseAColour,
                withMagnesium ? tr("Phase B: with magnesium") : tr("Phase A: without magnesium"),
                withMagnesium ? "phasesB" : "phasesA");
        m_lines[line].push_back(area);
        m_names[line] = area->name();
    }
}

void TrendChart::addLine(TrendPanel* target, Line line, BucketValue TrendBucket::*field,
    QValueAxis* axis, const QColor& colour, const QString& name, Qt::PenStyle style)
{
    std::vector<QAbstractSeries*>& parts = m_lines[line];
    // One band only, severity's, the outcome that matters most, behind its line: two
    // overlapping bands were more than the eye could sort.
    if (m_bucketDays > 1 && line == Line::Severity) {
        std::vector<std::optional<std::pair<double, double>>> spreads;
        spreads.reserve(m_buckets.size());
        for (const Bucket& bucket : m_buckets) {
            const BucketValue& value = bucket.values.severity;
            spreads.push_back(value.lowerQuartile
                    ? std::optional(std::pair(*value.lowerQuartile, *value.upperQuartile))
                    : std::nullopt);
        }
        for (QAbstractSeries* band : target->addBands(
                 spreads, axis, bandColour(colour), tr("Middle half of the days"), "severityBand"))
            parts.push_back(band);
    }
    std::vector<std::optional<double>> values;
    values.reserve(m_buckets.size());
    for (const Bucket& bucket : m_buckets)
        values.push_back((bucket.values.*field).mean);
    for (QXYSeries* part : target->addRuns(values, axis, colour, name, style)) {
        connectHover(part);
        parts.push_back(part);
    }
    m_names[line] = name;
}

void TrendChart::buildLegend()
{
    // The legend is a row of boxes under the chart (TrendLegend), which wraps in a narrow
    // window where QLegend cut the names, and which the keyboard reaches. Every line is
    // offered even in a range without any of it (safety notes, blood tests), so that the
    // legend keeps its boxes (and the chart its height) from one range to the next.
    for (const auto& [line, colour] :
        std::initializer_list<std::pair<Line, QColor>> {{Line::Severity, kSeverityColour},
            {Line::SleepQuality, kQualityColour}, {Line::SleepHours, kHoursColour},
            {Line::Target, kTargetColour}, {Line::Limit, kLimitColour},
            {Line::Findings, kFindingColour}, {Line::Labs, kLabColour},
            {Line::PhasesA, kPhaseAColour}, {Line::PhasesB, kPhaseBColour}}) {
        if (const auto it = m_names.find(line); it != m_names.end())
            m_legend.push_back({it->second, colour, line});
    }
}

void TrendChart::connectHover(QAbstractSeries* series)
{
    if (auto* xy = qobject_cast<QXYSeries*>(series)) {
        connect(xy, &QXYSeries::hovered, this, [this](const QPointF& point, bool state) {
            emit pointHovered(int(std::lround(point.x())), state);
        });
    }
}

bool TrendChart::isLineVisible(Line line) const
{
    // The legend's switches are the truth: setData() applies them to every build's series.
    return m_names.count(line) > 0 && !m_hidden.count(line);
}

void TrendChart::setLineVisible(Line line, bool visible)
{
    if (visible)
        m_hidden.erase(line);
    else
        m_hidden.insert(line);
    const auto it = m_lines.find(line);
    if (it == m_lines.end())
        return;
    for (QAbstractSeries* part : it->second)
        part->setVisible(visible);
}

void TrendChart::placePanels()
{
    // Each panel's height: the room for its heading (and the bottom one's dates) and its
    // share of the rest.
    const QFontMetricsF metrics(font());
    const QSizeF whole = size();
    // One plot width for all three, the widest axes on either side deciding.
    constexpr qreal kEdge = 6;
    qreal left = 0;
    qreal right = 0;
    for (const TrendPanel* each : m_panels) {
        left = std::max(left, each->axesLeft());
        right = std::max(right, each->axesRight());
    }
    // A heading takes one line (two in a narrow window) and a line's room below it.
    std::vector<qreal> headings;
    qreal fixed = 0;
    for (const TrendPanel* each : m_panels) {
        headings.push_back(each->headingHeight(whole.width(), left + kEdge) + metrics.height());
        fixed += headings.back() + each->datesHeight();
    }
    const qreal plots = std::max(0.0, whole.height() - fixed);
    // Every tick labelled where the plot is tall enough for that, else every other one.
    const qreal labelRoom = 1.8 * metrics.height();
    for (std::size_t i = 0; i < m_tickedAxes.size(); ++i) {
        const TickedAxis& ticked = m_tickedAxes[i];
        if (!ticked.axis)
            continue;
        const qreal plot = plots * kPanelShares[std::size_t(ticked.panel)];
        ticked.axis->setTickCount(
            plot >= labelRoom * (ticked.dense - 1) ? ticked.dense : ticked.sparse);
    }
    qreal top = 0;
    for (std::size_t i = 0; i < m_panels.size(); ++i) {
        TrendPanel* each = m_panels[i];
        const qreal height = headings[i] + each->datesHeight() + plots * kPanelShares[i];
        each->place(QRectF(0, top, whole.width(), height), left + kEdge, right + kEdge);
        top += height;
    }
}

QPointF TrendChart::pointPosition(int index) const
{
    return pointMarker(index).boundingRect().center();
}

QPainterPath TrendChart::pointMarker(int index) const
{
    const TrendPanel* first = m_panels.front();
    const TrendPanel* last = m_panels.back();
    const QRectF top = first->mapRectToParent(first->plotArea());
    const QRectF bottom = last->mapRectToParent(last->plotArea());
    const int count = std::max(pointCount(), 1);
    const qreal x = top.left() + (index + 0.5) * top.width() / count;
    QPainterPath line(QPointF(x, top.top()));
    line.lineTo(x, bottom.bottom());
    return line;
}

QString TrendChart::describePoint(int index) const
{
    if (index < 0 || index >= int(m_buckets.size()))
        return {};
    const Bucket& bucket = m_buckets[std::size_t(index)];
    return TrendText::describePoint(bucket.values, m_bucketDays, bucket.labs, bucket.phases);
}

QString TrendChart::bucketExplanation() const
{
    return TrendText::bucketExplanation(m_bucketDays);
}

} // namespace stilla
