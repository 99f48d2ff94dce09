#pragma once

#include <QPainterPath>
#include <QPointF>

namespace stilla::trendmarks {

/// The trend figure's mark over a day with a safety note: a triangle pointing down, @p size
/// wide and high, its top edge at @p top, centred on @p centreX.
inline QPainterPath finding(qreal centreX, qreal top, qreal size)
{
    QPainterPath triangle;
    triangle.moveTo(centreX - size / 2, top);
    triangle.lineTo(centreX + size / 2, top);
    triangle.lineTo(centreX, top + size);
    triangle.closeSubpath();
    return triangle;
}

/// The trend figure's mark for a blood test: a diamond around @p centre, @p half from it to each
/// corner.
inline QPainterPath bloodTest(const QPointF& centre, qreal half)
{
    QPainterPath diamond;
    diamond.moveTo(centre.x(), centre.y() - half);
    diamond.lineTo(centre.x() + half, centre.y());
    diamond.lineTo(centre.x(), centre.y() + half);
    diamond.lineTo(centre.x() - half, centre.y());
    diamond.closeSubpath();
    return diamond;
}

} // namespace stilla::trendmarks
