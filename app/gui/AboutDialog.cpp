#include "AboutDialog.h"

#include "Icons.h"
#include "Theme.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/Language.h"
#include "core/foods/FoodSources.h"
#include "stilla/Version.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stilla {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_iconLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_textLabel(new WrappingLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_iconLabel->setPixmap(Icons::app().pixmap(QSize(72, 72), devicePixelRatioF()));
    m_iconLabel->setAlignment(Qt::AlignTop);
    m_nameLabel->setFont(Theme::headingFont(1, font()));
    m_textLabel->setTextFormat(Qt::RichText);
    m_textLabel->setOpenExternalLinks(false);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textLabel->setMinimumWidth(420);

    auto* text = new QVBoxLayout;
    text->setSpacing(spacing::s);
    text->addWidget(m_nameLabel);
    text->addWidget(m_textLabel);
    auto* top = new QHBoxLayout;
    top->setSpacing(spacing::l);
    top->addWidget(m_iconLabel);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(spacing::xl, spacing::xl, spacing::xl, spacing::l);
    layout->setSpacing(spacing::l);
    layout->addLayout(top);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

QStringList AboutDialog::attributions()
{
    QStringList lines;
    const QString language = Language::fromLocale(QLocale());
    for (const QString& line : FoodSources::attributions(language))
        lines << line.toHtmlEscaped();
    return lines;
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Stilla"));
    m_nameLabel->setText(tr("Stilla %1").arg(QString::fromLatin1(version::kVersion)));
    m_iconLabel->setAccessibleName(tr("Stilla's icon"));
    QString html = QStringLiteral("<p>")
        + tr("A calm companion for people with restless legs syndrome who want to find out "
             "whether magnesium helps them.")
        + QStringLiteral("</p><p>")
        + tr("Stilla informs; it does not replace your doctor. Talk to a doctor before you "
             "start, change or stop a treatment.")
        + QStringLiteral("</p><p>") + tr("Licence: GNU General Public License, version 3 or later.")
        + QStringLiteral("</p><p><b>") + tr("Data sources") + QStringLiteral("</b></p>");
    html += QStringLiteral("<p>")
        + tr("The guide is a translation of a Swedish article on "
             "magnesium and restless legs syndrome.")
        + QStringLiteral("</p>");
    const QStringList sources = attributions();
    for (const QString& source : sources)
        html += QStringLiteral("<p>") + source + QStringLiteral("</p>");
    m_textLabel->setText(html);
    MessageBox::translateButtons(*m_buttons);
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
}

} // namespace stilla
