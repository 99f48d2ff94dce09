#include "FindingsPanel.h"

#include "app/gui/Icons.h"
#include "app/gui/Theme.h"
#include "app/gui/widgets/WrappingLabel.h"
#include "core/safety/SafetyEngine.h"
#include "core/safety/SafetyFacts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace stilla {

namespace {

/// Calm colours: a soft tint of the severity behind the palette's own text colour (dark text
/// on a light tint, light text on a dark tint in a dark appearance).
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

/// Stilla's line icons, not the style's message box icons: those are PNG files, and loading one
/// makes Qt load every image format plugin at start-up (docs/performance.md).
QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Urgent:
        return Icons::line(QStringLiteral("urgent"));
    case Severity::Warning:
    case Severity::Caution:
        return Icons::line(QStringLiteral("warning"));
    case Severity::Info:
        break;
    }
    return Icons::line(QStringLiteral("about"));
}

/// Where a group's findings come from: the article, or the authorities and documents.
QString sourceText(const FindingGroup& group)
{
    QStringList sources = SafetyFacts::ruleSources(group.lead);
    for (const Finding& other : group.others)
        sources << SafetyFacts::ruleSources(other);
    sources.removeDuplicates();
    return FindingsPanel::tr("Source: %1").arg(sources.join(QLatin1String("; ")));
}

/// The full texts of a group: the lead's message, then what the others add, then @p source.
/// An urgent group, whose details are open, keeps to what to do: its source is in the tooltip
/// and the accessible description.
QString detailsText(const FindingGroup& group, const QString& source)
{
    QStringList paragraphs {SafetyEngine::message(group.lead)};
    if (!group.others.empty()) {
        paragraphs.front().prepend(QStringLiteral("• "));
        for (const Finding& other : group.others)
            paragraphs << QStringLiteral("• ") + SafetyEngine::message(other);
    }
    if (group.severity() != Severity::Urgent)
        paragraphs << source;
    return paragraphs.join(QLatin1Char('\n'));
}

/// The same findings but for their texts: the rows can stay and only be said again.
bool sameShape(const std::vector<FindingGroup>& a, const std::vector<FindingGroup>& b)
{
    const auto sameFinding = [](const Finding& x, const Finding& y) {
        return x.rule == y.rule && x.severity == y.severity && x.section == y.section;
    };
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
        [&sameFinding](const FindingGroup& x, const FindingGroup& y) {
            return sameFinding(x.lead, y.lead)
                && std::equal(x.others.begin(), x.others.end(), y.others.begin(), y.others.end(),
                    sameFinding);
        });
}

} // namespace

FindingsPanel::FindingsPanel(QWidget* parent)
    : QFrame(parent)
    , m_scrollArea(new QScrollArea(this))
    , m_content(new QWidget(m_scrollArea))
    , m_layout(new QVBoxLayout(m_content))
    , m_moreLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_scrollArea->setObjectName(QStringLiteral("findingsScrollArea"));
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea->setFocusPolicy(Qt::NoFocus); // its lines' buttons are the stops
    m_scrollArea->viewport()->setAutoFillBackground(false);
    m_content->setAutoFillBackground(false);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(spacing::xs);
    m_scrollArea->setWidget(m_content);
    m_moreLabel->setObjectName(QStringLiteral("findingsMoreLabel"));
    m_moreLabel->setTextFormat(Qt::PlainText);
    m_moreLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_moreLabel->setContentsMargins(spacing::s, 0, spacing::s, 0);
    m_moreLabel->setFixedHeight(moreLineHeight());
    m_moreLabel->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scrollArea);
    layout->addWidget(m_moreLabel);
    const QScrollBar* scrollBar = m_scrollArea->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this, &FindingsPanel::updateMore);
    connect(scrollBar, &QScrollBar::rangeChanged, this, &FindingsPanel::updateMore);
    hide();
}

void FindingsPanel::setFindings(const std::vector<Finding>& findings)
{
    if (findings == m_findings)
        return;
    std::vector<FindingGroup> groups = SafetyEngine::group(findings);
    const bool sameRows = sameShape(groups, m_groups) && m_rows.size() == groups.size();
    m_findings = findings;
    m_groups = std::move(groups);
    if (sameRows)
        retranslate(); // only the amounts or the language changed: keep the rows and focus
    else
        rebuild();
}

void FindingsPanel::setHeightLimit(int pixels)
{
    if (pixels == m_heightLimit)
        return;
    m_heightLimit = pixels;
    setMaximumHeight(pixels);
    updateGeometry();
    QMetaObject::invokeMethod(this, &FindingsPanel::updateMore, Qt::QueuedConnection);
}

bool FindingsPanel::isExpanded(const FindingGroup& group) const
{
    const QString cause = group.cause();
    if (group.severity() == Severity::Urgent)
        return !m_closed.contains(cause); // urgent details are open unless closed
    return m_opened.contains(cause);
}

void FindingsPanel::rebuild()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (std::size_t index = 0; index < m_groups.size(); ++index) {
        Row row = makeRow(index, iconSize);
        m_layout->addWidget(row.frame);
        m_rows.push_back(row);
    }
    m_layout->addStretch(1);
    updateTabOrder();
    updateColours();
    retranslate();
    setVisible(!m_groups.empty());
    updateGeometry();
    // Once the lines are laid out.
    QMetaObject::invokeMethod(this, &FindingsPanel::updateMore, Qt::QueuedConnection);
}

/// One finding's line: icon, severity, summary, a details button and a link into the guide,
/// with the details below it.
FindingsPanel::Row FindingsPanel::makeRow(std::size_t index, int iconSize)
{
    const FindingGroup& group = m_groups[index];
    const bool urgent = group.severity() == Severity::Urgent;
    Row row;
    row.frame = new QFrame(m_content);
    row.frame->setObjectName(QStringLiteral("finding_") + group.lead.rule);
    row.frame->setAutoFillBackground(true);
    if (urgent) {
        // Set apart beyond its colour: a frame around it and its details open.
        row.frame->setFrameShape(QFrame::Box);
        row.frame->setFrameShadow(QFrame::Plain);
        row.frame->setLineWidth(2);
    }
    // Plain, non-selectable text: a rich or selectable label lays out a whole text document
    // on every size query, and the panel is on the first screen (callgrind: 25 M of the
    // start-up's instructions for two findings).
    row.icon = new QLabel(row.frame);
    row.icon->setObjectName(QStringLiteral("findingIconLabel"));
    row.icon->setFixedSize(iconSize, iconSize);
    row.severity = new QLabel(row.frame);
    row.severity->setObjectName(QStringLiteral("findingSeverityLabel"));
    row.severity->setTextFormat(Qt::PlainText);
    QFont bold = row.severity->font();
    bold.setBold(true);
    row.severity->setFont(bold);
    row.summary = new WrappingLabel(row.frame);
    row.summary->setObjectName(QStringLiteral("findingSummaryLabel"));
    row.summary->setTextFormat(Qt::PlainText);
    if (urgent)
        row.summary->setFont(bold);
    row.detailsButton = new QToolButton(row.frame);
    row.detailsButton->setObjectName(QStringLiteral("findingDetailsButton"));
    row.detailsButton->setCheckable(true);
    row.detailsButton->setAutoRaise(true);
    row.detailsButton->setFocusPolicy(Qt::StrongFocus);
    row.detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    row.details = new WrappingLabel(row.frame);
    row.details->setObjectName(QStringLiteral("findingDetailsLabel"));
    row.details->setTextFormat(Qt::PlainText);

    auto* line = new QHBoxLayout;
    line->setSpacing(spacing::s);
    line->addWidget(row.icon, 0, Qt::AlignVCenter);
    line->addWidget(row.severity, 0, Qt::AlignVCenter);
    line->addWidget(row.summary, 1, Qt::AlignVCenter);
    line->addWidget(row.detailsButton, 0, Qt::AlignVCenter);
    if (!group.lead.section.isEmpty()) {
        row.guideButton = new QPushButton(row.frame);
        row.guideButton->setObjectName(QStringLiteral("findingGuideButton"));
        row.guideButton->setFlat(true);
        const QString section = group.lead.section;
        connect(row.guideButton, &QPushButton::clicked, this,
            [this, section] { emit guideSectionRequested(section); });
        line->addWidget(row.guideButton, 0, Qt::AlignVCenter);
    }
    auto* layout = new QVBoxLayout(row.frame);
    layout->setContentsMargins(spacing::s, spacing::xs, spacing::s, spacing::xs);
    layout->setSpacing(spacing::xs);
    layout->addLayout(line);
    auto* detailsLine = new QHBoxLayout;
    detailsLine->setContentsMargins(iconSize + spacing::s, 0, 0, spacing::xs);
    detailsLine->addWidget(row.details);
    layout->addLayout(detailsLine);
    connect(row.detailsButton, &QToolButton::toggled, this,
        [this, index](bool expanded) { setExpanded(index, expanded); });
    return row;
}

void FindingsPanel::updateTabOrder()
{
    // New lines join the end of the window's focus chain; Tab should reach them where they are
    // read: after the widget before the panel, before the form below it.
    QWidget* previous = previousInFocusChain();
    while (previous && previous != this
        && (isAncestorOf(previous) || !(previous->focusPolicy() & Qt::TabFocus)))
        previous = previous->previousInFocusChain();
    if (!previous || previous == this)
        return;
    for (const Row& row : m_rows) {
        for (QWidget* stop :
            {static_cast<QWidget*>(row.detailsButton), static_cast<QWidget*>(row.guideButton)}) {
            if (!stop)
                continue;
            setTabOrder(previous, stop);
            previous = stop;
        }
    }
}

void FindingsPanel::retranslate()
{
    for (std::size_t index = 0; index < m_rows.size() && index < m_groups.size(); ++index) {
        const FindingGroup& group = m_groups[index];
        const Row& row = m_rows[index];
        const QString severity = SafetyEngine::severityName(group.severity());
        const QString summary = SafetyEngine::summary(group.lead);
        row.icon->setAccessibleName(severity);
        row.severity->setText(severity);
        row.severity->setAccessibleName(QString()); // read as part of the summary
        row.summary->setText(summary);
        row.summary->setAccessibleName(severity + QStringLiteral(": ") + summary);
        const QString source = sourceText(group);
        row.details->setText(detailsText(group, source));
        row.details->setAccessibleName(row.details->text());
        row.details->setToolTip(source);
        row.details->setAccessibleDescription(source);
        row.detailsButton->setText(tr("Details"));
        row.detailsButton->setAccessibleName(tr("Details: %1").arg(summary));
        if (row.guideButton) {
            row.guideButton->setText(tr("In the guide"));
            row.guideButton->setAccessibleName(tr("Read about this in the guide: %1").arg(summary));
        }
        const bool expanded = isExpanded(group);
        {
            const QSignalBlocker blocker(row.detailsButton);
            row.detailsButton->setChecked(expanded);
        }
        row.detailsButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        row.detailsButton->setToolTip(expanded ? tr("Hide the details") : tr("Show the details"));
        row.details->setVisible(expanded);
    }
    updateGeometry();
}

void FindingsPanel::updateColours()
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (std::size_t index = 0; index < m_rows.size() && index < m_groups.size(); ++index) {
        const Severity severity = m_groups[index].severity();
        const Row& row = m_rows[index];
        QPalette palette = row.frame->palette();
        palette.setColor(QPalette::Window, tint(severity, this->palette()));
        row.frame->setPalette(palette);
        row.icon->setPixmap(severityIcon(severity).pixmap(iconSize, iconSize));
    }
}

void FindingsPanel::setExpanded(std::size_t index, bool expanded)
{
    if (index >= m_groups.size())
        return;
    const FindingGroup& group = m_groups[index];
    const QString cause = group.cause();
    if (group.severity() == Severity::Urgent) {
        if (expanded)
            m_closed.remove(cause);
        else
            m_closed.insert(cause);
    } else if (expanded) {
        m_opened.insert(cause);
    } else {
        m_opened.remove(cause);
    }
    retranslate();
    updateGeometry();
    if (expanded) {
        // Once the open details are laid out: the line and as much of them as fits, from the
        // line's top (scrolling to the details themselves hid the line they belong to).
        QMetaObject::invokeMethod(
            this,
            [this, index] {
                if (index >= m_rows.size())
                    return;
                // ensureWidgetVisible() centres a line taller than the panel: its top is hidden.
                const QFrame* line = m_rows[index].frame;
                if (line->height() > m_scrollArea->viewport()->height())
                    m_scrollArea->verticalScrollBar()->setValue(line->y());
                else
                    m_scrollArea->ensureWidgetVisible(m_rows[index].frame, 0, 0);
            },
            Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(this, &FindingsPanel::updateMore, Qt::QueuedConnection);
}

namespace {

int heightAt(const QWidget* widget, int width)
{
    return widget->hasHeightForWidth() && width > 0 ? widget->heightForWidth(width)
                                                    : widget->sizeHint().height();
}

} // namespace

int FindingsPanel::linesWidth() const
{
    const int width = m_scrollArea->viewport()->width();
    if (width > 0 && m_scrollArea->isVisible())
        return width;
    return this->width() - 2 * frameWidth();
}

bool FindingsPanel::overflows(int width) const
{
    return heightAt(m_content, width) > m_heightLimit - 2 * frameWidth();
}

int FindingsPanel::linesHeight(int width) const
{
    if (!overflows(width))
        return heightAt(m_content, width);
    // Room for the "more below" line too, then whole lines only; but a line whose details are
    // open gets the room that is left, so that they begin to show where they were asked for
    // (at 800 × 600 the panel shrank to the line above them).
    const int room = m_heightLimit - 2 * frameWidth() - moreLineHeight();
    int fitted = 0;
    for (const Row& row : m_rows) {
        const int next
            = fitted + (fitted > 0 ? m_layout->spacing() : 0) + heightAt(row.frame, width);
        if (next > room && fitted > 0) {
            if (!row.details->isHidden())
                fitted = room;
            break;
        }
        fitted = next;
    }
    return std::min(fitted, room) + moreLineHeight();
}

int FindingsPanel::moreLineHeight() const
{
    return fontMetrics().height() + spacing::xs;
}

QSize FindingsPanel::sizeHint() const
{
    // As tall as the lines at the width they have, but never above the height limit.
    const int frame = 2 * frameWidth();
    return {m_content->sizeHint().width() + frame,
        std::min(linesHeight(linesWidth()) + frame, m_heightLimit)};
}

QSize FindingsPanel::minimumSizeHint() const
{
    // The first line at least, when the page is short; the rest scrolls.
    const int first = m_rows.empty() ? 0 : m_rows.front().frame->minimumSizeHint().height();
    return {m_scrollArea->minimumSizeHint().width(),
        std::min({first + 2 * frameWidth(), sizeHint().height(), m_heightLimit})};
}

void FindingsPanel::updateMore()
{
    const QScrollBar* scrollBar = m_scrollArea->verticalScrollBar();
    const int top = scrollBar->value();
    const int bottom = top + m_scrollArea->viewport()->height();
    int above = 0;
    int below = 0;
    // A note counts as out of view when most of it is (a line whose edge the scrolling hid
    // by a few pixels was counted too: "2 more above" under one hidden note).
    for (const Row& row : m_rows) {
        const int middle = row.frame->geometry().center().y();
        if (middle > bottom)
            ++below;
        else if (middle < top)
            ++above;
    }
    if (below > 0)
        m_moreLabel->setText(
            tr("%Ln more safety note(s) below: scroll to see them", nullptr, below));
    else if (above > 0)
        m_moreLabel->setText(tr("%Ln more safety note(s) above", nullptr, above));
    else
        m_moreLabel->clear();
    m_moreLabel->setAccessibleName(m_moreLabel->text());
    // Shown whenever the lines are taller than the limit (linesHeight() keeps room for it).
    m_moreLabel->setVisible(overflows(linesWidth()));
}

void FindingsPanel::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry(); // the lines wrap differently
    QMetaObject::invokeMethod(this, &FindingsPanel::updateMore, Qt::QueuedConnection);
}

void FindingsPanel::changeEvent(QEvent* event)
{
    // Said again from the findings in place: no row is deleted while the event goes round.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateMore();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColours();
    QFrame::changeEvent(event);
}

} // namespace stilla
