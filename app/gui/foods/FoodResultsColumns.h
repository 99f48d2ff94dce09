#pragma once

#include <QObject>

class QTableView;

namespace stilla {

/// The widths of the food list's columns as the list is resized: the name, which tells foods
/// apart, gets the room the other columns leave. In a wide list the magnesium per 100 g and per
/// portion keep a fixed width, the group, source and notes at least a short one, and the name
/// the rest (up to a long name's width); in a narrow list the name and the magnesium per 100 g
/// stay in view and the other columns are reached by scrolling. Once the person drags a column
/// wider or narrower, their widths are kept.
class FoodResultsColumns final : public QObject
{
public:
    /// Follows @p table's size from now on; the table's model must have the columns of
    /// FoodResultsModel.
    explicit FoodResultsColumns(QTableView* table);

    /// Sets the widths for the table's width now (unless the person has set their own).
    void apply();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_table;
    bool m_applying = false;
    bool m_personChose = false;
};

} // namespace stilla
