#pragma once

#include <QColor>
#include <QString>

#include <vector>

class QPainter;
class QRectF;

namespace stilla {

/// The trend figure's legend: a swatch and a label for each thing drawn, wrapped into as many
/// rows as the width needs. The figure says what it draws (add...); the legend lays it out.
class FigureLegend
{
public:
    enum class Swatch {
        Box, ///< a filled box: bars, bands, shaded phases
        Line, ///< a line across, in the entry's pen style: reference lines
        Finding, ///< the safety note's triangle (trendmarks::finding)
        BloodTest, ///< the blood test's diamond (trendmarks::bloodTest)
    };

    void add(const QString& label, const QColor& colour, Swatch swatch = Swatch::Box,
        Qt::PenStyle style = Qt::SolidLine);
    bool isEmpty() const { return m_entries.empty(); }

    /// Draws the legend from @p rect's top in the painter's font and @p textColour; @p pt is
    /// one typographic point in device pixels. Returns the bottom of its last row.
    qreal paint(QPainter& painter, const QRectF& rect, qreal pt, const QColor& textColour) const;

private:
    struct Entry
    {
        QString label;
        QColor colour;
        Swatch swatch;
        Qt::PenStyle style;
    };
    static void paintSwatch(QPainter& painter, const Entry& entry, const QRectF& mark, qreal pt);

    std::vector<Entry> m_entries;
};

} // namespace stilla
