#include "WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace stilla {

namespace {

/// Set on a value field while the wheel may change it: the person clicked, tabbed or typed
/// into it.
constexpr char kChosen[] = "stillaWheelChosen";

/// The value field @p object belongs to: itself, or the spin box around its line edit.
QWidget* valueField(QObject* object)
{
    if (WheelGuard::changesValue(object))
        return static_cast<QWidget*>(object);
    if (object != nullptr && WheelGuard::changesValue(object->parent()))
        return static_cast<QWidget*>(object->parent());
    return nullptr;
}

} // namespace

void WheelGuard::install()
{
    static WheelGuard* guard = nullptr;
    if (guard != nullptr || qApp == nullptr)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
}

bool WheelGuard::changesValue(const QObject* widget)
{
    return qobject_cast<const QAbstractSpinBox*>(widget) != nullptr
        || qobject_cast<const QComboBox*>(widget) != nullptr
        || (qobject_cast<const QAbstractSlider*>(widget) != nullptr
            && qobject_cast<const QScrollBar*>(widget) == nullptr); // scroll bars scroll
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Polish:
        // Qt::WheelFocus (the spin and combo boxes' default) would hand the focus to the field
        // under the wheel before it is seen here.
        if (changesValue(watched)) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget->focusPolicy() == Qt::WheelFocus)
                widget->setFocusPolicy(Qt::StrongFocus);
        }
        break;
    case QEvent::FocusIn:
    case QEvent::FocusOut:
        if (changesValue(watched)) {
            // Only the person's own move into a field lets the wheel change it: a field the
            // program focused (a new dose row) waits for a click or a key. The window losing
            // and regaining the focus changes nothing.
            const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
            if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason) {
                const bool chosen = event->type() == QEvent::FocusIn
                    && (reason == Qt::MouseFocusReason || reason == Qt::TabFocusReason
                        || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason);
                watched->setProperty(kChosen, chosen);
            }
        }
        break;
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
        if (QWidget* field = valueField(watched); field != nullptr && field->hasFocus())
            field->setProperty(kChosen, true);
        break;
    case QEvent::Wheel:
        if (changesValue(watched)
            && !(static_cast<QWidget*>(watched)->hasFocus()
                && watched->property(kChosen).toBool())) {
            // Filtered but not accepted: QApplication hands the wheel on to the parent.
            event->ignore();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace stilla
