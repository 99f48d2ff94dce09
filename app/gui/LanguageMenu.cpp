#include "LanguageMenu.h"

#include "core/Language.h"

#include <QActionGroup>
#include <QEvent>

namespace stilla {

LanguageMenu::LanguageMenu(const Translators& translators, QWidget* parent)
    : QMenu(parent)
    , m_translators(translators)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    for (const QString& code : Language::supported()) {
        auto* action
            = addAction(code == QLatin1String(Language::kSwedish) ? QStringLiteral("Svenska")
                                                                  : QStringLiteral("English"));
        action->setCheckable(true);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { emit languageChosen(code); });
    }
    retranslate();
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toString() == m_translators.language());
}

} // namespace stilla
