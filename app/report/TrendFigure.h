#pragma once

#include "core/experiment/ExperimentPlan.h"
#include "core/safety/Finding.h"
#include "core/stats/DailySeries.h"
#include "core/stats/TrendBuckets.h"

#include <QFont>
#include <QLocale>
#include <QObject>
#include <QSizeF>
#include <QString>
#include <QTextObjectInterface>

#include <map>
#include <optional>
#include <vector>

class QFontMetricsF;
class QPainter;
class QTextCharFormat;

namespace stilla {

class FigureLegend;
struct TrendFigureLayout;
struct TrendFigurePanel;
struct TrendFigurePlot;

/// The report's trend figure, drawn with QPainter so it stays sharp in a PDF and needs no
/// widgets: three panels over one date axis, each with its own honest scale and a title that
/// says which way is better: RLS severity (0-10) with a mark over days with a safety note that
/// asks for care (caution or more), sleep quality (1-5), and magnesium a day as stacked bars
/// (supplements from zero, food above them) with the daily target and the upper limit for
/// supplements as lines. Periods over 120 days are drawn as weekly means and over two years as
/// four-week means (TrendBuckets), with the middle half of the days as a band around the
/// severity line. Days without a value are gaps, never zeros.
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
    /// Lines across the magnesium panel: the daily target for food and supplements together,
    /// and the upper limit for supplements, which the supplement bars (drawn from zero) meet.
    void setReferenceLines(std::optional<double> targetMg, std::optional<double> supplementLimitMg);
    /// A self-experiment's phases, shaded behind the three panels (without magnesium grey, with
    /// it teal), and the days of blood tests, marked on the date axis.
    void setPhases(std::vector<PhaseSpan> phases);
    void setBloodTests(std::vector<QDate> dates);

    /// Draws the figure into @p rect. Sizes of text and lines are in points of @p painter's
    /// device, so it looks the same on a PDF, a printer or an image.
    void paint(QPainter& painter, const QRectF& rect) const;

    /// Makes @p document draw this figure for its objects of kObjectType.
    void registerWith(QTextDocument& document);
    /// The format of the figure's object, @p size in the document's device pixels.
    static QTextCharFormat objectFormat(const QSizeF& size);
    /// The size @p format (made by objectFormat()) gives the figure.
    static QSizeF objectSize(const QTextFormat& format);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
        const QTextFormat& format) override;

private:
    /// The three panels and their shared date axis in @p area (below the legend), with room
    /// for the titles, the safety marks and the dates.
    TrendFigureLayout layOut(const QRectF& area, const QFontMetricsF& metrics, qreal pt) const;
    /// What the figure draws, for its legend.
    FigureLegend legend() const;
    void paintPanel(
        QPainter& painter, const TrendFigurePlot& plot, const TrendFigurePanel& panel) const;
    void paintLine(QPainter& painter, const TrendFigurePlot& plot, const TrendFigurePanel& panel,
        BucketValue TrendBucket::*field, const QColor& colour, bool band) const;
    void paintFindings(
        QPainter& painter, const TrendFigurePlot& plot, const TrendFigurePanel& panel) const;
    void paintBars(
        QPainter& painter, const TrendFigurePlot& plot, const TrendFigurePanel& panel) const;
    void paintReferenceLine(QPainter& painter, const TrendFigurePanel& panel, double mg,
        const QColor& colour, Qt::PenStyle) const;
    void paintDates(QPainter& painter, const TrendFigurePlot& plot, qreal pt) const;
    void paintPhases(QPainter& painter, const TrendFigurePlot& plot, const QRectF& area) const;
    void paintBloodTests(QPainter& painter, const TrendFigurePlot& plot, qreal pt) const;
    bool hasData() const;

    TrendBuckets m_buckets;
    QLocale m_locale;
    QString m_title;
    QFont m_titleFont;
    std::optional<double> m_targetMg;
    std::optional<double> m_supplementLimitMg;
    std::vector<PhaseSpan> m_phases;
    std::vector<QDate> m_bloodTests;
    QString m_severityTitle;
    QString m_sleepTitle;
    QString m_magnesiumTitle;
    QString m_bandLabel;
    QString m_foodLabel;
    QString m_supplementLabel;
    QString m_targetLabel;
    QString m_limitLabel;
    QString m_findingLabel;
    QString m_withoutLabel;
    QString m_withLabel;
    QString m_bloodTestLabel;
    QString m_noDataText;
};

} // namespace stilla
