#include "FigureLegend.h"

#include "TrendMarks.h"

#include <QFontMetricsF>
#include <QPainter>

namespace stilla {

void FigureLegend::add(
    const QString& label, const QColor& colour, Swatch swatch, Qt::PenStyle style)
{
    m_entries.push_back({label, colour, swatch, style});
}

qreal FigureLegend::paint(
    QPainter& painter, const QRectF& rect, qreal pt, const QColor& textColour) const
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal row = metrics.height() * 1.3;
    const qreal swatch = 14 * pt;
    qreal x = rect.left();
    qreal y = rect.top();
    for (const Entry& entry : m_entries) {
        const qreal width = swatch + 4 * pt + metrics.horizontalAdvance(entry.label) + 12 * pt;
        if (x > rect.left() && x + width > rect.right()) {
            x = rect.left();
            y += row;
        }
        paintSwatch(
            painter, entry, QRectF(x, y + (row - swatch * 0.6) / 2, swatch, swatch * 0.6), pt);
        painter.setPen(textColour);
        painter.drawText(QRectF(x + swatch + 4 * pt, y, width, row),
            Qt::AlignLeft | Qt::AlignVCenter, entry.label);
        x += width;
    }
    return y + row;
}

void FigureLegend::paintSwatch(QPainter& painter, const Entry& entry, const QRectF& mark, qreal pt)
{
    switch (entry.swatch) {
    case Swatch::Box:
        painter.setPen(Qt::NoPen);
        painter.setBrush(entry.colour);
        painter.drawRect(mark);
        painter.setBrush(Qt::NoBrush);
        break;
    case Swatch::Line:
        painter.setPen(QPen(entry.colour, 1.4 * pt, entry.style, Qt::FlatCap));
        painter.drawLine(
            QPointF(mark.left(), mark.center().y()), QPointF(mark.right(), mark.center().y()));
        break;
    case Swatch::Finding:
        painter.fillPath(
            trendmarks::finding(mark.center().x(), mark.top(), mark.height()), entry.colour);
        break;
    case Swatch::BloodTest:
        painter.fillPath(trendmarks::bloodTest(mark.center(), mark.height() / 2), entry.colour);
        break;
    }
}

} // namespace stilla
