#pragma once

#include "ChartBase.h"

#include <QFontMetricsF>

#include <optional>
#include <utility>
#include <vector>

class QAbstractSeries;
class QAreaSeries;
class QLineSeries;
class QXYSeries;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace stilla {

/// One panel of the trend over time (TrendChart): a chart with its own value scale and a
/// heading over its plot area that says what it shows and which way is better. The panels of a
/// trend share one run of points along x (point i at x = i); only the bottom one shows the
/// dates. TrendChart stacks them and lines their plot areas up (place()).
class TrendPanel final : public ChartBase
{
    Q_OBJECT

public:
    TrendPanel(const QString& objectName, QGraphicsItem* parent);

    /// Starts over with @p count points: removes every series and axis, sets the heading, and
    /// adds the x axis, which the bottom panel shows as @p dates (labelled at their points,
    /// titled when @p datesTitle is not empty) and the others hide.
    void start(int count, const QString& heading, bool showDates);
    /// Labels the date axis (the bottom panel): @p label at point @p index.
    void addDateLabel(const QString& label, int index);
    void setDatesTitle(const QString& title);
    /// A value axis from @p min to @p max with @p ticks ticks, its labels in @p format
    /// (printf-style, e.g. "%.0f h"), with grid lines or without.
    QValueAxis* addValueAxis(double min, double max, int ticks, const QString& format,
        Qt::Alignment alignment, bool grid);
    /// Adds @p series on the panel's x axis and @p y. Bars are attached to @p x instead.
    void addOnAxes(QAbstractSeries* series, QAbstractAxis* y, QAbstractAxis* x = nullptr);
    /// Draws @p values (point i at x = i) against @p axis: each run of consecutive values a
    /// line, a gap a break in it, a lone value between gaps a dot so that it is not lost.
    std::vector<QXYSeries*> addRuns(const std::vector<std::optional<double>>& values,
        QValueAxis* axis, const QColor& colour, const QString& name, Qt::PenStyle style);
    /// Draws a band between each point's two values (lower, upper) against @p axis, one area
    /// per run of points that have them.
    std::vector<QAreaSeries*> addBands(
        const std::vector<std::optional<std::pair<double, double>>>& spreads, QValueAxis* axis,
        const QColor& colour, const QString& name, const char* objectName);
    /// A level line across the whole panel at @p value (a target, a limit).
    QLineSeries* addLevel(double value, QValueAxis* axis, const QColor& colour, Qt::PenStyle style,
        const QString& name, const char* objectName);
    /// Shades each span of x (from, to) over the axis's whole height, in one area, behind
    /// what is added after it; its edge a firmer @p colour, so that borders and swatch show.
    QAreaSeries* addShading(const std::vector<std::pair<double, double>>& spans, QValueAxis* axis,
        const QColor& colour, const QString& name, const char* objectName);
    int count() const { return m_count; }
    using ChartBase::addAxis;

    /// The height the bottom panel's dates need beyond the others' (an estimate, for sharing
    /// the height out: QtCharts lays the axis out itself).
    qreal datesHeight() const;
    /// Places the panel at @p geometry (in its parent's coordinates) with margins that make
    /// its plot area start @p left from its left edge and end @p right from its right edge, as
    /// the other panels' do, so that their points stand one above the other whatever their
    /// scales. The panel lays itself out when Qt next handles its layout requests.
    void place(const QRectF& geometry, qreal left, qreal right);
    /// The room above the plot area for the heading in a panel @p width wide whose plot area
    /// starts @p left from its edge: one line, or two where one would be cut.
    qreal headingHeight(qreal width, qreal left) const;
    /// The heading as drawn: in one line, or broken between words into two where the line is
    /// wider than @p width, the second cut short with "…" only if it is too wide as well.
    static QString wrapHeading(const QString& text, const QFontMetricsF& metrics, qreal width);
    /// The heading as drawn, and where (in the panel's coordinates).
    QString headingText() const;
    QRectF headingRect() const;
    /// The room its axes and their labels take beside the plot area, as last laid out.
    qreal axesLeft() const { return m_axesLeft; }
    qreal axesRight() const { return m_axesRight; }

    void followPalette(const QPalette& palette) override;

signals:
    /// The room the axes take changed (new labels): the panels must be lined up again.
    void axesResized();

private:
    void laidOut();
    void placeHeading();
    /// The room a heading as drawn (wrapHeading()) takes above the plot area.
    static qreal heightOf(const QString& drawn, const QFontMetricsF& metrics);

    QGraphicsSimpleTextItem* m_heading;
    QString m_headingText; ///< the whole heading, however it is broken into lines
    QAbstractAxis* m_x = nullptr;
    int m_count = 0;
    bool m_showDates = false;
    qreal m_axesLeft = 0;
    qreal m_axesRight = 0;
};

} // namespace stilla
