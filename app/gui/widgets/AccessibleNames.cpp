#include "AccessibleNames.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace stilla {

namespace {
const char* const kHiddenLabelName = "stillaComboBoxNameLabel";

/// The label beside @p box whose buddy it is, or nullptr.
QLabel* buddyLabel(const QComboBox* box)
{
    const auto labels = box->parentWidget()->findChildren<QLabel*>(Qt::FindDirectChildrenOnly);
    for (QLabel* label : labels) {
        if (label->buddy() == box)
            return label;
    }
    return nullptr;
}
} // namespace

void setComboBoxName(QComboBox* box, const QString& name)
{
    box->setAccessibleName(name);
    if (!box->parentWidget())
        return; // without a parent there is nowhere to put a label: call it once it has one
    QLabel* label = buddyLabel(box);
    if (!label) {
        label = new QLabel(box->parentWidget());
        label->setObjectName(QLatin1String(kHiddenLabelName));
        label->setBuddy(box);
        label->hide();
    }
    if (label->objectName() == QLatin1String(kHiddenLabelName))
        label->setText(name);
}

void setClearButtonName(QLineEdit* edit, const QString& name)
{
    // The clear button is the line edit's only tool button (a QLineEditIconButton).
    const auto buttons = edit->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly);
    for (QToolButton* button : buttons)
        button->setAccessibleName(name);
}

} // namespace stilla
