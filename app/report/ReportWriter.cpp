#include "ReportWriter.h"

#include "TrendFigure.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QTextBlockFormat>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

#include <algorithm>

namespace stilla {

namespace {

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0xb0, 0xb0, 0xb0);
const QColor kHeaderFill(0xee, 0xee, 0xee);
/// One point in the units of text formats' margins and paddings (1/96 inch, which
/// QTextDocumentLayout scales to its paint device).
constexpr qreal kPoint = 96.0 / 72.0;

} // namespace

ReportWriter::ReportWriter(QTextDocument& document, const ReportDocument::Style& style)
    : m_cursor(&document)
    , m_style(style)
{
    m_body = charFormat(1.0, QFont::Normal, kText);
    m_muted = charFormat(0.9, QFont::Normal, kMuted);
    m_small = charFormat(0.88, QFont::Normal, kText);
    m_smallBold = charFormat(0.88, QFont::DemiBold, kText);
    m_smallMuted = charFormat(0.82, QFont::Normal, kMuted);
    m_title = charFormat(1.45, QFont::DemiBold, kText);
    m_heading = charFormat(1.15, QFont::DemiBold, kText);
}

QTextCharFormat ReportWriter::charFormat(
    qreal scale, QFont::Weight weight, const QColor& colour) const
{
    QTextCharFormat format;
    QFont font = m_style.font;
    font.setPointSizeF(m_style.font.pointSizeF() * scale);
    font.setWeight(weight);
    format.setFont(font);
    format.setForeground(colour);
    return format;
}

QTextBlockFormat ReportWriter::blockFormat(qreal top, qreal bottom, int headingLevel) const
{
    QTextBlockFormat format;
    format.setTopMargin(top * kPoint);
    format.setBottomMargin(bottom * kPoint);
    if (headingLevel > 0) {
        format.setHeadingLevel(headingLevel);
        format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    }
    return format;
}

void ReportWriter::title(const QString& text)
{
    m_cursor.setBlockFormat(blockFormat(0, 4, 1));
    m_cursor.setBlockCharFormat(m_title);
    m_cursor.insertText(text, m_title);
}

void ReportWriter::heading(const QString& text, bool newPage)
{
    QTextBlockFormat format = blockFormat(14, 5, 2);
    if (newPage) {
        format.setTopMargin(0);
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    }
    m_cursor.insertBlock(format, m_heading);
    m_cursor.insertText(text, m_heading);
}

void ReportWriter::paragraph(const QString& text, bool muted)
{
    const QTextCharFormat& format = muted ? m_muted : m_body;
    m_cursor.insertBlock(blockFormat(0, 5), format);
    m_cursor.insertText(text, format);
}

QTextTable* ReportWriter::table(int rows, const QList<qreal>& widths, bool header)
{
    QTextTableFormat format;
    // Only a thin rule under each row: calmer than a full grid, and still easy to follow.
    format.setBorder(0);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(2.5 * kPoint);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(2 * kPoint);
    format.setBottomMargin(6 * kPoint);
    format.setHeaderRowCount(header ? 1 : 0);
    QList<QTextLength> constraints;
    for (qreal width : widths)
        constraints.append(QTextLength(QTextLength::PercentageLength, width));
    format.setColumnWidthConstraints(constraints);
    m_cursor.insertBlock(blockFormat(0, 0), m_body);
    QTextTable* table = m_cursor.insertTable(rows, int(widths.size()), format);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(row, column);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBottomBorder(row == 0 && header ? 1.0 : 0.75);
            cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cellFormat.setBottomBorderBrush(row == 0 && header ? kMuted : kRule);
            if (row == 0 && header)
                cellFormat.setBackground(kHeaderFill);
            cell.setFormat(cellFormat);
        }
    }
    return table;
}

void ReportWriter::cell(
    QTextTable* table, int row, int column, const QString& text, bool bold, Qt::Alignment alignment)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block = cursor.blockFormat();
    block.setAlignment(alignment);
    cursor.setBlockFormat(block);
    cursor.insertText(text, bold ? m_smallBold : m_small);
}

void ReportWriter::cellNote(QTextTable* table, int row, int column, const QString& text)
{
    QTextCursor cursor = table->cellAt(row, column).lastCursorPosition();
    cursor.insertBlock(blockFormat(1, 0), m_smallMuted);
    cursor.insertText(text, m_smallMuted);
}

void ReportWriter::fitColumns(QTextTable* table, qreal wrapShare) const
{
    QPaintDevice* device = m_cursor.document()->documentLayout()->paintDevice();
    // The layout takes lengths in pixels at 96 dpi and scales them to the device.
    const qreal toLayout = device ? 96.0 / device->logicalDpiX() : 1.0;
    QTextTableFormat format = table->format();
    const qreal padding = 2 * format.cellPadding() + 2;
    // A header may break between its words; a data cell stays on one line unless its column
    // may wrap, and only then are its words measured too.
    const bool wraps = wrapShare < 1.0;
    const auto widestWordOf = [](const QString& text, const QFontMetricsF& metrics) {
        qreal widest = 0;
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        return widest;
    };
    QList<QTextLength> constraints;
    for (int column = 0; column + 1 < table->columns(); ++column) {
        qreal widest = 0;
        qreal widestWord = 0;
        for (int row = 0; row < table->rows(); ++row) {
            const bool header = row < format.headerRowCount();
            const QTextTableCell cell = table->cellAt(row, column);
            for (auto block = cell.begin(); block != cell.end(); ++block) {
                for (auto it = block.currentBlock().begin(); !it.atEnd(); ++it) {
                    const QString text = it.fragment().text();
                    const QFontMetricsF metrics(it.fragment().charFormat().font(), device);
                    const qreal word = header || wraps ? widestWordOf(text, metrics) : 0;
                    widestWord = std::max(widestWord, word);
                    widest = std::max(widest, header ? word : metrics.horizontalAdvance(text));
                }
            }
        }
        if (widest > wrapShare * m_style.width)
            widest = std::max(widestWord, wrapShare * m_style.width);
        constraints.append(QTextLength(QTextLength::FixedLength, widest * toLayout + padding));
    }
    constraints.append(QTextLength(QTextLength::VariableLength, 0));
    format.setColumnWidthConstraints(constraints);
    table->setFormat(format);
}

void ReportWriter::leaveTable()
{
    m_cursor.movePosition(QTextCursor::End);
}

void ReportWriter::figure(const QSizeF& size)
{
    m_cursor.insertBlock(blockFormat(14, 8), m_body);
    m_cursor.insertText(
        QString(QChar::ObjectReplacementCharacter), TrendFigure::objectFormat(size));
}

} // namespace stilla
