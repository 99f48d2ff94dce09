#include "TimeField.h"

#include "AccessibleNames.h"

#include <QEvent>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QWheelEvent>

namespace stilla {

TimeField::TimeField(QWidget* parent)
    : QLineEdit(parent)
{
    setMaxLength(5);
    setClearButtonEnabled(true);
    retranslate();
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) * 2 + 24;
    setMaximumWidth(width);
    setMinimumWidth(width);
}

std::optional<QTime> TimeField::parse(const QString& text)
{
    // "21:15", "21.15", "2115", "915" and an hour alone, "7" or "21" (on the hour).
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*$)"));
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

void TimeField::step(int steps)
{
    const auto current = time();
    if (!current && !text().trimmed().isEmpty())
        return; // never overwrite what the user typed but we cannot read
    const QTime base = current.value_or(m_suggested);
    // From an empty field the first press shows the suggestion itself.
    const int minutes = current ? steps * kStepMinutes : 0;
    setTime(base.addSecs(minutes * 60));
    emit textEdited(text());
}

void TimeField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        step(event->key() == Qt::Key_Up ? 1 : -1);
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void TimeField::wheelEvent(QWheelEvent* event)
{
    if (hasFocus() && event->angleDelta().y() != 0) {
        step(event->angleDelta().y() > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QLineEdit::wheelEvent(event);
}

void TimeField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void TimeField::retranslate()
{
    setPlaceholderText(tr("hh:mm"));
    setToolTip(tr("Type a time such as 22:30 or 2230, or use the Up and Down keys to pick one in "
                  "steps of a quarter of an hour."));
    setClearButtonName(this, tr("Clear the time"));
}

void TimeField::focusOutEvent(QFocusEvent* event)
{
    if (const auto parsed = time(); parsed && parsed->toString(QStringLiteral("HH:mm")) != text())
        setTime(parsed);
    QLineEdit::focusOutEvent(event);
}

} // namespace stilla
