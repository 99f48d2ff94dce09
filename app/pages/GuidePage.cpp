#include "GuidePage.h"

#include <QVBoxLayout>

namespace stilla {

GuidePage::GuidePage(QWidget* parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("guidePage"));
    contentLayout()->addStretch(1);
    retranslate();
}

QString GuidePage::title() const
{
    return tr("Guide");
}

void GuidePage::retranslate()
{
    setHeader(title(),
        tr("The article on magnesium and restless legs, to read offline in Swedish or English."));
}

} // namespace stilla
