#include "TimeField.h"

#include <QEvent>
#include <QRegularExpression>

namespace stilla {

TimeField::TimeField(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("hh:mm"));
    setMaxLength(5);
    setClearButtonEnabled(true);
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) * 2 + 24;
    setMaximumWidth(width);
    setMinimumWidth(width);
}

std::optional<QTime> TimeField::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d{1,2})(?:[:.]?(\d{2}))\s*$)"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    return QTime(hours, minutes);
}

std::optional<QTime> TimeField::time() const
{
    return parse(text());
}

void TimeField::setTime(const std::optional<QTime>& time)
{
    setText(time ? time->toString(QStringLiteral("HH:mm")) : QString());
}

bool TimeField::isValid() const
{
    return text().trimmed().isEmpty() || parse(text()).has_value();
}

void TimeField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setPlaceholderText(tr("hh:mm"));
    QLineEdit::changeEvent(event);
}

void TimeField::focusOutEvent(QFocusEvent* event)
{
    if (const auto parsed = time(); parsed && parsed->toString(QStringLiteral("HH:mm")) != text())
        setTime(parsed);
    QLineEdit::focusOutEvent(event);
}

} // namespace stilla
