#pragma once

#include <QObject>

namespace stilla {

/// Keeps the mouse wheel from changing a value the person is not editing. Installed once on the
/// application, it gives every spin box, combo box and slider in every window and dialog a
/// strong focus policy (a wheel over it no longer focuses it), and passes a wheel over one that
/// does not have the keyboard focus on to its parent, so that scrolling the diary over a dose
/// scrolls the diary instead of changing 200 mg to 199 mg. A field the person has clicked,
/// tabbed or typed into still steps with the wheel, as TimeField does; one the program gave
/// the focus to (a new dose row) does not until the person clicks or types in it.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    /// Installs the guard on the application; later calls do nothing.
    static void install();

    /// True if a wheel over @p widget would change a value: a spin box, combo box or slider
    /// (not a scroll bar, whose wheel only scrolls).
    static bool changesValue(const QObject* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace stilla
