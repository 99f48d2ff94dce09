#include "TrendFigure.h"

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

/// A round upper end for the magnesium axis, so that its four steps are round numbers too:
/// 100, 200, 400, 600, 800, 1000, 2000...
double niceMaximum(double value)
{
    if (value <= 0)
        return 100;
    const double step = value / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    for (double nice : {1.0, 1.5, 2.0, 2.5, 5.0, 10.0}) {
        if (step <= nice * magnitude)
            return 4 * nice * magnitude;
    }
    return 40 * magnitude;
}

QString mgText(const QLocale& locale, double value)
{
    return locale.toString(value, 'f', 0);
}

} // namespace

/// The panels' shared x axis: one slot per bucket.
struct TrendFigure::Plot
{
    qreal left = 0;
    qreal width = 0;
    qreal bottom = 0; ///< the lowest panel's bottom, where the dates go
    int buckets = 0;

    int daysPerBucket = 1;
    QDate firstDay;

    qreal slot() const { return width / std::max(buckets, 1); }
    qreal x(int bucket) const { return left + (bucket + 0.5) * slot(); }
    /// Where day @p date begins on the axis (a bucket's days share its slot evenly).
    qreal xOfDay(const QDate& date) const
    {
        return left + double(firstDay.daysTo(date)) / daysPerBucket * slot();
    }
};

/// One panel: its area, its scale and the steps labelled on it.
struct TrendFigure::Panel
{
    QRectF rect;
    QString title;
    qreal titleGap = 0; ///< room between the title and the panel (the safety marks)
    double low = 0;
    double high = 1;
    std::vector<double> steps;

    qreal y(double value) const
    {
        return rect.bottom() - (value - low) / (high - low) * rect.height();
    }
};

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
        m_severityTitle = tr("RLS severity, 0 none – 10 worst (lower is better)");
        m_sleepTitle = tr("Sleep quality of the night before, 1 very poor – 5 very good "
                          "(higher is better)");
        m_magnesiumTitle = tr("Magnesium a day, mg");
        break;
    case 7:
        m_severityTitle = tr("RLS severity, weekly means, 0 none – 10 worst (lower is better)");
        m_sleepTitle = tr("Sleep quality, weekly means, 1 very poor – 5 very good (higher is "
                          "better)");
        m_magnesiumTitle = tr("Magnesium a day, weekly means, mg");
        break;
    default:
        m_severityTitle = tr("RLS severity, four-week means, 0 none – 10 worst (lower is "
                             "better)");
        m_sleepTitle = tr("Sleep quality, four-week means, 1 very poor – 5 very good (higher is "
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

QSizeF TrendFigure::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    return {format.doubleProperty(kWidthProperty), format.doubleProperty(kHeightProperty)};
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
    const qreal lineHeight = metrics.height();

    const qreal legendBottom = paintLegend(
        painter, QRectF(rect.left(), rect.top() + titleHeight, rect.width(), lineHeight), pt);

    double maximumMg = m_targetMg.value_or(0);
    maximumMg = std::max(maximumMg, m_supplementLimitMg.value_or(0));
    for (const TrendBucket& bucket : m_buckets.buckets) {
        maximumMg = std::max(
            maximumMg, bucket.food.mean.value_or(0) + bucket.supplements.mean.value_or(0));
    }
    maximumMg = niceMaximum(maximumMg);

    const qreal left = metrics.horizontalAdvance(mgText(m_locale, maximumMg)) + 6 * pt;
    const qreal panelTitle = lineHeight * 1.4;
    const qreal marks = lineHeight * 0.8;
    const qreal top = legendBottom + lineHeight * 0.4;
    const qreal bottom = rect.bottom() - lineHeight * 1.6;
    const qreal gap = lineHeight * 0.5;
    // Room for the three titles, the safety marks over severity and the gaps.
    const qreal available = bottom - top - 3 * panelTitle - marks - 2 * gap;
    Plot plot;
    plot.left = rect.left() + left;
    plot.width = rect.width() - left - 2 * pt;
    plot.bottom = bottom;
    plot.buckets = int(m_buckets.buckets.size());
    plot.daysPerBucket = m_buckets.daysPerBucket;
    if (!m_buckets.buckets.empty())
        plot.firstDay = m_buckets.buckets.front().first;

    Panel severity;
    severity.title = m_severityTitle;
    severity.titleGap = marks;
    severity.rect = QRectF(plot.left, top + panelTitle + marks, plot.width, available * 0.36);
    severity.high = 10;
    severity.steps = {0, 5, 10};
    Panel sleep;
    sleep.title = m_sleepTitle;
    sleep.rect = QRectF(
        plot.left, severity.rect.bottom() + gap + panelTitle, plot.width, available * 0.24);
    sleep.low = 1;
    sleep.high = 5;
    sleep.steps = {1, 3, 5};
    Panel magnesium;
    magnesium.title = m_magnesiumTitle;
    magnesium.rect = QRectF(plot.left, sleep.rect.bottom() + gap + panelTitle, plot.width,
        bottom - sleep.rect.bottom() - gap - panelTitle);
    magnesium.high = maximumMg;
    magnesium.steps = {0, maximumMg / 2, maximumMg};

    for (const Panel* panel : {&severity, &sleep, &magnesium})
        paintPhases(painter, plot, panel->rect);
    for (const Panel* panel : {&severity, &sleep, &magnesium})
        paintPanel(painter, plot, *panel);
    if (!hasData()) {
        painter.setPen(kTextColour);
        painter.drawText(severity.rect, Qt::AlignCenter, m_noDataText);
    } else {
        paintLine(painter, plot, severity, &TrendBucket::severity, kSeverityColour,
            m_buckets.daysPerBucket > 1);
        paintFindings(painter, plot, severity);
        paintLine(painter, plot, sleep, &TrendBucket::sleepQuality, kSleepColour, false);
        paintBars(painter, plot, magnesium);
    }
    if (m_targetMg)
        paintReferenceLine(painter, magnesium, *m_targetMg, kTargetColour, Qt::DashLine);
    if (m_supplementLimitMg)
        paintReferenceLine(painter, magnesium, *m_supplementLimitMg, kLimitColour, Qt::DotLine);
    paintBloodTests(painter, plot, pt);
    paintDates(painter, plot, pt);
    painter.restore();
}

void TrendFigure::paintPhases(QPainter& painter, const Plot& plot, const QRectF& area) const
{
    if (!plot.firstDay.isValid())
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

void TrendFigure::paintBloodTests(QPainter& painter, const Plot& plot, qreal pt) const
{
    if (!plot.firstDay.isValid())
        return;
    const qreal size = 3.2 * pt;
    for (const QDate& date : m_bloodTests) {
        const qreal x = plot.xOfDay(date) + plot.slot() / plot.daysPerBucket / 2;
        if (x < plot.left || x > plot.left + plot.width)
            continue;
        QPainterPath diamond;
        const qreal y = plot.bottom;
        diamond.moveTo(x, y - size);
        diamond.lineTo(x + size, y);
        diamond.lineTo(x, y + size);
        diamond.lineTo(x - size, y);
        diamond.closeSubpath();
        painter.fillPath(diamond, kBloodTestColour);
    }
}

void TrendFigure::paintPanel(QPainter& painter, const Plot& plot, const Panel& panel) const
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

qreal TrendFigure::paintLegend(QPainter& painter, const QRectF& rect, qreal pt) const
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal row = metrics.height() * 1.3;
    const qreal swatch = 14 * pt;
    qreal x = rect.left();
    qreal y = rect.top();
    const auto entry = [&](const QString& label, auto drawSwatch) {
        const qreal width = swatch + 4 * pt + metrics.horizontalAdvance(label) + 12 * pt;
        if (x > rect.left() && x + width > rect.right()) {
            x = rect.left();
            y += row;
        }
        const QRectF mark(x, y + (row - swatch * 0.6) / 2, swatch, swatch * 0.6);
        drawSwatch(mark);
        painter.setPen(kTextColour);
        painter.drawText(
            QRectF(x + swatch + 4 * pt, y, width, row), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += width;
    };
    const auto line = [&](const QColor& colour, Qt::PenStyle style) {
        return [&painter, colour, style, pt](const QRectF& mark) {
            painter.setPen(QPen(colour, 1.4 * pt, style, Qt::FlatCap));
            painter.drawLine(
                QPointF(mark.left(), mark.center().y()), QPointF(mark.right(), mark.center().y()));
        };
    };
    const auto box = [&painter](const QColor& colour) {
        return [&painter, colour](const QRectF& mark) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawRect(mark);
            painter.setBrush(Qt::NoBrush);
        };
    };
    if (m_buckets.daysPerBucket > 1) {
        QColor band = kSeverityColour;
        band.setAlphaF(0.22);
        entry(m_bandLabel, box(band));
    }
    entry(m_findingLabel, [&painter](const QRectF& mark) {
        const qreal size = mark.height();
        QPainterPath triangle;
        triangle.moveTo(mark.center().x() - size / 2, mark.top());
        triangle.lineTo(mark.center().x() + size / 2, mark.top());
        triangle.lineTo(mark.center().x(), mark.bottom());
        triangle.closeSubpath();
        painter.fillPath(triangle, kFindingColour);
    });
    entry(m_supplementLabel, box(kSupplementColour));
    entry(m_foodLabel, box(kFoodColour));
    if (m_targetMg)
        entry(m_targetLabel, line(kTargetColour, Qt::DashLine));
    if (m_supplementLimitMg)
        entry(m_limitLabel, line(kLimitColour, Qt::DotLine));
    if (!m_phases.empty()) {
        entry(m_withoutLabel, box(kPhaseAColour));
        entry(m_withLabel, box(kPhaseBColour));
    }
    if (!m_bloodTests.empty()) {
        entry(m_bloodTestLabel, [&painter](const QRectF& mark) {
            const qreal half = mark.height() / 2;
            QPainterPath diamond;
            diamond.moveTo(mark.center().x(), mark.top());
            diamond.lineTo(mark.center().x() + half, mark.center().y());
            diamond.lineTo(mark.center().x(), mark.bottom());
            diamond.lineTo(mark.center().x() - half, mark.center().y());
            diamond.closeSubpath();
            painter.fillPath(diamond, kBloodTestColour);
        });
    }
    return y + row;
}

void TrendFigure::paintLine(QPainter& painter, const Plot& plot, const Panel& panel,
    BucketValue TrendBucket::*field, const QColor& colour, bool band) const
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

void TrendFigure::paintFindings(QPainter& painter, const Plot& plot, const Panel& panel) const
{
    const qreal pt = painter.device() ? painter.device()->logicalDpiY() / 72.0 : 1.0;
    const qreal size = std::clamp(plot.slot() * 0.8, 2 * pt, 5 * pt);
    for (int i = 0; i < plot.buckets; ++i) {
        const TrendBucket& bucket = m_buckets.buckets[std::size_t(i)];
        if (!bucket.worstFinding || *bucket.worstFinding < Severity::Caution)
            continue;
        QPainterPath triangle;
        const qreal top = panel.rect.top() - size - 1 * pt;
        triangle.moveTo(plot.x(i) - size / 2, top);
        triangle.lineTo(plot.x(i) + size / 2, top);
        triangle.lineTo(plot.x(i), top + size);
        triangle.closeSubpath();
        painter.fillPath(triangle, kFindingColour);
    }
}

void TrendFigure::paintBars(QPainter& painter, const Plot& plot, const Panel& panel) const
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

void TrendFigure::paintReferenceLine(QPainter& painter, const Panel& panel, double mg,
    const QColor& colour, Qt::PenStyle style) const
{
    const qreal pt = painter.device() ? painter.device()->logicalDpiY() / 72.0 : 1.0;
    painter.setPen(QPen(colour, 1.2 * pt, style, Qt::FlatCap));
    const qreal y = panel.y(mg);
    painter.drawLine(QPointF(panel.rect.left(), y), QPointF(panel.rect.right(), y));
}

void TrendFigure::paintDates(QPainter& painter, const Plot& plot, qreal pt) const
{
    if (plot.buckets == 0)
        return;
    const QFontMetricsF metrics(painter.font(), painter.device());
    // Days and weeks by day and month; four-week means, over more than two years, by year.
    const bool years = m_buckets.daysPerBucket > 7;
    const QString format = years      ? QStringLiteral("yyyy")
        : m_buckets.daysPerBucket > 1 ? QStringLiteral("MMM yyyy")
                                      : QStringLiteral("d MMM");
    const qreal labelWidth
        = metrics.horizontalAdvance(m_locale.toString(QDate(2000, 9, 30), format)) + 10 * pt;
    const int fit = std::max(1, int(plot.width / labelWidth));
    const int step = std::max(1, int(std::ceil(double(plot.buckets) / fit)));
    painter.setPen(QPen(kAxisColour, 0.75 * pt));
    int lastYear = 0;
    qreal lastRight = plot.left - labelWidth;
    for (int i = 0; i < plot.buckets; i += years ? 1 : step) {
        const QDate first = m_buckets.buckets[std::size_t(i)].first;
        if (years && first.year() == lastYear)
            continue;
        lastYear = first.year();
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
