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

struct TrendFigure::Plot
{
    QRectF lines; ///< the severity/sleep panel
    QRectF bars; ///< the magnesium panel
    int days = 0;

    qreal slot() const { return lines.width() / std::max(days, 1); }
    qreal x(int day) const { return lines.left() + (day + 0.5) * slot(); }
    /// Severity 0..10 (or sleep quality times two) to y in the lines panel.
    qreal lineY(double value) const { return lines.bottom() - value / 10.0 * lines.height(); }
};

TrendFigure::TrendFigure(DailySeries series, std::map<QDate, Severity> worstFinding,
    const QLocale& locale, QObject* parent)
    : QObject(parent)
    , m_series(std::move(series))
    , m_worstFinding(std::move(worstFinding))
    , m_locale(locale)
    , m_severityLabel(tr("RLS severity (0–10, left scale)"))
    , m_sleepLabel(tr("Sleep quality of the night before (1–5, right scale)"))
    , m_foodLabel(tr("Magnesium from food (mg)"))
    , m_supplementLabel(tr("Magnesium from supplements (mg)"))
    , m_findingLabel(tr("Day with a safety note"))
    , m_noDataText(tr("No days logged in this period."))
{ }

void TrendFigure::setTitle(const QString& title, const QFont& font)
{
    m_title = title;
    m_titleFont = font;
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

    const QRectF legend(rect.left(), rect.top() + titleHeight, rect.width(), lineHeight * 2.6);
    paintLegend(painter, legend, pt);

    double maximumMg = 0;
    for (const DailyPoint& point : m_series.days)
        maximumMg = std::max(maximumMg, point.magnesiumTotalMg.value_or(0));
    maximumMg = niceMaximum(maximumMg);

    const qreal left = metrics.horizontalAdvance(mgText(m_locale, maximumMg)) + 6 * pt;
    const qreal right = metrics.horizontalAdvance(QStringLiteral("5")) + 6 * pt;
    const qreal top = legend.bottom() + lineHeight; // room for the finding marks
    const qreal bottom = rect.bottom() - lineHeight * 1.6;
    const qreal gap = lineHeight * 1.2;
    const qreal available = bottom - top - gap;
    Plot plot;
    plot.days = int(m_series.days.size());
    plot.lines = QRectF(rect.left() + left, top, rect.width() - left - right, available * 0.56);
    plot.bars = QRectF(plot.lines.left(), plot.lines.bottom() + gap, plot.lines.width(),
        available - plot.lines.height());

    // Grids and scales.
    painter.setPen(QPen(kGridColour, 0.5 * pt));
    for (int step = 0; step <= 5; ++step) {
        const qreal y = plot.lineY(step * 2.0);
        painter.drawLine(QPointF(plot.lines.left(), y), QPointF(plot.lines.right(), y));
    }
    for (int step = 0; step <= 4; ++step) {
        const qreal y = plot.bars.bottom() - step / 4.0 * plot.bars.height();
        painter.drawLine(QPointF(plot.bars.left(), y), QPointF(plot.bars.right(), y));
    }
    painter.setPen(kAxisColour);
    const qreal labelHeight = lineHeight;
    for (int step = 0; step <= 5; ++step) {
        const qreal y = plot.lineY(step * 2.0);
        painter.drawText(QRectF(rect.left(), y - labelHeight / 2, left - 4 * pt, labelHeight),
            Qt::AlignRight | Qt::AlignVCenter, m_locale.toString(step * 2));
        if (step > 0) {
            painter.drawText(QRectF(plot.lines.right() + 4 * pt, y - labelHeight / 2,
                                 right - 4 * pt, labelHeight),
                Qt::AlignLeft | Qt::AlignVCenter, m_locale.toString(step));
        }
    }
    for (int step = 0; step <= 4; ++step) {
        const qreal y = plot.bars.bottom() - step / 4.0 * plot.bars.height();
        painter.drawText(QRectF(rect.left(), y - labelHeight / 2, left - 4 * pt, labelHeight),
            Qt::AlignRight | Qt::AlignVCenter, mgText(m_locale, maximumMg * step / 4.0));
    }
    painter.setPen(QPen(kAxisColour, 0.75 * pt));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot.lines);
    painter.drawLine(plot.bars.bottomLeft(), plot.bars.bottomRight());
    painter.drawLine(plot.bars.bottomLeft(), plot.bars.topLeft());

    if (m_series.days.empty()
        || std::all_of(m_series.days.begin(), m_series.days.end(), [](const DailyPoint& point) {
               return !point.severity && !point.sleepQuality && !point.magnesiumTotalMg;
           })) {
        painter.setPen(kTextColour);
        painter.drawText(plot.lines, Qt::AlignCenter, m_noDataText);
    } else {
        paintBars(painter, plot, maximumMg);
        paintLines(painter, plot);
    }
    paintDates(painter, plot, pt);
    painter.restore();
}

void TrendFigure::paintLegend(QPainter& painter, const QRectF& rect, qreal pt) const
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal row = metrics.height() * 1.3;
    const qreal swatch = 14 * pt;
    qreal x = rect.left();
    qreal y = rect.top();
    const auto entry = [&](const QString& label, auto drawSwatch) {
        const qreal width = swatch + 4 * pt + metrics.horizontalAdvance(label) + 14 * pt;
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
            painter.setPen(QPen(colour, 1.6 * pt, style, Qt::FlatCap));
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
    entry(m_severityLabel, line(kSeverityColour, Qt::SolidLine));
    entry(m_sleepLabel, line(kSleepColour, Qt::DashLine));
    entry(m_foodLabel, box(kFoodColour));
    entry(m_supplementLabel, box(kSupplementColour));
    entry(m_findingLabel, [&painter](const QRectF& mark) {
        const qreal size = mark.height();
        QPainterPath triangle;
        triangle.moveTo(mark.center().x() - size / 2, mark.top());
        triangle.lineTo(mark.center().x() + size / 2, mark.top());
        triangle.lineTo(mark.center().x(), mark.bottom());
        triangle.closeSubpath();
        painter.fillPath(triangle, kFindingColour);
    });
}

void TrendFigure::paintLines(QPainter& painter, const Plot& plot) const
{
    const qreal pt = painter.device() ? painter.device()->logicalDpiY() / 72.0 : 1.0;
    const qreal radius = std::clamp(plot.slot() * 0.3, 0.6 * pt, 1.8 * pt);
    const auto draw = [&](std::optional<double> DailyPoint::*field, double scale,
                          const QColor& colour, Qt::PenStyle style) {
        painter.setPen(QPen(colour, 1.4 * pt, style, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath path;
        bool drawing = false;
        for (int i = 0; i < plot.days; ++i) {
            const std::optional<double>& value = m_series.days[std::size_t(i)].*field;
            if (!value) {
                drawing = false;
                continue;
            }
            const QPointF point(plot.x(i), plot.lineY(*value * scale));
            if (drawing)
                path.lineTo(point);
            else
                path.moveTo(point);
            drawing = true;
        }
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        for (int i = 0; i < plot.days; ++i) {
            if (const std::optional<double>& value = m_series.days[std::size_t(i)].*field)
                painter.drawEllipse(QPointF(plot.x(i), plot.lineY(*value * scale)), radius, radius);
        }
        painter.setBrush(Qt::NoBrush);
    };
    // Sleep quality 1-5 shares the grid with severity 0-10: quality q sits at severity 2q.
    draw(&DailyPoint::sleepQuality, 2.0, kSleepColour, Qt::DashLine);
    draw(&DailyPoint::severity, 1.0, kSeverityColour, Qt::SolidLine);

    const qreal size = std::clamp(plot.slot() * 0.8, 3 * pt, 6 * pt);
    for (int i = 0; i < plot.days; ++i) {
        const auto found = m_worstFinding.find(m_series.days[std::size_t(i)].date);
        if (found == m_worstFinding.end() || found->second < Severity::Caution)
            continue;
        QPainterPath triangle;
        const qreal top = plot.lines.top() - size - 1 * pt;
        triangle.moveTo(plot.x(i) - size / 2, top);
        triangle.lineTo(plot.x(i) + size / 2, top);
        triangle.lineTo(plot.x(i), top + size);
        triangle.closeSubpath();
        painter.fillPath(triangle, kFindingColour);
    }
}

void TrendFigure::paintBars(QPainter& painter, const Plot& plot, double maximum) const
{
    const qreal width = std::max(plot.slot() * 0.7, plot.slot() > 1 ? 1.0 : plot.slot());
    const auto height = [&](double mg) { return mg / maximum * plot.bars.height(); };
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < plot.days; ++i) {
        const DailyPoint& point = m_series.days[std::size_t(i)];
        const double food = point.magnesiumFoodMg.value_or(0);
        const double supplements = point.magnesiumSupplementMg.value_or(0);
        const qreal left = plot.x(i) - width / 2;
        const qreal foodHeight = height(food);
        painter.setBrush(kFoodColour);
        painter.drawRect(QRectF(left, plot.bars.bottom() - foodHeight, width, foodHeight));
        painter.setBrush(kSupplementColour);
        const qreal supplementHeight = height(supplements);
        painter.drawRect(QRectF(
            left, plot.bars.bottom() - foodHeight - supplementHeight, width, supplementHeight));
    }
    painter.setBrush(Qt::NoBrush);
}

void TrendFigure::paintDates(QPainter& painter, const Plot& plot, qreal pt) const
{
    if (plot.days == 0)
        return;
    const QFontMetricsF metrics(painter.font(), painter.device());
    const QString format = QStringLiteral("d MMM");
    const qreal labelWidth
        = metrics.horizontalAdvance(m_locale.toString(QDate(2000, 9, 30), format)) + 10 * pt;
    const int fit = std::max(1, int(plot.bars.width() / labelWidth));
    const int step = std::max(1, int(std::ceil(double(plot.days) / fit)));
    painter.setPen(QPen(kAxisColour, 0.75 * pt));
    for (int i = 0; i < plot.days; i += step) {
        const qreal x = plot.x(i);
        painter.drawLine(QPointF(x, plot.bars.bottom()), QPointF(x, plot.bars.bottom() + 3 * pt));
        painter.drawLine(QPointF(x, plot.lines.bottom()), QPointF(x, plot.lines.bottom() + 3 * pt));
        const QString text = m_locale.toString(m_series.days[std::size_t(i)].date, format);
        painter.drawText(
            QRectF(x - labelWidth / 2, plot.bars.bottom() + 4 * pt, labelWidth, metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop, text);
    }
}

} // namespace stilla
