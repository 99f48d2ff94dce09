#pragma once

#include <QAbstractTextDocumentLayout>
#include <QtGlobal>

class QPainter;
class QTextDocument;

namespace stilla {

/// What QTextDocument lacks for the report's pages, applied once the document is laid out on
/// pages @p pageHeight high (in document units).
class ReportPagination
{
public:
    /// QTextDocument has no "keep with next": a section heading with less than @p room left
    /// below it on its page starts the next page instead.
    static void keepHeadingsWithText(QTextDocument& document, qreal pageHeight, qreal room);
    /// Nor does it keep a table row on one page: a row that would cross into the next page is
    /// pushed down to start there, with extra top padding in its cells. @p formatUnit is one
    /// unit of a format's padding (1/96 inch) in document units.
    static void keepRowsTogether(QTextDocument& document, qreal pageHeight, qreal formatUnit);
    /// The trend figure belongs on the first page, below the figures it draws. When the first
    /// page is too full for it (lab results and a self-experiment make it long) and it would
    /// end on the second, it is made as much shorter as it must be, down to @p shortest of its
    /// height; below that it keeps its height and goes to the second page, as before.
    static void fitFigureOnFirstPage(QTextDocument& document, qreal pageHeight, qreal shortest);
    /// Draws page @p index (0 first) of @p document, laid out on pages @p pageHeight high, on
    /// @p painter translated to the page's place in the document (@p context's clip that page).
    /// Qt draws every line of a paragraph that runs over a page break on both pages, the lines
    /// that are not on the page clipped away but their text still in the file: a search or a
    /// screen reader found the lines around each break twice. A paragraph over a break is left
    /// out of Qt's drawing and its lines on the page are drawn here.
    static void drawPage(QPainter& painter, QTextDocument& document,
        const QAbstractTextDocumentLayout::PaintContext& context, int index, qreal pageHeight);
};

} // namespace stilla
