#include "FindBar.h"

#include "AccessibleNames.h"
#include "app/gui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace stilla {

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_resultLabel(new QLabel(this))
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findLineEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_resultLabel->setObjectName(QStringLiteral("findResultLabel"));
    m_resultLabel->setMinimumWidth(90);
    for (QToolButton* button : {m_previousButton, m_nextButton, m_closeButton}) {
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::TabFocus);
    }
    m_previousButton->setArrowType(Qt::UpArrow);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_closeButton->setText(QStringLiteral("✕"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, spacing::xs, 0, spacing::xs);
    layout->setSpacing(spacing::s);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_closeButton);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::queryChanged);
    connect(m_previousButton, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_nextButton, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_closeButton, &QToolButton::clicked, this, &FindBar::close);
    retranslate();
    setResult(0, 0);
}

QString FindBar::query() const
{
    return m_edit->text();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setResult(int current, int total)
{
    m_current = current;
    m_total = total;
    if (m_edit->text().trimmed().isEmpty())
        m_resultLabel->clear();
    else if (total == 0)
        m_resultLabel->setText(tr("No matches"));
    else
        m_resultLabel->setText(tr("%1 of %2").arg(current).arg(total));
    m_previousButton->setEnabled(total > 0);
    m_nextButton->setEnabled(total > 0);
    m_resultLabel->setAccessibleName(m_resultLabel->text());
}

QString FindBar::resultText() const
{
    return m_resultLabel->text();
}

void FindBar::close()
{
    hide();
    emit closed();
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                emit previousRequested();
            else
                emit nextRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindBar::retranslate()
{
    m_edit->setPlaceholderText(tr("Find in the guide"));
    m_edit->setAccessibleName(tr("Find in the guide"));
    setClearButtonName(m_edit, tr("Clear the search"));
    m_previousButton->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previousButton->setAccessibleName(tr("Previous match"));
    m_nextButton->setToolTip(tr("Next match (Enter)"));
    m_nextButton->setAccessibleName(tr("Next match"));
    m_closeButton->setToolTip(tr("Close (Escape)"));
    m_closeButton->setAccessibleName(tr("Close the find bar"));
    setResult(m_current, m_total);
}

} // namespace stilla
