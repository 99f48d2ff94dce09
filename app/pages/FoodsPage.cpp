#include "FoodsPage.h"

#include <QVBoxLayout>

namespace stilla {

FoodsPage::FoodsPage(QWidget* parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("foodsPage"));
    contentLayout()->addStretch(1);
    retranslate();
}

QString FoodsPage::title() const
{
    return tr("Foods");
}

void FoodsPage::retranslate()
{
    setHeader(title(), tr("Find foods rich in magnesium and add them to your diary."));
}

} // namespace stilla
