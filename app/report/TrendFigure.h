#pragma once

#include "safety/Finding.h"
#include "stats/DailySeries.h"

#include <QFont>
#include <QLocale>
#include <QObject>
#include <QSizeF>
#include <QString>
#include <QTextObjectInterface>

#include <map>

class QPainter;
class QTextCharFormat;

namespace stilla {

/// The report's trend figure, drawn with QPainter so it stays sharp in a PDF and needs no
/// widgets: RLS severity and sleep quality as lines (severity 0-10 on the left axis, sleep
/// quality 1-5 on the right, sharing the grid), magnesium from food and from supplements as
/// stacked bars below, and a mark over days with a safety note that asks for care (caution or
/// more). Days without a value are gaps, never zeros.
///
/// It is also the handler for the figure's object in the report's QTextDocument: register it
/// with registerWith() and insert objectFormat() with QChar::ObjectReplacementCharacter.
/// Texts (legend, dates) are taken when it is constructed, in the language installed then.
class TrendFigure final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;

    TrendFigure(DailySeries series, std::map<QDate, Severity> worstFinding, const QLocale& locale,
        QObject* parent = nullptr);

    /// A title drawn above the legend, in @p font (its point size is kept).
    void setTitle(const QString& title, const QFont& font);

    /// Draws the figure into @p rect. Sizes of text and lines are in points of @p painter's
    /// device, so it looks the same on a PDF, a printer or an image.
    void paint(QPainter& painter, const QRectF& rect) const;

    /// Makes @p document draw this figure for its objects of kObjectType.
    void registerWith(QTextDocument& document);
    /// The format of the figure's object, @p size in the document's device pixels.
    static QTextCharFormat objectFormat(const QSizeF& size);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
        const QTextFormat& format) override;

private:
    struct Plot;
    void paintLegend(QPainter& painter, const QRectF& rect, qreal pt) const;
    void paintLines(QPainter& painter, const Plot& plot) const;
    void paintBars(QPainter& painter, const Plot& plot, double maximum) const;
    void paintDates(QPainter& painter, const Plot& plot, qreal pt) const;

    DailySeries m_series;
    std::map<QDate, Severity> m_worstFinding;
    QLocale m_locale;
    QString m_title;
    QFont m_titleFont;
    QString m_severityLabel;
    QString m_sleepLabel;
    QString m_foodLabel;
    QString m_supplementLabel;
    QString m_findingLabel;
    QString m_noDataText;
};

} // namespace stilla
