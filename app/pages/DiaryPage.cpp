#include "DiaryPage.h"

#include <QVBoxLayout>

namespace stilla {

DiaryPage::DiaryPage(QWidget* parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("diaryPage"));
    contentLayout()->addStretch(1);
    retranslate();
}

QString DiaryPage::title() const
{
    return tr("Diary");
}

void DiaryPage::retranslate()
{
    setHeader(title(), tr("Log your sleep, symptoms, magnesium and habits, one day at a time."));
}

} // namespace stilla
