#include "DateEdit.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolTip>

namespace stilla {

DateEdit::DateEdit(QWidget* parent)
    : DateEdit(QDate(), parent)
{ }

DateEdit::DateEdit(const QDate& date, QWidget* parent)
    : QDateEdit(parent)
{
    if (date.isValid())
        setDate(date);
    setKeyboardTracking(false);
}

void DateEdit::focusInEvent(QFocusEvent* event)
{
    QDateEdit::focusInEvent(event);
    forgetTyping();
    m_typing = true;
}

void DateEdit::focusOutEvent(QFocusEvent* event)
{
    applyTyped();
    QDateEdit::focusOutEvent(event);
}

void DateEdit::mousePressEvent(QMouseEvent* event)
{
    forgetTyping(); // a click chooses a section: what follows is not a date typed whole
    QDateEdit::mousePressEvent(event);
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        applyTyped();
        QDateEdit::keyPressEvent(event);
        return;
    }
    if (key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt || key == Qt::Key_Meta
        || key == Qt::Key_AltGr) {
        QDateEdit::keyPressEvent(event);
        return;
    }
    const QString text = event->text();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    const bool digit = plain && text.size() == 1 && text[0].isDigit();
    const bool separator = plain && isSeparator(text);
    if (!digit && !separator) {
        forgetTyping(); // arrows, Backspace, shortcuts: the field is edited section by section
        QDateEdit::keyPressEvent(event);
        return;
    }
    if (lineEdit()->hasSelectedText() && lineEdit()->selectedText() == lineEdit()->text()) {
        // Typing over the whole text: from the first section, as a new date.
        setSelectedSection(sectionAt(0));
        forgetTyping();
        m_typing = true;
    }
    if (m_typing)
        m_typed += text;
    if (separator) {
        if (m_typedInSection && !m_sectionFilled && currentSectionIndex() + 1 < sectionCount()) {
            setCurrentSectionIndex(currentSectionIndex() + 1);
            setSelectedSection(currentSection());
        }
        m_typedInSection = false;
        m_sectionFilled = false;
        event->accept();
        return;
    }
    const int before = currentSectionIndex();
    QDateEdit::keyPressEvent(event);
    m_sectionFilled = currentSectionIndex() != before;
    m_typedInSection = !m_sectionFilled;
}

bool DateEdit::isSeparator(const QString& text) const
{
    return text.size() == 1 && !text[0].isLetterOrNumber() && !text[0].isSpace() && text[0] != u'\''
        && displayFormat().contains(text[0]);
}

std::optional<QDate> DateEdit::typedDate() const
{
    // "dd" and "MM" read one digit or two; month and day names are not typed here.
    QString format = displayFormat();
    static const QRegularExpression day(QStringLiteral("(?<!d)dd(?!d)"));
    static const QRegularExpression month(QStringLiteral("(?<!M)MM(?!M)"));
    format.replace(day, QStringLiteral("d")).replace(month, QStringLiteral("M"));
    const QDate date = QDate::fromString(m_typed, format);
    if (!date.isValid() || date < minimumDate() || date > maximumDate())
        return std::nullopt;
    return date;
}

void DateEdit::forgetTyping()
{
    m_dateBefore = date();
    m_typed.clear();
    m_typing = false;
    m_typedInSection = false;
    m_sectionFilled = false;
}

void DateEdit::applyTyped()
{
    if (m_typing) {
        if (const auto typed = typedDate(); typed && *typed != date()) {
            setDate(*typed);
        } else if (!typed && isWholeDate(m_typed)) {
            // A whole date that is none ("31/02/2025": QDateEdit made it the 28th) or is outside
            // the field's range: back to the date before, and said, never another day silently.
            setDate(m_dateBefore);
            QToolTip::showText(mapToGlobal(QPoint(0, height())),
                tr("\u201C%1\u201D is not a date this field can hold; it shows %2 again.")
                    .arg(m_typed, locale().toString(m_dateBefore, displayFormat())),
                this);
        }
    }
    forgetTyping();
}

bool DateEdit::isWholeDate(const QString& typed) const
{
    // As many groups of digits as the format has sections, each with a digit.
    static const QRegularExpression groups(QStringLiteral("^\\d+(\\D\\d+)*$"));
    static const QRegularExpression separator(QStringLiteral("\\D"));
    return groups.match(typed).hasMatch() && typed.split(separator).size() == sectionCount();
}

} // namespace stilla
