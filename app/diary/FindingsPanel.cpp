#include "FindingsPanel.h"

#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stilla {

namespace {

/// Calm colours: a soft tint of the severity behind dark text (light text in dark mode).
QColor tint(Severity severity, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (severity) {
    case Severity::Urgent:
        return dark ? QColor(0x6b, 0x2a, 0x2a) : QColor(0xfb, 0xe3, 0xe0);
    case Severity::Warning:
        return dark ? QColor(0x5c, 0x43, 0x1f) : QColor(0xfc, 0xeb, 0xd2);
    case Severity::Caution:
        return dark ? QColor(0x4f, 0x4a, 0x24) : QColor(0xfa, 0xf3, 0xd6);
    case Severity::Info:
        break;
    }
    return dark ? QColor(0x23, 0x3f, 0x4a) : QColor(0xe4, 0xef, 0xf4);
}

} // namespace

FindingsPanel::FindingsPanel(QWidget* parent)
    : QFrame(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(spacing::s);
    hide();
}

QString FindingsPanel::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Urgent:
        return tr("Seek care now");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Caution:
        return tr("Take care");
    case Severity::Info:
        break;
    }
    return tr("Good to know");
}

void FindingsPanel::setFindings(const std::vector<Finding>& findings)
{
    if (findings == m_findings)
        return;
    m_findings = findings;
    rebuild();
}

void FindingsPanel::rebuild()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Finding& finding : m_findings) {
        auto* row = new QFrame(this);
        row->setObjectName(QStringLiteral("finding_") + finding.rule);
        row->setAutoFillBackground(true);
        QPalette palette = row->palette();
        palette.setColor(QPalette::Window, tint(finding.severity, this->palette()));
        row->setPalette(palette);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(spacing::m, spacing::s, spacing::m, spacing::s);
        layout->setSpacing(spacing::m);
        // Plain, non-selectable text: a rich or selectable label lays out a whole text document
        // on every size query, and the panel is on the first screen (callgrind: 25 M of the
        // start-up's instructions for two findings). The severity is a bold line of its own.
        auto* text = new QVBoxLayout;
        text->setSpacing(0);
        auto* severity = new QLabel(severityName(finding.severity), row);
        severity->setTextFormat(Qt::PlainText);
        severity->setObjectName(QStringLiteral("findingSeverityLabel"));
        QFont bold = severity->font();
        bold.setBold(true);
        severity->setFont(bold);
        severity->setAccessibleName(QString()); // read as part of the message below
        auto* message = new QLabel(finding.message, row);
        message->setObjectName(QStringLiteral("findingMessageLabel"));
        message->setTextFormat(Qt::PlainText);
        message->setWordWrap(true);
        message->setAccessibleName(
            severityName(finding.severity) + QStringLiteral(": ") + finding.message);
        text->addWidget(severity);
        text->addWidget(message);
        layout->addLayout(text, 1);
        if (!finding.section.isEmpty()) {
            auto* link = new QPushButton(tr("In the guide"), row);
            link->setObjectName(QStringLiteral("findingGuideButton"));
            link->setAccessibleName(tr("Read about this in the guide"));
            link->setFlat(true);
            const QString section = finding.section;
            connect(link, &QPushButton::clicked, this,
                [this, section] { emit guideSectionRequested(section); });
            layout->addWidget(link, 0, Qt::AlignTop);
        }
        m_layout->addWidget(row);
    }
    setVisible(!m_findings.empty());
}

void FindingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QFrame::changeEvent(event);
}

} // namespace stilla
