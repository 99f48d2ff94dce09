#pragma once

#include <QtGlobal>

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
};

} // namespace stilla
