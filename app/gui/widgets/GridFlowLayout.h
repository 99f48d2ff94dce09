#pragma once

#include <QLayout>
#include <QList>

namespace stilla {

/// Items in a grid of equal cells that takes as many columns as the width allows, up to a
/// maximum, and wraps the rest onto more rows: six quality buttons in one row in a wide window
/// and in two rows of three in a narrow one, without a horizontal scroll bar. The cells are as
/// wide as the widest item, so the columns stay aligned; each row is as tall as its tallest
/// item in the cell's width. Items fill the grid row by row.
class GridFlowLayout final : public QLayout
{
public:
    explicit GridFlowLayout(int maxColumns, QWidget* parent = nullptr);
    ~GridFlowLayout() override;

    /// Natural cells: each item as wide as its size hint, wrapping onto the next row where the
    /// next item does not fit (a flow of, say, a supplement's form, amount, time and route).
    void setNaturalCells(bool natural) { m_natural = natural; }
    void setHorizontalSpacing(int spacing) { m_horizontalSpacing = spacing; }
    void setVerticalSpacing(int spacing) { m_verticalSpacing = spacing; }
    /// How many columns the items take in @p width (1 at the least).
    int columnsFor(int width) const;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect& rect) override;

private:
    QList<QLayoutItem*> visibleItems() const;
    /// The size of one cell: the largest size hint of the visible items.
    QSize cellSize() const;
    /// The width of a cell when the items take @p columns columns of a layout @p width wide.
    int cellWidthFor(int width, int columns) const;
    /// The size the items take in @p columns columns of cells @p cellWidth wide, margins
    /// included.
    QSize sizeFor(int columns, int cellWidth) const;
    /// The height of each row when the items take @p columns columns of cells @p cellWidth
    /// wide: an item with a height for its width is as tall as it is in its cell.
    QList<int> rowHeights(int columns, int cellWidth) const;

    /// Natural cells: lays the items out in @p rect (when @p apply) and returns the height used.
    int flow(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_maxColumns;
    bool m_natural = false;
    int m_horizontalSpacing = 16;
    int m_verticalSpacing = 8;
};

} // namespace stilla
