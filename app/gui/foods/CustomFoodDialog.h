#pragma once

#include "core/diary/CustomFood.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace stilla {

/// Adds or edits one of "my foods": a name, magnesium per 100 g and, if wanted, a portion.
class CustomFoodDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CustomFoodDialog(const CustomFood& food, QWidget* parent = nullptr);
    CustomFood food() const;

private:
    void validate();

    CustomFood m_food;
    QLineEdit* m_name;
    QDoubleSpinBox* m_magnesium;
    QDoubleSpinBox* m_portionGrams;
    QLineEdit* m_portionLabel;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    bool m_nameEdited = false; ///< the name was typed in (then emptied): say it is missing
};

} // namespace stilla
