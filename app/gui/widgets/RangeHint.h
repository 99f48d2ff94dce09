#pragma once

#include <QObject>

class QAbstractSpinBox;

namespace stilla {

/// Says why a number field refused a digit. A spin box refuses a key that would take it
/// beyond its range and shows nothing: "15" typed into the severity (0–10) left "1", and
/// 25000 mg typed into a dose left 2500 mg, with no word. Installed once on the application,
/// this shows, at the field, the range and what was not possible ("From 0 to 10: 15 is not
/// possible."), in every window and dialog. Date and time fields, which are typed a section
/// at a time, are left alone.
class RangeHint : public QObject
{
    Q_OBJECT

public:
    /// Installs the hint on the application; later calls do nothing.
    static void install();

    /// What @p field says when @p typed (its text as it would have become) was refused.
    static QString message(const QAbstractSpinBox& field, const QString& typed);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace stilla
