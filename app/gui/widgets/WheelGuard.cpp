#include "WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace stilla {

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
    case QEvent::Wheel:
        if (changesValue(watched) && !static_cast<QWidget*>(watched)->hasFocus()) {
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
