#pragma once

#include "core/diary/DayEntry.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QToolButton;

namespace stilla {

class TimeField;

/// One supplement dose in the diary's Magnesium section, on one line where it fits: its form,
/// its elemental magnesium, the time it was taken, how it was taken and a button that removes
/// it. The time and the route wrap under the rest in a narrow window.
class SupplementDoseRow final : public QWidget
{
    Q_OBJECT

public:
    SupplementDoseRow(const SupplementIntake& dose, QWidget* parent);

    /// The dose as the row shows it now (with the id it was loaded with; 0 for a new one).
    SupplementIntake dose() const;
    SupplementForm form() const;
    double amountMg() const;
    QDoubleSpinBox* amountField() const { return m_amount; }
    TimeField* timeField() const { return m_time; }
    /// Names the forms, routes and fields in the current language.
    void retranslate();

signals:
    /// The person changed the form, amount, time or route.
    void changed();
    /// The person pressed the row's remove button.
    void removeRequested();

private:
    qint64 m_id;
    QComboBox* m_form;
    QDoubleSpinBox* m_amount;
    TimeField* m_time;
    QComboBox* m_route;
    QToolButton* m_remove;
};

} // namespace stilla
