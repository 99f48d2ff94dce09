#include "Sidebar.h"

#include "Icons.h"
#include "Theme.h"

#include <QEvent>
#include <QListWidget>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace stilla {

Sidebar::Sidebar(const QStringList& iconNames, QWidget* parent)
    : QWidget(parent)
    , m_navigation(new QListWidget(this))
    , m_aboutButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("sidebar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setFixedWidth(180);

    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->viewport()->setAutoFillBackground(false);
    m_navigation->setAutoFillBackground(false);
    for (const QString& icon : iconNames) {
        auto* item = new QListWidgetItem(Icons::line(icon), QString(), m_navigation);
        item->setSizeHint(QSize(0, 40));
    }
    m_aboutButton->setObjectName(QStringLiteral("aboutButton"));
    m_aboutButton->setIcon(Icons::line(QStringLiteral("about")));
    m_aboutButton->setIconSize(QSize(20, 20));
    m_aboutButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_aboutButton->setAutoRaise(true);
    m_aboutButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(spacing::s, spacing::l, spacing::s, spacing::s);
    layout->setSpacing(spacing::s);
    layout->addWidget(m_navigation, 1);
    layout->addWidget(m_aboutButton);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit rowChosen(row);
    });
    connect(m_aboutButton, &QToolButton::clicked, this, &Sidebar::aboutRequested);
    retranslate();
}

void Sidebar::setPageTitles(const QStringList& titles)
{
    for (int i = 0; i < titles.size() && i < m_navigation->count(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        item->setText(titles[i]);
        item->setToolTip(i < 4 ? tr("%1 (Ctrl+%2)").arg(titles[i]).arg(i + 1) : titles[i]);
    }
}

int Sidebar::currentRow() const
{
    return m_navigation->currentRow();
}

void Sidebar::showRow(int row)
{
    if (m_navigation->currentRow() == row)
        return;
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(row);
}

void Sidebar::chooseRow(int row)
{
    m_navigation->setCurrentRow(row);
}

void Sidebar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Sidebar::retranslate()
{
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setAccessibleDescription(
        tr("Choose a page. Ctrl+1 to Ctrl+4 jump straight to a page."));
    m_aboutButton->setText(tr("About Stilla"));
    m_aboutButton->setAccessibleName(tr("About Stilla"));
}

} // namespace stilla
