#include "ChartsPage.h"

#include <QVBoxLayout>

namespace stilla {

ChartsPage::ChartsPage(QWidget* parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("chartsPage"));
    contentLayout()->addStretch(1);
    retranslate();
}

QString ChartsPage::title() const
{
    return tr("Charts");
}

void ChartsPage::retranslate()
{
    setHeader(title(), tr("See how your symptoms and sleep move with your magnesium intake."));
}

} // namespace stilla
