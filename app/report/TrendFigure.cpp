#include "TrendFigure.h"

#include "FigureLegend.h"
#include "TrendFigureLayout.h"
#include "TrendMarks.h"
#include "core/stats/TrendText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextCharFormat>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace stilla {

namespace {

const QColor kSeverityColour(0x9c, 0x2f, 0x2f);
const QColor kSleepColour(0x2f, 0x5f, 0x9c);
const QColor kFoodColour(0x8c, 0xbf, 0x88);
const QColor kSupplementColour(0xe0, 0xa0, 0x30);
const QColor kTargetColour(0x1f, 0x5f, 0x2a);
const QColor kLimitColour(0xa0, 0x40, 0x00);
const QColor kBloodTestColour(0x7b, 0x4f, 0x9d);
const QColor kPhaseAColour(0x80, 0x80, 0x80, 0x30);
const QColor kPhaseBColour(0x4f, 0x9f, 0x96, 0x40);
const QColor kFindingColour(0x6a, 0x3d, 0x9a);
const QColor kGridColour(0xd8, 0xd8, 0xd8);
const QColor kAxisColour(0x55, 0x55, 0x55);
const QColor kTextColour(0x22, 0x22, 0x22);

constexpr int kWidthProperty = QTextFormat::UserProperty + 1;
constexpr int kHeightProperty = QTextFormat::UserProperty + 2;

QString mgText(const QLocale& locale, double value)
{
    return locale.toString(value, 'f', 0);
}

} // namespace

TrendFigure::TrendFigure(DailySeries series, std::map<QDate, Severity> worstFinding,
    const QLocale& locale, QObject* parent)
    : QObject(parent)
    , m_buckets(TrendBuckets::of(series, worstFinding, false))
    , m_locale(locale)
    , m_bandLabel(tr("Middle half of the days"))
    , m_foodLabel(tr("Food"))
    , m_supplementLabel(tr("Supplements"))
    , m_targetLabel(tr("Daily target"))
    , m_limitLabel(tr("Upper limit for supplements"))
    , m_findingLabel(tr("Safety note"))
    , m_withoutLabel(tr("Self-experiment: without magnesium"))
    , m_withLabel(tr("with magnesium"))
    , m_bloodTestLabel(tr("Blood test"))
    , m_noDataText(tr("No days logged in this period."))
{
    switch (m_buckets.daysPerBucket) {
    case 1:
        m_severityTitle = tr("RLS severity, 0\u00A0none – 10\u00A0worst (lower is better)");
        m_sleepTitle = tr("Sleep quality of the night before, 1\u00A0very poor – 5\u00A0very good "
                          "(higher is better)");
        m_magnesiumTitle = tr("Magnesium a day, mg");
        break;
    case 7:
        m_severityTitle
            = tr("RLS severity, weekly means, 0\u00A0none – 10\u00A0worst (lower is better)");
        m_sleepTitle
            = tr("Sleep quality, weekly means, 1\u00A0very poor – 5\u00A0very good (higher is "
                 "better)");
        m_magnesiumTitle = tr("Magnesium a day, weekly means, mg");
        break;
    default:
        m_severityTitle = tr("RLS severity, four-week means, 0\u00A0none – 10\u00A0worst (lower is "
                             "better)");
        m_sleepTitle
            = tr("Sleep quality, four-week means, 1\u00A0very poor – 5\u00A0very good (higher is "
                 "better)");
        m_magnesiumTitle = tr("Magnesium a day, four-week means, mg");
        break;
    }
}

void TrendFigure::setTitle(const QString& title, const QFont& font)
{
    m_title = title;
    m_titleFont = font;
}

void TrendFigure::setReferenceLines(
    std::optional<double> targetMg, std::optional<double> supplementLimitMg)
{
    m_targetMg = targetMg;
    m_supplementLimitMg = supplementLimitMg;
}

void TrendFigure::setPhases(std::vector<PhaseSpan> phases)
{
    m_phases = std::move(phases);
}

void TrendFigure::setBloodTests(std::vector<QDate> dates)
{
    m_bloodTests = std::move(dates);
}

void TrendFigure::registerWith(QTextDocument& document)
{
    document.documentLayout()->registerHandler(kObjectType, this);
}

QTextCharFormat TrendFigure::objectFormat(const QSizeF& size)
{
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(kWidthProperty, size.width());
    format.setProperty(kHeightProperty, size.height());
    return format;
}

QSizeF TrendFigure::objectSize(const QTextFormat& format)
{
    return {format.doubleProperty(kWidthProperty), format.doubleProperty(kHeightProperty)};
}

QSizeF TrendFigure::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    return objectSize(format);
}

void TrendFigure::drawObject(
    QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat&)
{
    paint(*painter, rect);
}

bool TrendFigure::hasData() const
{
    return std::any_of(
        m_buckets.buckets.begin(), m_buckets.buckets.end(), [](const TrendBucket& bucket) {
            return bucket.severity.days > 0 || bucket.sleepQuality.days > 0 || bucket.food.days > 0;
        });
}

void TrendFigure::paint(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // One typographic point in device pixels.
    const qreal pt = painter.device() ? painter.device()->logicalDpiY() / 72.0 : 1.0;
    qreal titleHeight = 0;
    if (!m_title.isEmpty()) {
        painter.setFont(m_titleFont);
        titleHeight = QFontMetricsF(m_titleFont, painter.device()).height() * 1.5;
        painter.setPen(kTextColour);
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight),
            Qt::AlignLeft | Qt::AlignTop, m_title);
    }
    QFont font = m_titleFont;
    font.setPointSizeF(7.5);
    font.setWeight(QFont::Normal);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal legendBottom = legend().paint(painter,
        QRectF(rect.left(), rect.top() + titleHeight, rect.width(), metrics.height()), pt,
        kTextColour);
    const TrendFigureLayout layout = layOut(
        QRectF(rect.left(), legendBottom, rect.width(), rect.bottom() - legendBottom), metrics, pt);
    const TrendFigurePlot& plot = layout.plot;

    for (const TrendFigurePanel* panel : {&layout.severity, &layout.sleep, &layout.magnesium})
        paintPhases(painter, plot, panel->rect);
    for (const TrendFigurePanel* panel : {&layout.severity, &layout.sleep, &layout.magnesium})
        paintPanel(painter, plot, *panel);
    if (!hasData()) {
        painter.setPen(kTextColour);
        painter.drawText(layout.severity.rect, Qt::AlignCenter, m_noDataText);
    } else {
        paintLine(painter, plot, layout.severity, &TrendBucket::severity, kSeverityColour,
            m_buckets.daysPerBucket > 1);
        paintFindings(painter, plot, layout.severity);
        paintLine(painter, plot, layout.sleep, &TrendBucket::sleepQuality, kSleepColour, false);
        paintBars(painter, plot, layout.magnesium);
    }
    if (m_targetMg)
        paintReferenceLine(painter, layout.magnesium, *m_targetMg, kTargetColour, Qt::DashLine);
    if (m_supplementLimitMg) {
        paintReferenceLine(
            painter, layout.magnesium, *m_supplementLimitMg, kLimitColour, Qt::DotLine);
    }
    paintBloodTests(painter, plot, pt);
    paintDates(painter, plot, pt);
    painter.restore();
}

TrendFigureLayout TrendFigure::layOut(
    const QRectF& area, const QFontMetricsF& metrics, qreal pt) const
{
    double maximumMg = std::max(m_targetMg.value_or(0), m_supplementLimitMg.value_or(0));
    for (const TrendBucket& bucket : m_buckets.buckets) {
        maximumMg = std::max(
            maximumMg, bucket.food.mean.value_or(0) + bucket.supplements.mean.value_or(0));
    }
    maximumMg = TrendFigureLayout::niceMaximum(maximumMg);
    TrendFigureLayout layout = TrendFigureLayout::of(area, metrics, pt, m_buckets, maximumMg,
        metrics.horizontalAdvance(mgText(m_locale, maximumMg)));
    layout.severity.title = m_severityTitle;
    layout.sleep.title = m_sleepTitle;
    layout.magnesium.title = m_magnesiumTitle;
    return layout;
}

void TrendFigure::paintPhases(
    QPainter& painter, const TrendFigurePlot& plot, const QRectF& area) const
{
    if (!plot.origin.isValid())
        return;
    painter.setPen(Qt::NoPen);
    for (const PhaseSpan& span : m_phases) {
        const qreal left = std::max(plot.xOfDay(span.first), plot.left);
        const qreal right = std::min(plot.xOfDay(span.last.addDays(1)), plot.left + plot.width);
        if (right <= left)
            continue;
        painter.setBrush(span.arm == Arm::WithMagnesium ? kPhaseBColour : kPhaseAColour);
        painter.drawRect(QRectF(left, area.top(), right - left, area.height()));
    }
    painter.setBrush(Qt::NoBrush);
}

void TrendFigure::paintBloodTests(QPainter& painter, const TrendFigurePlot& plot, qreal pt) const
{
    if (!plot.origin.isValid())
        return;
    const qreal size = 3.2 * pt;
    for (const QDate& date : m_bloodTests) {
        const qreal x = plot.xOfDay(date) + plot.slot() / plot.daysPerBucket / 2;
        if (x < plot.left || x > plot.left + plot.width)
            continue;
        painter.fillPath(trendmarks::bloodTest(QPointF(x, plot.bottom), size), kBloodTestColour);
    }
}

void TrendFigure::paintPanel(
    QPainter& painter, const TrendFigurePlot& plot, const TrendFigurePanel& panel) const
{
    const qreal pt = painter.device() ? painter.device()->logicalDpiY() / 72.0 : 1.0;
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal lineHeight = metrics.height();
    QFont bold = painter.font();
    bold.setWeight(QFont::DemiBold);
    painter.save();
    painter.setFont(bold);
    painter.setPen(kTextColour);
    painter.drawText(QRectF(plot.left, panel.rect.top() - panel.titleGap - lineHeight * 1.4,
                         plot.width, lineHeight * 1.2),
        Qt::AlignLeft | Qt::AlignBottom, panel.title);
    painter.restore();

    painter.setPen(QPen(kGridColour, 0.5 * pt));
    for (double step : panel.steps) {
        const qreal y = panel.y(step);
        painter.drawLine(QPointF(panel.rect.left(), y), QPointF(panel.rect.right(), y));
    }
    painter.setPen(kAxisColour);
    const qreal labelWidth = plot.left - 4 * pt;
    for (double step : panel.steps) {
        const qreal y = panel.y(step);
        painter.drawText(
            QRectF(plot.left - 4 * pt - labelWidth, y - lineHeight / 2, labelWidth, lineHeight),
            Qt::AlignRight | Qt::AlignVCenter, mgText(m_locale, step));
    }
    painter.setPen(QPen(kAxisColour, 0.75 * pt));
    painter.drawLine(panel.rect.bottomLeft(), panel.rect.bottomRight());
    painter.drawLine(panel.rect.bottomLeft(), panel.rect.topLeft());
}

FigureLegend TrendFigure::legend() const
{
    FigureLegend legend;
    if (m_buckets.daysPerBucket > 1) {
        QColor band = kSeverityColour;
        band.setAlphaF(0.22);
        legend.add(m_bandLabel, band);
    }
    legend.add(m_findingLabel, kFindingColour, FigureLegend::Swatch::Finding);
    legend.add(m_supplementLabel, kSupplementColour);
    legend.add(m_foodLabel, kFoodColour);
    if (m_targetMg)
        legend.add(m_targetLabel, kTargetColour, FigureLegend::Swatch::Line, Qt::DashLine);
    if (m_supplementLimitMg)
        legend.add(m_limitLabel, kLimitColour, FigureLegend::Swatch::Line, Qt::DotLine);
    if (!m_phases.empty()) {
        legend.add(m_withoutLabel, kPhaseAColour);
        legend.add(m_withLabel, kPhaseBColour);
    }
    if (!m_bloodTests.empty())
        legend.add(m_bloodTestLabel, kBloodTestColour, FigureLegend::Swatch::BloodTest);
    return legend;
}

void TrendFigure::paintLine(QPainter& painter, const TrendFigurePlot& plot,
    const TrendFigurePanel& panel, BucketValue TrendBucket::*field, const QColor& colour,
    bool band) const
{
    const qreal pt = painter.device() ? painter.device()->logicalDpiY() / 72.0 : 1.0;
    const auto& buckets = m_buckets.buckets;
    if (band) {
        // The middle half of each bucket's days, so that a mean does not hide bad weeks.
        QColor fill = colour;
        fill.setAlphaF(0.22);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        for (int i = 0; i < plot.buckets; ++i) {
            const BucketValue& value = buckets[std::size_t(i)].*field;
            if (!value.lowerQuartile || !value.upperQuartile)
                continue;
            const qreal top = panel.y(*value.upperQuartile);
            const qreal height = std::max(panel.y(*value.lowerQuartile) - top, 0.5 * pt);
            painter.drawRect(QRectF(plot.x(i) - plot.slot() / 2, top, plot.slot(), height));
        }
        painter.setBrush(Qt::NoBrush);
    }
    painter.setPen(QPen(colour, 1.3 * pt, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath path;
    bool drawing = false;
    for (int i = 0; i < plot.buckets; ++i) {
        const std::optional<double>& mean = (buckets[std::size_t(i)].*field).mean;
        if (!mean) {
            drawing = false;
            continue;
        }
        const QPointF point(plot.x(i), panel.y(*mean));
        if (drawing)
            path.lineTo(point);
        else
            path.moveTo(point);
        drawing = true;
    }
    painter.drawPath(path);
    // Dots where the buckets are wide enough to tell apart; a lone day shows as a dot too.
    const qreal radius = std::clamp(plot.slot() * 0.3, 0.6 * pt, 1.6 * pt);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    for (int i = 0; i < plot.buckets; ++i) {
        if (const std::optional<double>& mean = (buckets[std::size_t(i)].*field).mean)
            painter.drawEllipse(QPointF(plot.x(i), panel.y(*mean)), radius, radius);
    }
    painter.setBrush(Qt::NoBrush);
}

void TrendFigure::paintFindings(
    QPainter& painter, const TrendFigurePlot& plot, const TrendFigurePanel& panel) const
{
    const qreal pt = painter.device() ? painter.device()->logicalDpiY() / 72.0 : 1.0;
    const qreal size = std::clamp(plot.slot() * 0.8, 2 * pt, 5 * pt);
    for (int i = 0; i < plot.buckets; ++i) {
        const TrendBucket& bucket = m_buckets.buckets[std::size_t(i)];
        if (!bucket.worstFinding || *bucket.worstFinding < Severity::Caution)
            continue;
        const qreal top = panel.rect.top() - size - 1 * pt;
        painter.fillPath(trendmarks::finding(plot.x(i), top, size), kFindingColour);
    }
}

void TrendFigure::paintBars(
    QPainter& painter, const TrendFigurePlot& plot, const TrendFigurePanel& panel) const
{
    const qreal width = std::max(plot.slot() * 0.7, plot.slot() > 1 ? 1.0 : plot.slot());
    const auto height = [&](double mg) { return mg / panel.high * panel.rect.height(); };
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < plot.buckets; ++i) {
        const TrendBucket& bucket = m_buckets.buckets[std::size_t(i)];
        // Supplements from zero, so that they meet the supplement limit's line; food above.
        const qreal supplementHeight = height(bucket.supplements.mean.value_or(0));
        const qreal foodHeight = height(bucket.food.mean.value_or(0));
        const qreal left = plot.x(i) - width / 2;
        painter.setBrush(kSupplementColour);
        painter.drawRect(
            QRectF(left, panel.rect.bottom() - supplementHeight, width, supplementHeight));
        painter.setBrush(kFoodColour);
        painter.drawRect(
            QRectF(left, panel.rect.bottom() - supplementHeight - foodHeight, width, foodHeight));
    }
    painter.setBrush(Qt::NoBrush);
}

void TrendFigure::paintReferenceLine(QPainter& painter, const TrendFigurePanel& panel, double mg,
    const QColor& colour, Qt::PenStyle style) const
{
    const qreal pt = painter.device() ? painter.device()->logicalDpiY() / 72.0 : 1.0;
    painter.setPen(QPen(colour, 1.2 * pt, style, Qt::FlatCap));
    const qreal y = panel.y(mg);
    painter.drawLine(QPointF(panel.rect.left(), y), QPointF(panel.rect.right(), y));
}

void TrendFigure::paintDates(QPainter& painter, const TrendFigurePlot& plot, qreal pt) const
{
    if (plot.buckets == 0)
        return;
    const QFontMetricsF metrics(painter.font(), painter.device());
    // Days by day and month, weeks by month and year, four-week means (over more than two
    // years) by year.
    const bool years = m_buckets.daysPerBucket > 7;
    const QString format = years      ? QStringLiteral("yyyy")
        : m_buckets.daysPerBucket > 1 ? QStringLiteral("MMM yyyy")
                                      : QStringLiteral("d MMM");
    const qreal labelWidth
        = metrics.horizontalAdvance(m_locale.toString(QDate(2000, 9, 30), format)) + 10 * pt;
    const int fit = std::max(1, int(plot.width / labelWidth));
    std::vector<QDate> firsts;
    for (int i = 0; i < plot.buckets; ++i)
        firsts.push_back(m_buckets.buckets[std::size_t(i)].first);
    painter.setPen(QPen(kAxisColour, 0.75 * pt));
    qreal lastRight = plot.left - labelWidth;
    // The dates the charts page labels: days a reader counts by, or the first week of a month.
    for (int i : TrendText::labelPoints(firsts, m_buckets.daysPerBucket, fit)) {
        const QDate& first = firsts[std::size_t(i)];
        const qreal x = plot.x(i);
        if (x - labelWidth / 2 < lastRight)
            continue;
        lastRight = x + labelWidth / 2;
        painter.drawLine(QPointF(x, plot.bottom), QPointF(x, plot.bottom + 3 * pt));
        // Labels stay inside the figure: the last one ends at its right edge.
        const qreal labelLeft = std::min(x - labelWidth / 2, plot.left + plot.width - labelWidth);
        painter.drawText(QRectF(labelLeft, plot.bottom + 4 * pt, labelWidth, metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop, m_locale.toString(first, format));
    }
}

} // namespace stilla
