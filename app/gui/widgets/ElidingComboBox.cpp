#include "ElidingComboBox.h"

#include <QHelpEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

namespace stilla {

QRect ElidingComboBox::textRect(const QStyleOptionComboBox& option) const
{
    return style()->subControlRect(
        QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
}

bool ElidingComboBox::isElided() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return fontMetrics().horizontalAdvance(currentText()) > textRect(option).width();
}

void ElidingComboBox::paintEvent(QPaintEvent* /*event*/)
{
    // As QComboBox paints itself, with the label shortened to the room it has.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (isEditable())
        return; // its line edit shows the text
    option.currentText
        = fontMetrics().elidedText(option.currentText, Qt::ElideRight, textRect(option).width());
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool ElidingComboBox::event(QEvent* event)
{
    // The whole text on hover when it is shortened; no tooltip when it all shows.
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (isElided())
            QToolTip::showText(help->globalPos(), currentText(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QComboBox::event(event);
}

} // namespace stilla
