#pragma once

#include <QChart>
#include <QColor>
#include <QHash>
#include <QPainterPath>
#include <QPalette>
#include <QPen>

class QChartView;
class QWidget;

namespace stilla {

/// What every Stilla chart shares: a flat, unanimated look that fills its view, numbers in the
/// UI's locale, colours that follow the appearance (System, Light, Dark, High contrast) of the
/// view it is shown in, and a way to start over when the data changes.
class ChartBase : public QChart
{
    Q_OBJECT

public:
    explicit ChartBase(const QString& objectName, QGraphicsItem* parent = nullptr);

    /// A view for @p chart as every page shows one: antialiased, repainted whole, at least
    /// @p minimumHeight high, and focusable so the keyboard reaches it. A ChartBase follows
    /// the view's palette, now and whenever it changes.
    static QChartView* makeView(
        QChart* chart, QWidget* parent, const char* objectName, int minimumHeight = 260);

    /// Colours the chart from @p palette: its background (Base), its texts (Text), axis lines,
    /// grid and legend; the series keep their own colours, which read on light and dark.
    virtual void followPalette(const QPalette& palette);
    /// The light palette of exported and copied charts: a picture in a document or on paper
    /// stays dark on light whatever the appearance on screen.
    static QPalette exportPalette();
    const QPalette& chartPalette() const { return m_palette; }

    bool eventFilter(QObject* watched, QEvent* event) override;

    /// The points a ChartPointer steps through, in order: none unless a chart has them.
    virtual int pointCount() const { return 0; }
    /// What point @p index is, as its tooltip says it; empty for no such point.
    virtual QString describePoint(int /*index*/) const { return {}; }
    /// Where point @p index is, in the chart's coordinates: its tooltip goes there.
    virtual QPointF pointPosition(int /*index*/) const { return {}; }
    /// The mark drawn on point @p index while it is current, in the chart's coordinates.
    virtual QPainterPath pointMarker(int /*index*/) const { return {}; }
    /// How the mark is drawn: a thin dashed line in the text's colour unless a chart says.
    virtual QPen pointMarkerPen() const;

signals:
    /// The mouse came onto point @p index, or left it.
    void pointHovered(int index, bool hovering);
    /// The chart was built anew from new data: its points are others.
    void rebuilt();
    /// The chart was laid out again: pointPosition() and pointMarker() moved.
    void pointsMoved();

protected:
    /// QChart::addAxis, with the axis coloured from the chart's palette; @p titleColour, when
    /// valid, colours its title (a series' colour, so the axis says which line it measures).
    void addAxis(QAbstractAxis* axis, Qt::Alignment alignment, const QColor& titleColour = {});

    /// Removes every series and axis (the chart owns and deletes them) and takes the current
    /// default locale, so rebuilt charts follow a language switch.
    void clearChart();

private:
    void colourAxis(QAbstractAxis* axis) const;

    QPalette m_palette;
    QHash<const QAbstractAxis*, QColor> m_titleColours;
};

} // namespace stilla
