// The report's page rules on documents made for them: a table whose rows of three lines fall
// across the foot of a page at some page heights, as Qt 6.4 lays tables out, and paragraphs that
// run over page breaks.
#include "app/report/ReportPagination.h"

#include "tests/ReportFixtures.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <gtest/gtest.h>
#include <limits>
#include <memory>

namespace stilla {
namespace {

constexpr int kRows = 30;

/// A table with a header and rows of one and of three lines, laid out on @p device.
std::unique_ptr<QTextDocument> tableDocument(QPagedPaintDevice& device)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(&device);
    QTextCursor cursor(document.get());
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setCellPadding(3);
    QTextTable* table = cursor.insertTable(kRows, 2, format);
    for (int row = 0; row < kRows; ++row) {
        table->cellAt(row, 0).firstCursorPosition().insertText(QStringLiteral("Row %1").arg(row));
        QTextCursor cell = table->cellAt(row, 1).firstCursorPosition();
        cell.insertText(QStringLiteral("The first line"));
        if (row % 3 == 1) {
            cell.insertBlock();
            cell.insertText(QStringLiteral("the second"));
            cell.insertBlock();
            cell.insertText(QStringLiteral("and the third"));
        }
    }
    return document;
}

/// How many rows of the document's table start on one page and end on the next.
int rowsOverAPageFoot(const QTextDocument& document)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    auto* table = qobject_cast<QTextTable*>(document.rootFrame()->childFrames().value(0));
    int split = 0;
    for (int row = 0; table && row < table->rows(); ++row) {
        qreal top = std::numeric_limits<qreal>::max();
        qreal bottom = 0;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            top = std::min(
                top, layout->blockBoundingRect(document.findBlock(cell.firstPosition())).top());
            bottom = std::max(bottom,
                layout->blockBoundingRect(document.findBlock(cell.lastPosition())).bottom());
        }
        if (int(top / pageHeight) != int((bottom - 0.5) / pageHeight))
            ++split;
    }
    return split;
}

TEST(ReportPaginationTest, NoRowIsSplitOverTwoPagesOnceTheDocumentIsLaidOutAgain)
{
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    const qreal formatUnit = writer.logicalDpiY() / 96.0;
    // Page heights a little apart, over the height of a few rows, so that the foot of a page
    // falls at every place in a row of three lines.
    int splitBefore = 0;
    for (qreal pageHeight = 600; pageHeight < 900; pageHeight += 7) {
        SCOPED_TRACE(pageHeight);
        const std::unique_ptr<QTextDocument> document = tableDocument(writer);
        document->setPageSize(QSizeF(1500, pageHeight));
        splitBefore += rowsOverAPageFoot(*document);
        ReportPagination::keepRowsTogether(*document, pageHeight, formatUnit);
        // As DoctorReport::layOut() does before the pages are painted.
        document->markContentsDirty(0, document->characterCount());
        EXPECT_EQ(rowsOverAPageFoot(*document), 0);
    }
    EXPECT_GT(splitBefore, 0) << "no page height split a row: the test shows nothing";
}

/// Writes paragraphs of numbered words ("w3x14": paragraph 3, word 14) to the PDF @p path on
/// pages @p pageHeight high, each page drawn as DoctorReport::render() draws it, and returns for
/// each word the page (1 first) its line is laid out on; @p overBreaks counts the paragraphs
/// that run over a page break.
QHash<QString, int> writeParagraphs(const QString& path, qreal pageHeight, int& overBreaks)
{
    constexpr int kParagraphs = 12;
    constexpr int kWords = 90;
    QPdfWriter writer(path);
    writer.setResolution(300);
    QTextDocument document;
    document.setDocumentMargin(0); // as the report's
    document.documentLayout()->setPaintDevice(&writer);
    QTextCursor cursor(&document);
    for (int p = 0; p < kParagraphs; ++p) {
        if (p > 0)
            cursor.insertBlock();
        QStringList words;
        for (int w = 0; w < kWords; ++w)
            words << QStringLiteral("w%1x%2").arg(p).arg(w);
        cursor.insertText(words.join(u' '));
    }
    document.setPageSize(QSizeF(1500, pageHeight));
    QHash<QString, int> pageOf;
    static const QRegularExpression word(QStringLiteral("w\\d+x\\d+"));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        if (int(rect.top() / pageHeight) != int((rect.bottom() - 0.5) / pageHeight))
            ++overBreaks;
        const QTextLayout* lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const qreal middle = lines->position().y() + line.y() + line.height() / 2;
            const QString text = block.text().mid(line.textStart(), line.textLength());
            for (const QRegularExpressionMatch& match : word.globalMatch(text))
                pageOf[match.captured()] = int(middle / pageHeight) + 1;
        }
    }
    QPainter painter(&writer);
    QAbstractTextDocumentLayout::PaintContext context;
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * pageHeight);
        context.clip = QRectF(0, page * pageHeight, 1500, pageHeight);
        painter.setClipRect(context.clip);
        ReportPagination::drawPage(painter, document, context, page, pageHeight);
        painter.restore();
    }
    return pageOf;
}

TEST(ReportPaginationTest, EveryLineOfAParagraphOverAPageBreakIsInTheFileOnceOnItsPage)
{
    // Qt drew each paragraph over a page break whole on both pages, clipped: in the PDF the
    // lines around each break were there twice, found twice by a search and read twice by a
    // screen reader or pdftotext. A line is drawn once, and on the page it is laid out on: a
    // line laid out at the very top of a page, drawn on the page before it instead, was in
    // the file once and on no page anyone could see. Page heights a fraction of a unit apart,
    // as the report's are, so that a line's top meets a page break in different ways.
    int overBreaks = 0;
    for (const qreal pageHeight : {700.0, 700.3, 700.55, 700.8}) {
        SCOPED_TRACE(pageHeight);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paragraphs.pdf"));
        const QHash<QString, int> pageOf = writeParagraphs(path, pageHeight, overBreaks);
        static const QRegularExpression word(QStringLiteral("w\\d+x\\d+"));
        QHash<QString, QList<int>> foundOn;
        const int pages = *std::max_element(pageOf.begin(), pageOf.end());
        for (int page = 1; page <= pages; ++page) {
            for (const QRegularExpressionMatch& match :
                word.globalMatch(test::pdfWords(path, page, page)))
                foundOn[match.captured()] << page;
        }
        QStringList wrong;
        for (auto it = pageOf.begin(); it != pageOf.end(); ++it) {
            if (foundOn.value(it.key()) != QList<int> {it.value()}) {
                QStringList on;
                for (int page : foundOn.value(it.key()))
                    on << QString::number(page);
                wrong << QStringLiteral("%1 (on page %2, found on %3)")
                             .arg(it.key())
                             .arg(it.value())
                             .arg(on.isEmpty() ? QStringLiteral("none") : on.join(u','));
            }
        }
        wrong.sort();
        EXPECT_TRUE(wrong.isEmpty()) << wrong.join(u' ').toStdString();
    }
    ASSERT_GT(overBreaks, 8) << "too few paragraphs ran over a page break: the test shows little";
}

} // namespace
} // namespace stilla
