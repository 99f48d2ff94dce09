#include "OptionalSpinBox.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace stilla {

OptionalSpinBox::OptionalSpinBox(int minimum, int maximum, QWidget* parent)
    : QSpinBox(parent)
{
    setRange(minimum - 1, maximum);
    setSpecialValueText(QStringLiteral("–"));
    setValue(minimum - 1);
    setAccelerated(true);
}

std::optional<int> OptionalSpinBox::optionalValue() const
{
    if (value() == minimum())
        return std::nullopt;
    return value();
}

void OptionalSpinBox::setOptionalValue(const std::optional<int>& value)
{
    setValue(value ? *value : minimum());
}

void OptionalSpinBox::keyPressEvent(QKeyEvent* event)
{
    if (value() == minimum() && !event->text().isEmpty() && event->text().front().isDigit())
        lineEdit()->selectAll();
    QSpinBox::keyPressEvent(event);
}

} // namespace stilla
