#pragma once

#include <QStyledItemDelegate>

namespace stilla {

/// Cuts a long food name in the middle: its end, " · SLV" or " · USDA", tells two foods of the
/// same name apart in a narrow window (cut at the end, five "Seeds, pumpkin and squa…" looked
/// alike). The other columns of the list are cut at the end as usual.
class MiddleElidingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace stilla
