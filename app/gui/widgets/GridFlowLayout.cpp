#include "GridFlowLayout.h"

#include <QWidget>

#include <algorithm>

namespace stilla {

GridFlowLayout::GridFlowLayout(int maxColumns, QWidget* parent)
    : QLayout(parent)
    , m_maxColumns(std::max(1, maxColumns))
{
    setContentsMargins(0, 0, 0, 0);
}

GridFlowLayout::~GridFlowLayout()
{
    qDeleteAll(m_items);
}

void GridFlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

int GridFlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* GridFlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* GridFlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations GridFlowLayout::expandingDirections() const
{
    return {};
}

bool GridFlowLayout::hasHeightForWidth() const
{
    return true;
}

QList<QLayoutItem*> GridFlowLayout::visibleItems() const
{
    QList<QLayoutItem*> visible;
    for (QLayoutItem* item : m_items)
        if (!item->isEmpty())
            visible.append(item);
    return visible;
}

QSize GridFlowLayout::cellSize() const
{
    QSize cell(0, 0);
    for (QLayoutItem* item : visibleItems())
        cell = cell.expandedTo(item->sizeHint());
    return cell;
}

int GridFlowLayout::columnsFor(int width) const
{
    const QMargins margins = contentsMargins();
    const int available = width - margins.left() - margins.right();
    const int cell = cellSize().width();
    const int items = std::max<int>(1, int(visibleItems().size()));
    int columns = cell > 0 ? (available + m_horizontalSpacing) / (cell + m_horizontalSpacing) : 1;
    return std::clamp(columns, 1, std::min(m_maxColumns, items));
}

int GridFlowLayout::cellWidthFor(int width, int columns) const
{
    if (columns > 1)
        return cellSize().width();
    const QMargins margins = contentsMargins();
    return std::max(width - margins.left() - margins.right(), 0); // one column takes it all
}

QList<int> GridFlowLayout::rowHeights(int columns, int cellWidth) const
{
    QList<int> heights;
    int index = 0;
    for (QLayoutItem* item : visibleItems()) {
        if (index % columns == 0)
            heights.append(0);
        // An item whose height depends on its width (a form with a message that wraps) is as
        // tall as it is in the width of its cell.
        const int width = std::min(cellWidth, item->maximumSize().width());
        const int height
            = item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
        heights.back() = std::max(heights.back(), height);
        ++index;
    }
    return heights;
}

QSize GridFlowLayout::sizeFor(int columns, int cellWidth) const
{
    const int items = int(visibleItems().size());
    const QMargins margins = contentsMargins();
    if (items == 0)
        return {margins.left() + margins.right(), margins.top() + margins.bottom()};
    columns = std::clamp(columns, 1, items);
    const QList<int> heights = rowHeights(columns, cellWidth);
    int height = int(heights.size() - 1) * m_verticalSpacing;
    for (int row : heights)
        height += row;
    return {margins.left() + margins.right() + columns * cellSize().width()
            + (columns - 1) * m_horizontalSpacing,
        margins.top() + margins.bottom() + height};
}

int GridFlowLayout::flow(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int x = area.x();
    int y = area.y();
    int rowHeight = 0;
    for (QLayoutItem* item : visibleItems()) {
        const QSize hint = item->sizeHint();
        if (x > area.x() && x + hint.width() > area.right() + 1) {
            x = area.x();
            y += rowHeight + m_verticalSpacing;
            rowHeight = 0;
        }
        if (apply)
            item->setGeometry(
                QRect(QPoint(x, y), QSize(std::min(hint.width(), area.width()), hint.height())));
        x += hint.width() + m_horizontalSpacing;
        rowHeight = std::max(rowHeight, hint.height());
    }
    const QMargins margins = contentsMargins();
    return y + rowHeight - rect.y() + margins.bottom();
}

int GridFlowLayout::heightForWidth(int width) const
{
    if (m_natural)
        return flow(QRect(0, 0, width, 0), false);
    const int columns = columnsFor(width);
    return sizeFor(columns, cellWidthFor(width, columns)).height();
}

QSize GridFlowLayout::sizeHint() const
{
    if (m_natural) {
        const QMargins margins = contentsMargins();
        int width = 0;
        int height = 0;
        for (QLayoutItem* item : visibleItems()) {
            width += item->sizeHint().width() + (width > 0 ? m_horizontalSpacing : 0);
            height = std::max(height, item->sizeHint().height());
        }
        return {
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
    }
    return sizeFor(m_maxColumns, cellSize().width());
}

QSize GridFlowLayout::minimumSize() const
{
    // One column: as narrow as the widest item (its minimum, so a long label may still wrap).
    QSize smallest(0, 0);
    for (QLayoutItem* item : visibleItems())
        smallest = smallest.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return {smallest.width() + margins.left() + margins.right(),
        smallest.height() + margins.top() + margins.bottom()};
}

void GridFlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    if (m_natural) {
        flow(rect, true);
        return;
    }
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int columns = columnsFor(rect.width());
    const int cellWidth = cellWidthFor(rect.width(), columns);
    const QList<int> heights = rowHeights(columns, cellWidth);
    int index = 0;
    int top = area.y();
    for (QLayoutItem* item : visibleItems()) {
        const int row = index / columns;
        const int column = index % columns;
        if (column == 0 && row > 0)
            top += heights[row - 1] + m_verticalSpacing;
        const QPoint topLeft(area.x() + column * (cellWidth + m_horizontalSpacing), top);
        const QSize size(std::min(cellWidth, item->maximumSize().width()),
            std::min(heights[row], item->maximumSize().height()));
        item->setGeometry(QRect(topLeft, size));
        ++index;
    }
}

} // namespace stilla
