#include "Page.h"

#include "app/gui/Theme.h"
#include "app/gui/widgets/WrappingLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace stilla {

Page::Page(QWidget* parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_introLabel(new WrappingLabel(this))
    , m_contentLayout(new QVBoxLayout)
    , m_headerLayout(new QHBoxLayout)
{
    m_titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    m_titleLabel->setFont(Theme::headingFont(1, font()));
    m_titleLabel->setAccessibleName(QString()); // a label's text is its name
    m_introLabel->setObjectName(QStringLiteral("pageIntroLabel"));
    m_introLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(spacing::xl, spacing::xl, spacing::xl, spacing::l);
    layout->setSpacing(spacing::s);
    m_headerLayout->setSpacing(spacing::m);
    m_headerLayout->addWidget(m_titleLabel);
    // Room between the title and what a page puts at the right; a page's own stretching
    // widget there (the day foods go to, "Saved") takes it all, not half.
    m_headerLayout->addStretch();
    layout->addLayout(m_headerLayout);
    layout->addWidget(m_introLabel);
    layout->addSpacing(spacing::s);
    m_contentLayout->setSpacing(spacing::m);
    layout->addLayout(m_contentLayout, 1);
}

void Page::setHeader(const QString& title, const QString& intro)
{
    m_titleLabel->setText(title);
    m_introLabel->setText(intro);
    m_introLabel->setVisible(!intro.isEmpty());
}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        m_titleLabel->setFont(Theme::headingFont(1, font()));
    QWidget::changeEvent(event);
}

} // namespace stilla
