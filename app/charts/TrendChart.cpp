#include "TrendChart.h"

#include "stats/Statistics.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
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
const QColor kFoodColour(0x9c, 0xc4, 0x8f);
const QColor kSupplementColour(0x4f, 0x9f, 0x96);
const QColor kFindingColour(0xd9, 0x8c, 0x2b);
const QColor kLabColour(0x7b, 0x4f, 0x9d); // blood tests: a violet none of the others use
// Self-experiment phases: faint washes behind everything, grey without magnesium and the
// supplement bars' teal with it, light enough that the lines and bars stay readable.
const QColor kPhaseAColour(0x80, 0x80, 0x80, 0x2e);
const QColor kPhaseBColour(0x4f, 0x9f, 0x96, 0x3a);

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
{ }

void TrendChart::setData(const DailySeries& series, const std::map<QDate, Severity>& worstFinding,
    bool movingAverage, const std::vector<LabResult>& labs, const std::vector<PhaseSpan>& phases)
{
    clearChart();
    m_lines.clear();
    m_buckets.clear();
    const TrendBuckets trend = TrendBuckets::of(series, worstFinding, movingAverage);
    m_bucketDays = trend.daysPerBucket;
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
    const int count = int(m_buckets.size());

    // Axes: a value axis along the bottom for the lines (labelled with dates), a hidden
    // category axis for the bars, aligned with it: category i sits at value i.
    m_dateAxis = new QCategoryAxis;
    m_dateAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_dateAxis->setRange(-0.5, count - 0.5);
    m_dateAxis->setGridLineVisible(false);
    const int step = std::max(1, int(std::ceil(double(count) / kDateLabels)));
    // Months for weekly and four-weekly means; the day and month when each point is a day, so
    // that no two labels read the same and each fits a narrow window (the range says the year).
    // Years alone for four-week means, which cover years: month names would crowd a narrow axis.
    const QString format = m_bucketDays > kWeek ? QStringLiteral("yyyy")
        : m_bucketDays > 1                      ? QStringLiteral("MMM yyyy")
                                                : QStringLiteral("d MMM");
    for (int i = 0; i < count; i += step) {
        m_dateAxis->append(QLocale().toString(m_buckets[std::size_t(i)].values.first, format)
                + QString(i, QChar(0x200b)), // zero-width spaces keep labels unique
            i);
    }
    // Over long ranges the axis says that a point is a mean, where the eye reads the dates.
    m_dateAxis->setTitleText(m_bucketDays == kWeek ? tr("Weekly means")
            : m_bucketDays > kWeek                 ? tr("Four-week means")
                                                   : QString());
    m_dateAxis->setTitleVisible(m_bucketDays > 1);
    addAxis(m_dateAxis, Qt::AlignBottom);
    m_barAxis = new QBarCategoryAxis;
    QStringList categories;
    for (int i = 0; i < count; ++i)
        categories << QString::number(i);
    m_barAxis->append(categories);
    m_barAxis->setVisible(false);
    addAxis(m_barAxis, Qt::AlignBottom);

    m_severityAxis = new QValueAxis;
    m_severityAxis->setRange(0, 10);
    m_severityAxis->setTickCount(6);
    m_severityAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_severityAxis->setTitleText(tr("Severity (0–10)"));
    addAxis(m_severityAxis, Qt::AlignLeft, kSeverityColour);
    m_qualityAxis = new QValueAxis;
    m_qualityAxis->setRange(1, 5);
    m_qualityAxis->setTickCount(5);
    m_qualityAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_qualityAxis->setTitleText(tr("Sleep quality (1–5)"));
    m_qualityAxis->setGridLineVisible(false);
    addAxis(m_qualityAxis, Qt::AlignLeft, kQualityColour);
    m_magnesiumAxis = new QValueAxis;
    m_magnesiumAxis->setTitleText(tr("Magnesium (mg)"));
    m_magnesiumAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_magnesiumAxis->setGridLineVisible(false);
    addAxis(m_magnesiumAxis, Qt::AlignRight);

    // Added first, so drawn behind the bars and lines.
    if (!m_buckets.empty())
        addPhases(phases, m_buckets.front().values.first);

    auto* foodSet = new QBarSet(tr("Magnesium from food"));
    auto* supplementSet = new QBarSet(tr("Magnesium from supplements"));
    foodSet->setColor(kFoodColour);
    foodSet->setBorderColor(kFoodColour);
    supplementSet->setColor(kSupplementColour);
    supplementSet->setBorderColor(kSupplementColour);
    double maxMagnesium = 0;
    for (const Bucket& bucket : m_buckets) {
        // A day without magnesium logged has no bar at all (height 0), never a made-up value.
        const double food = bucket.values.food.mean.value_or(0);
        const double supplements = bucket.values.supplements.mean.value_or(0);
        foodSet->append(food);
        supplementSet->append(supplements);
        maxMagnesium = std::max(maxMagnesium, food + supplements);
    }
    auto* bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("magnesiumBars"));
    bars->append(foodSet);
    bars->append(supplementSet);
    bars->setBarWidth(0.8);
    addSeries(bars);
    bars->attachAxis(m_barAxis);
    bars->attachAxis(m_magnesiumAxis);
    m_magnesiumAxis->setRange(0, std::max(100.0, std::ceil(maxMagnesium * 1.15 / 50) * 50));
    m_magnesiumAxis->applyNiceNumbers();
    for (QBarSet* set : {foodSet, supplementSet}) {
        connect(set, &QBarSet::hovered, this,
            [this](bool state, int index) { emit pointHovered(index, state); });
    }

    // Over long ranges the date axis says that the points are means; the legend stays short.
    const auto lineName = [movingAverage](const QString& name) -> QString {
        return movingAverage ? tr("%1, 7-day average").arg(name) : name;
    };
    addLine(Line::Severity, &TrendBucket::severity, m_severityAxis, kSeverityColour,
        lineName(tr("Severity")));
    addLine(Line::SleepQuality, &TrendBucket::sleepQuality, m_qualityAxis, kQualityColour,
        lineName(tr("Sleep quality")));

    auto* findings = new QScatterSeries;
    findings->setName(tr("Days with a safety warning"));
    findings->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    // No wider than most of a bucket, so that neighbouring marks never merge into a band
    // however narrow the window; hover tells how many days of the bucket had one.
    const auto fitMarks = [this, findings, count](const QRectF& plotArea) {
        const double bucketWidth = plotArea.width() / std::max(1, count);
        findings->setMarkerSize(std::clamp(bucketWidth * 0.7, 2.0, 8.0));
    };
    fitMarks(plotArea());
    connect(this, &QChart::plotAreaChanged, findings, fitMarks);
    findings->setColor(kFindingColour);
    findings->setBorderColor(kFindingColour);
    for (int i = 0; i < count; ++i) {
        if (m_buckets[std::size_t(i)].values.findingDays > 0)
            findings->append(i, 9.8);
    }
    addSeries(findings);
    findings->attachAxis(m_dateAxis);
    findings->attachAxis(m_severityAxis);
    connectHover(findings);
    m_lines[Line::Findings] = {findings};

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
    addSeries(tests);
    tests->attachAxis(m_dateAxis);
    tests->attachAxis(m_severityAxis);
    connectHover(tests);
    m_lines[Line::Labs] = {tests};

    // The legend is a row of boxes under the chart (TrendLegend), which wraps in a narrow
    // window where QLegend cut the names, and which the keyboard reaches.
    legend()->setVisible(false);
    m_lines[Line::Magnesium] = {bars};
    m_legend = {{foodSet->label(), kFoodColour, std::nullopt},
        {supplementSet->label(), kSupplementColour, std::nullopt}};
    for (const Line line : {Line::Severity, Line::SleepQuality, Line::Findings, Line::Labs,
             Line::PhasesA, Line::PhasesB}) {
        const auto it = m_lines.find(line);
        if (it == m_lines.end() || it->second.empty())
            continue;
        // Safety notes and blood tests are offered even in a range without any, so that the
        // legend keeps its boxes (and the chart its height) from one range to the next.
        QAbstractSeries* first = it->second.front();
        QColor colour = line == Line::Severity ? kSeverityColour
            : line == Line::SleepQuality       ? kQualityColour
            : line == Line::Findings           ? kFindingColour
            : line == Line::Labs               ? kLabColour
            : line == Line::PhasesA            ? kPhaseAColour
                                               : kPhaseBColour;
        m_legend.push_back({first->name(), colour, line});
    }
    emit rebuilt();
}

void TrendChart::addPhases(const std::vector<PhaseSpan>& phases, const QDate& firstDay)
{
    // Bucket i covers the values i - 0.5 to i + 0.5; a day within it takes its share of that.
    const auto position = [this, &firstDay](const QDate& date) {
        return double(firstDay.daysTo(date)) / m_bucketDays - 0.5;
    };
    for (const Arm arm : {Arm::WithoutMagnesium, Arm::WithMagnesium}) {
        auto* area = new QAreaSeries;
        auto* upper = new QLineSeries(area);
        // One series per arm: each run rises to the top and falls back to the bottom.
        for (const PhaseSpan& span : phases) {
            if (span.arm != arm)
                continue;
            const double from = position(span.first);
            const double to = position(span.last.addDays(1));
            upper->append({{from, 0}, {from, 10}, {to, 10}, {to, 0}});
        }
        if (upper->count() == 0) {
            delete area;
            continue;
        }
        const bool withMagnesium = arm == Arm::WithMagnesium;
        area->setUpperSeries(upper);
        // Short names: the legend is crowded; the hover text says what each phase is.
        area->setName(withMagnesium ? tr("Phase B") : tr("Phase A"));
        area->setObjectName(withMagnesium ? QStringLiteral("phasesB") : QStringLiteral("phasesA"));
        area->setColor(withMagnesium ? kPhaseBColour : kPhaseAColour);
        // A firmer edge than the wash, so the phases' borders and the legend's swatch show.
        QColor edge = withMagnesium ? kPhaseBColour : kPhaseAColour;
        edge.setAlpha(0x90);
        area->setPen(QPen(edge, 1));
        addSeries(area);
        area->attachAxis(m_dateAxis);
        area->attachAxis(m_severityAxis);
        m_lines[withMagnesium ? Line::PhasesB : Line::PhasesA] = {area};
    }
}

void TrendChart::addLine(Line line, BucketValue TrendBucket::*field, QValueAxis* axis,
    const QColor& colour, const QString& name)
{
    std::vector<std::optional<double>> values;
    values.reserve(m_buckets.size());
    for (const Bucket& bucket : m_buckets)
        values.push_back((bucket.values.*field).mean);
    std::vector<QAbstractSeries*> parts;
    // Runs of consecutive values become one line each; a gap breaks the line. A lone value
    // between gaps is drawn as a dot so it is not lost.
    std::size_t i = 0;
    while (i < values.size()) {
        if (!values[i]) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < values.size() && values[end])
            ++end;
        QXYSeries* part = nullptr;
        if (end - i == 1) {
            auto* dot = new QScatterSeries;
            dot->setMarkerSize(7);
            dot->setBorderColor(colour);
            part = dot;
        } else {
            auto* segment = new QLineSeries;
            QPen pen(colour);
            pen.setWidthF(2.2);
            segment->setPen(pen);
            part = segment;
        }
        part->setColor(colour);
        part->setName(name);
        for (std::size_t j = i; j < end; ++j)
            part->append(double(j), *values[j]);
        addSeries(part);
        part->attachAxis(m_dateAxis);
        part->attachAxis(axis);
        connectHover(part);
        parts.push_back(part);
        i = end;
    }
    if (parts.empty()) {
        // Keep a (empty) series so the legend still explains the colour.
        auto* empty = new QLineSeries;
        empty->setName(name);
        empty->setColor(colour);
        addSeries(empty);
        empty->attachAxis(m_dateAxis);
        empty->attachAxis(axis);
        parts.push_back(empty);
    }
    m_lines[line] = parts;
    // One band only, severity's, the outcome that matters most: two overlapping bands behind
    // the bars were more than the eye could sort.
    if (m_bucketDays > 1 && line == Line::Severity)
        addSeverityBands();
}

void TrendChart::addSeverityBands()
{
    std::vector<QAbstractSeries*>& parts = m_lines[Line::Severity];
    std::size_t i = 0;
    while (i < m_buckets.size()) {
        const auto has
            = [this](std::size_t at) { return bool(m_buckets[at].values.severity.lowerQuartile); };
        if (!has(i)) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < m_buckets.size() && has(end))
            ++end;
        auto* band = new QAreaSeries;
        auto* upper = new QLineSeries(band);
        auto* lower = new QLineSeries(band);
        for (std::size_t j = i; j < end; ++j) {
            // A lone bucket gets a band as wide as its bar, so that it shows at all.
            const double left = end - i == 1 ? double(j) - 0.3 : double(j);
            const double right = end - i == 1 ? double(j) + 0.3 : double(j);
            const BucketValue& value = m_buckets[j].values.severity;
            upper->append(left, *value.upperQuartile);
            lower->append(left, *value.lowerQuartile);
            if (right != left) {
                upper->append(right, *value.upperQuartile);
                lower->append(right, *value.lowerQuartile);
            }
        }
        band->setUpperSeries(upper);
        band->setLowerSeries(lower);
        band->setName(tr("Middle half of the days"));
        band->setObjectName(QStringLiteral("severityBand"));
        band->setColor(bandColour(kSeverityColour));
        band->setPen(Qt::NoPen);
        addSeries(band);
        band->attachAxis(m_dateAxis);
        band->attachAxis(m_severityAxis);
        parts.push_back(band);
        i = end;
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
    const auto it = m_lines.find(line);
    return it != m_lines.end() && !it->second.empty() && it->second.front()->isVisible();
}

void TrendChart::setLineVisible(Line line, bool visible)
{
    const auto it = m_lines.find(line);
    if (it == m_lines.end())
        return;
    for (QAbstractSeries* part : it->second)
        part->setVisible(visible);
}

QPointF TrendChart::pointPosition(int index) const
{
    const QRectF area = plotArea();
    const int count = std::max(pointCount(), 1);
    return {area.left() + (index + 0.5) * area.width() / count, area.center().y()};
}

QString TrendChart::describePoint(int index) const
{
    if (index < 0 || index >= int(m_buckets.size()))
        return {};
    const Bucket& bucket = m_buckets[std::size_t(index)];
    const TrendBucket& values = bucket.values;
    const QLocale locale;
    const bool oneDay = values.first == values.last;
    const int days = int(values.first.daysTo(values.last)) + 1;
    QStringList lines;
    lines << (oneDay                ? locale.toString(values.first, QLocale::LongFormat)
            : m_bucketDays == kWeek ? tr("Week of %1: means of the days logged")
                                          .arg(locale.toString(values.first, QLocale::ShortFormat))
                                    : tr("%1 to %2: means of the days logged")
                                          .arg(locale.toString(values.first, QLocale::ShortFormat),
                                              locale.toString(values.last, QLocale::ShortFormat)));
    // One decimal for scores, whole milligrams; over a bucket, on how many of its days, and
    // the middle half of them.
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
    lines << tr("Magnesium from food: %1").arg(value(values.food, 0, milligrams));
    lines << tr("Magnesium from supplements: %1").arg(value(values.supplements, 0, milligrams));
    if (values.findingDays > 0 && oneDay)
        lines << tr("A safety note for this day; see the diary.");
    else if (values.findingDays > 0)
        lines << tr(
            "Safety notes on %Ln of these days; see the diary.", nullptr, values.findingDays);
    for (const LabResult& lab : bucket.labs) {
        lines << tr("Blood test of %1: %2")
                     .arg(locale.toString(lab.date, QLocale::ShortFormat), lab.describe());
    }
    for (const PhaseSpan& span : bucket.phases) {
        lines << (span.arm == Arm::WithMagnesium
                ? tr("Self-experiment, phase %1: with magnesium (B)")
                : tr("Self-experiment, phase %1: without magnesium (A)"))
                     .arg(span.phase + 1);
    }
    return lines.join(QLatin1Char('\n'));
}

QString TrendChart::bucketExplanation() const
{
    if (m_bucketDays == kWeek) {
        return tr("Weekly means: each point is the mean of a week's logged days; the band "
                  "behind severity holds the middle half of them.");
    }
    if (m_bucketDays > kWeek) {
        return tr("Four-week means: each point is the mean of four weeks' logged days; the band "
                  "behind severity holds the middle half of them.");
    }
    return {};
}

} // namespace stilla
