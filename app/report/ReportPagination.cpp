#include "ReportPagination.h"

#include "TrendFigure.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace stilla {

void ReportPagination::keepHeadingsWithText(QTextDocument& document, qreal pageHeight, qreal room)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        if (pageHeight - std::fmod(rect.top(), pageHeight) >= room)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

void ReportPagination::keepRowsTogether(QTextDocument& document, qreal pageHeight, qreal formatUnit)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        // Where the text of a row starts and ends, in document units.
        const auto span = [&](int row) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = std::numeric_limits<qreal>::lowest();
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                top = std::min(
                    top, layout->blockBoundingRect(document.findBlock(cell.firstPosition())).top());
                bottom = std::max(bottom,
                    layout->blockBoundingRect(document.findBlock(cell.lastPosition())).bottom());
            }
            return std::pair {top, bottom};
        };
        const auto setTopPadding = [&](int row, qreal padding) {
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                QTextTableCellFormat format = cell.format().toTableCellFormat();
                format.setTopPadding(padding);
                cell.setFormat(format);
            }
        };
        const qreal padding = table->format().cellPadding();
        const int headerRows = table->format().headerRowCount();
        for (int row = headerRows; row < table->rows(); ++row) {
            const auto [top, bottom] = span(row);
            const qreal pageEnd = (std::floor(top / pageHeight) + 1) * pageHeight;
            if (bottom <= pageEnd || bottom - top >= pageHeight)
                continue;
            // The row then starts on the next page, below the repeated header; the space
            // left at the foot of the page stays empty.
            setTopPadding(row, padding + (pageEnd - top) / formatUnit + 1);
        }
    }
}

void ReportPagination::fitFigureOnFirstPage(
    QTextDocument& document, qreal pageHeight, qreal shortest)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const qsizetype at = block.text().indexOf(QChar::ObjectReplacementCharacter);
        if (at < 0)
            continue;
        QTextCursor figure(block);
        figure.setPosition(block.position() + int(at));
        figure.setPosition(block.position() + int(at) + 1, QTextCursor::KeepAnchor);
        const QTextCharFormat format = figure.charFormat();
        if (format.objectType() != TrendFigure::kObjectType || !block.previous().isValid()
            || layout->blockBoundingRect(block.previous()).bottom() >= pageHeight)
            return;
        const QSizeF size = TrendFigure::objectSize(format);
        QSizeF fitted = size;
        // The figure's block ends past the first page, on it or (pushed down) on the second:
        // shorten it by what sticks out (as it would stand on the first page), and again if the
        // layout's rounding leaves a little.
        for (int attempt = 0; attempt < 3; ++attempt) {
            const QRectF rect = layout->blockBoundingRect(block);
            if (rect.bottom() <= pageHeight)
                return;
            const qreal top = rect.top() < pageHeight
                ? rect.top()
                : layout->blockBoundingRect(block.previous()).bottom();
            fitted.setHeight(fitted.height() - (top + rect.height() - pageHeight) - 1);
            if (fitted.height() < shortest * size.height())
                break;
            figure.setCharFormat(TrendFigure::objectFormat(fitted));
        }
        if (layout->blockBoundingRect(block).bottom() > pageHeight)
            figure.setCharFormat(format); // it does not fit well: as it was
        return;
    }
}

void ReportPagination::drawPage(QPainter& painter, QTextDocument& document,
    const QAbstractTextDocumentLayout::PaintContext& context, int index, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal top = index * pageHeight;
    const qreal bottom = top + pageHeight;
    // The paragraphs of the page that begin before it or end after it. (A table's rows are
    // kept whole by keepRowsTogether; a row taller than a page is left to Qt.)
    std::vector<QTextBlock> overBreaks;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || !block.layout() || block.layout()->lineCount() < 2)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        if (rect.top() < bottom && rect.bottom() > top
            && (rect.top() < top || rect.bottom() > bottom))
            overBreaks.push_back(block);
    }
    // Hidden for Qt's drawing only: a hidden block is skipped when drawn, and the layout, done
    // once the document was paginated, is not done again.
    for (QTextBlock& block : overBreaks)
        block.setVisible(false);
    layout->draw(&painter, context);
    painter.save();
    painter.setPen(context.palette.color(QPalette::Text));
    for (QTextBlock& block : overBreaks) {
        block.setVisible(true);
        const QTextLayout* lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            // Each line is wholly on one page: the layout moves a line that would cross a
            // page's foot to the top of the next. Its middle says which page: its top, a
            // fraction of a unit above the page's by rounding, put a line at the top of a page
            // on the page before, clipped, where no one could see it.
            const qreal middle = lines->position().y() + line.y() + line.height() / 2;
            if (middle >= top && middle < bottom)
                line.draw(&painter, lines->position());
        }
    }
    painter.restore();
}

} // namespace stilla
