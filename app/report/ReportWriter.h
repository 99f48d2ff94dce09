#pragma once

#include "ReportDocument.h"

#include <QList>
#include <QString>
#include <QTextCharFormat>
#include <QTextCursor>

class QTextBlockFormat;
class QTextDocument;
class QTextTable;

namespace stilla {

/// The cursor and the formats of one report being written: titles, headings, paragraphs,
/// tables with thin rules and the trend figure, in the report's font. Margins and paddings are
/// given in points.
class ReportWriter
{
public:
    ReportWriter(QTextDocument& document, const ReportDocument::Style& style);

    void title(const QString& text);
    /// A section heading; @p newPage starts it on a new page.
    void heading(const QString& text, bool newPage = false);
    void paragraph(const QString& text, bool muted = false);

    /// A table over the full width; the first row is the header (bold, shaded, repeated on
    /// every page) when @p header is set. Column widths in percent; fitColumns() instead sets
    /// them from the text once the cells are filled.
    QTextTable* table(int rows, const QList<qreal>& widths, bool header);
    void cell(QTextTable* table, int row, int column, const QString& text, bool bold = false,
        Qt::Alignment alignment = Qt::AlignLeft);
    /// A second, quieter line in a cell.
    void cellNote(QTextTable* table, int row, int column, const QString& text);
    /// Widths that follow the text, so that nothing breaks inside a word in either language:
    /// every column but the last is as wide as its widest header word and its widest data
    /// cell (kept on one line); the last column takes the rest of the width. A column that
    /// would be wider than @p wrapShare of the text width is made that wide (or as wide as its
    /// widest word) and its cells wrap between words.
    void fitColumns(QTextTable* table, qreal wrapShare = 1.0) const;
    /// Leaves the tables: the next block goes after them.
    void leaveTable();

    /// The trend figure, @p size in the layout device's pixels.
    void figure(const QSizeF& size);

    const ReportDocument::Style& style() const { return m_style; }

private:
    QTextCharFormat charFormat(qreal scale, QFont::Weight weight, const QColor& colour) const;
    QTextBlockFormat blockFormat(qreal top, qreal bottom, int headingLevel = 0) const;

    QTextCursor m_cursor;
    ReportDocument::Style m_style;
    QTextCharFormat m_body, m_muted, m_small, m_smallBold, m_smallMuted, m_title, m_heading;
};

} // namespace stilla
