#include "RangeHint.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QToolTip>

namespace stilla {

void RangeHint::install()
{
    static RangeHint* hint = nullptr;
    if (hint != nullptr || qApp == nullptr)
        return;
    hint = new RangeHint(qApp);
    qApp->installEventFilter(hint);
}

QString RangeHint::message(const QAbstractSpinBox& field, const QString& typed)
{
    const QLocale locale = field.locale();
    // A field whose lowest step reads "–" (OptionalSpinBox: not recorded) starts one higher.
    const bool blankStep = !field.specialValueText().isEmpty();
    QString low;
    QString high;
    QString suffix;
    QString prefix;
    if (const auto* whole = qobject_cast<const QSpinBox*>(&field)) {
        low = locale.toString(whole->minimum() + (blankStep ? 1 : 0));
        high = locale.toString(whole->maximum());
        prefix = whole->prefix();
        suffix = whole->suffix();
    } else if (const auto* decimal = qobject_cast<const QDoubleSpinBox*>(&field)) {
        const double step = blankStep ? decimal->singleStep() : 0;
        low = locale.toString(decimal->minimum() + step, 'f', decimal->decimals());
        high = locale.toString(decimal->maximum(), 'f', decimal->decimals());
        prefix = decimal->prefix();
        suffix = decimal->suffix();
    }
    QString number = typed;
    if (!prefix.isEmpty() && number.startsWith(prefix))
        number.remove(0, prefix.size());
    if (!suffix.isEmpty() && number.endsWith(suffix))
        number.chop(suffix.size());
    return tr("From %1 to %2%3: %4 is not possible.")
        .arg(low, high, suffix, number.trimmed() + suffix);
}

bool RangeHint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto* field = qobject_cast<QAbstractSpinBox*>(watched);
    if (!field || (!qobject_cast<QSpinBox*>(field) && !qobject_cast<QDoubleSpinBox*>(field))
        || field->isReadOnly())
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const QString text = key->text();
    if (text.size() != 1 || !text[0].isDigit()
        || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return QObject::eventFilter(watched, event);
    const QLineEdit* edit = field->findChild<QLineEdit*>();
    if (!edit)
        return QObject::eventFilter(watched, event);
    // The text the key would make: the selection replaced, or the digit put at the cursor.
    QString typed = edit->text();
    int position = edit->cursorPosition();
    if (!field->specialValueText().isEmpty() && typed == field->specialValueText()) {
        typed.clear(); // a digit replaces the "–" of an empty field (OptionalSpinBox)
        position = 0;
    } else if (edit->hasSelectedText()) {
        position = edit->selectionStart();
        typed.remove(position, edit->selectedText().size());
    }
    typed.insert(position, text);
    ++position;
    QString checked = typed;
    if (field->validate(checked, position) == QValidator::Invalid) {
        QToolTip::showText(
            field->mapToGlobal(QPoint(0, field->height())), message(*field, typed), field);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace stilla
