#include "SupplementDoseRow.h"

#include "app/gui/Theme.h"
#include "app/gui/widgets/AccessibleNames.h"
#include "app/gui/widgets/GridFlowLayout.h"
#include "app/gui/widgets/TimeField.h"
#include "core/diary/DayValidation.h"
#include "core/report/DisplayNames.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QToolButton>

#include <algorithm>

namespace stilla {

SupplementDoseRow::SupplementDoseRow(const SupplementIntake& dose, QWidget* parent)
    : QWidget(parent)
    , m_id(dose.id)
    , m_form(new QComboBox(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_time(new TimeField(this))
    , m_route(new QComboBox(this))
    , m_remove(new QToolButton(this))
{
    auto* layout = new GridFlowLayout(5, this);
    layout->setNaturalCells(true);
    layout->setHorizontalSpacing(spacing::s);
    layout->setVerticalSpacing(spacing::xs);
    for (std::size_t i = 0; i < allSupplementForms().size(); ++i)
        m_form->addItem(QString());
    m_route->addItem(QString());
    m_route->addItem(QString());
    m_amount->setRange(0, DayValidation::kMaxSupplementMg);
    m_amount->setDecimals(0);
    m_amount->setSuffix(QStringLiteral("\u00A0mg"));
    m_amount->setSpecialValueText(QStringLiteral("– mg"));
    m_amount->setMinimumWidth(110);
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setAutoRaise(true);
    const auto& forms = allSupplementForms();
    m_form->setCurrentIndex(int(std::find(forms.begin(), forms.end(), dose.form) - forms.begin()));
    m_amount->setValue(dose.elementalMg);
    m_time->setTime(dose.timeTaken);
    m_time->setSuggestedTime(QTime(20, 0));
    m_route->setCurrentIndex(dose.route == Route::Intravenous ? 1 : 0);
    layout->addWidget(m_form);
    layout->addWidget(m_amount);
    layout->addWidget(m_time);
    layout->addWidget(m_route);
    layout->addWidget(m_remove);
    retranslate();

    connect(m_form, &QComboBox::activated, this, &SupplementDoseRow::changed);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &SupplementDoseRow::changed);
    connect(m_time, &QLineEdit::textChanged, this, &SupplementDoseRow::changed);
    connect(m_route, &QComboBox::activated, this, &SupplementDoseRow::changed);
    connect(m_remove, &QToolButton::clicked, this, &SupplementDoseRow::removeRequested);
}

SupplementIntake SupplementDoseRow::dose() const
{
    SupplementIntake dose;
    dose.id = m_id;
    dose.form = form();
    dose.elementalMg = amountMg();
    dose.timeTaken = m_time->time();
    dose.route = m_route->currentIndex() == 1 ? Route::Intravenous : Route::Oral;
    return dose;
}

SupplementForm SupplementDoseRow::form() const
{
    return allSupplementForms()[std::size_t(m_form->currentIndex())];
}

double SupplementDoseRow::amountMg() const
{
    return m_amount->value();
}

void SupplementDoseRow::retranslate()
{
    for (int i = 0; i < m_form->count(); ++i)
        m_form->setItemText(i, DisplayNames::supplementForm(allSupplementForms()[std::size_t(i)]));
    m_route->setItemText(0, tr("By mouth"));
    m_route->setItemText(1, tr("Intravenous (given by a clinician)"));
    setComboBoxName(m_form, tr("Supplement form"));
    m_amount->setAccessibleName(tr("Elemental magnesium in mg, as on the label"));
    m_amount->setToolTip(m_amount->accessibleName());
    m_time->setAccessibleName(tr("Time taken"));
    setComboBoxName(m_route, tr("How it was taken"));
    m_remove->setAccessibleName(tr("Remove this supplement dose"));
    m_remove->setToolTip(m_remove->accessibleName());
}

} // namespace stilla
