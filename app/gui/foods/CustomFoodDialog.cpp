#include "CustomFoodDialog.h"

#include "app/gui/Theme.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/WrappingLabel.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stilla {

CustomFoodDialog::CustomFoodDialog(const CustomFood& food, QWidget* parent)
    : QDialog(parent)
    , m_food(food)
    , m_name(new QLineEdit(food.name, this))
    , m_magnesium(new QDoubleSpinBox(this))
    , m_portionGrams(new QDoubleSpinBox(this))
    , m_portionLabel(new QLineEdit(food.portionLabel, this))
    , m_message(new WrappingLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("customFoodDialog"));
    setWindowTitle(food.id == 0 ? tr("New Food") : tr("Edit Food"));
    m_name->setObjectName(QStringLiteral("customFoodName"));
    m_name->setMaxLength(CustomFood::kMaxNameLength);
    m_name->setAccessibleName(tr("Name of the food"));
    m_magnesium->setObjectName(QStringLiteral("customFoodMagnesium"));
    m_magnesium->setRange(0, CustomFood::kMaxMagnesiumPer100g);
    m_magnesium->setDecimals(1);
    m_magnesium->setSuffix(QStringLiteral("\u00A0mg"));
    m_magnesium->setValue(food.magnesiumPer100g);
    m_magnesium->setAccessibleName(tr("Magnesium in mg per 100\u00A0g"));
    m_portionGrams->setObjectName(QStringLiteral("customFoodPortion"));
    m_portionGrams->setRange(0, CustomFood::kMaxPortionGrams);
    m_portionGrams->setDecimals(0);
    m_portionGrams->setSuffix(QStringLiteral("\u00A0g"));
    m_portionGrams->setSpecialValueText(tr("No portion"));
    m_portionGrams->setValue(food.portionGrams.value_or(0));
    m_portionGrams->setAccessibleName(tr("A typical portion in grams"));
    m_portionLabel->setPlaceholderText(tr("for example: 1 slice"));
    m_portionLabel->setAccessibleName(tr("What the portion is called"));

    auto* form = new QFormLayout;
    form->setSpacing(spacing::m);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Magnesium per 100\u00A0g:"), m_magnesium);
    form->addRow(tr("Typical &portion:"), m_portionGrams);
    form->addRow(tr("Portion &called:"), m_portionLabel);
    auto* hint = new WrappingLabel(tr("The magnesium content is on the package's nutrition label, "
                                      "usually per 100\u00A0g."),
        this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(spacing::xl, spacing::xl, spacing::xl, spacing::l);
    layout->setSpacing(spacing::m);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    MessageBox::translateButtons(*m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameEdited = true;
        validate();
    });
    validate();
}

void CustomFoodDialog::validate()
{
    // A new food's empty name is what is needed next, said as a hint; once typed and
    // emptied, it is a problem, said as one (it was in red before anything was typed).
    const bool named = !m_name->text().trimmed().isEmpty();
    m_message->setText(named ? QString() : tr("Give the food a name."));
    m_message->setVisible(!named);
    m_message->setForegroundRole(m_nameEdited ? QPalette::BrightText : QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(named);
}

CustomFood CustomFoodDialog::food() const
{
    CustomFood food = m_food;
    food.name = m_name->text().trimmed();
    food.magnesiumPer100g = m_magnesium->value();
    food.portionGrams
        = m_portionGrams->value() > 0 ? std::optional(m_portionGrams->value()) : std::nullopt;
    food.portionLabel = m_portionLabel->text().trimmed();
    return food;
}

} // namespace stilla
