#include "DiarySection.h"

#include "app/gui/Theme.h"
#include "app/gui/widgets/WrappingLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

#include <algorithm>

namespace stilla {

DiarySection::DiarySection(QWidget* parent)
    : QGroupBox(parent)
{ }

void DiarySection::setEntry(const DayEntry& day)
{
    m_loading = true;
    load(day);
    m_loading = false;
    orderTabs(); // once for all the rows the day brought
}

QLabel* DiarySection::subTitle()
{
    auto* label = new WrappingLabel(this);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QLabel* DiarySection::messageLabel(const QStringList& fieldPaths)
{
    // Wrapped: a message is a sentence, and in an 800-pixel window it is wider than the form.
    auto* label = new WrappingLabel(this);
    label->setObjectName(QStringLiteral("fieldMessageLabel"));
    label->setVisible(false);
    // The role, not a copied colour, so the text follows a change of appearance.
    label->setForegroundRole(QPalette::BrightText);
    for (const QString& path : fieldPaths)
        m_messages.insert(path, label);
    return label;
}

QLabel* DiarySection::addRow(QFormLayout* form, QWidget* field, const QStringList& fieldPaths)
{
    auto* label = new QLabel(this);
    label->setBuddy(field);
    form->addRow(label, field);
    if (!fieldPaths.isEmpty()) {
        QLabel* message = messageLabel(fieldPaths);
        form->addRow(QString(), message);
        m_rows.insert(message, {label, field});
    }
    return label;
}

QLabel* DiarySection::findMessageLabel(const QString& field) const
{
    if (QLabel* exact = m_messages.value(field))
        return exact;
    // "supplements[2].elemental_mg" → "supplements[]"
    const int bracket = field.indexOf(QLatin1Char('['));
    if (bracket > 0)
        return m_messages.value(field.left(bracket) + QStringLiteral("[]"));
    return nullptr;
}

void DiarySection::showProblems(const std::vector<FieldProblem>& problems)
{
    QHash<QLabel*, QStringList> texts;
    for (QLabel* label : std::as_const(m_messages))
        texts.insert(label, {});
    m_errorMessages.clear();
    auto add = [&](const FieldProblem& problem) {
        if (QLabel* label = findMessageLabel(problem.field)) {
            texts[label].append(problem.message);
            if (problem.kind == FieldProblem::Kind::Error && !m_errorMessages.contains(label))
                m_errorMessages.append(label);
        }
    };
    for (const FieldProblem& problem : problems)
        add(problem);
    for (const FieldProblem& problem : inputProblems())
        add(problem);
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        QStringList lines = it.value();
        lines.removeDuplicates();
        const bool marked = !lines.isEmpty();
        QLabel* message = it.key();
        // Each line starts with a warning sign, so a problem never rests on colour alone.
        for (QString& line : lines)
            line.prepend(problemMark());
        message->setText(lines.join(QLatin1Char('\n')));
        message->setVisible(marked);
        message->setAccessibleName(message->text());
        if (const auto row = m_rows.find(message); row != m_rows.end()) {
            setMarked(row->label, marked);
            row->field->setAccessibleDescription(marked ? it.value().join(u' ') : QString());
        }
    }
}

QWidget* DiarySection::firstError() const
{
    QLabel* first = nullptr;
    for (QLabel* message : m_errorMessages) {
        if (first == nullptr || message->y() < first->y())
            first = message;
    }
    if (first == nullptr)
        return nullptr;
    const auto row = m_rows.find(first);
    return row != m_rows.end() ? row->field : first;
}

QString DiarySection::problemMark()
{
    return QStringLiteral("\u26a0 ");
}

void DiarySection::setMarked(QLabel* label, bool marked)
{
    QString text = label->text();
    const bool hasMark = text.startsWith(problemMark());
    if (marked && !hasMark)
        text.prepend(problemMark());
    else if (!marked && hasMark)
        text.remove(0, problemMark().size());
    label->setText(text);
    label->setForegroundRole(marked ? QPalette::BrightText : QPalette::WindowText);
    label->setProperty("problemMarked", marked);
}

void DiarySection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // retranslate() wrote the row labels anew: mark again those with a problem.
        for (const Row& row : std::as_const(m_rows))
            if (row.label->property("problemMarked").toBool())
                setMarked(row.label, true);
    }
    QGroupBox::changeEvent(event);
}

void DiarySection::chainTabs(QWidget* fixed, const QList<QWidget*>& widgets)
{
    QList<QWidget*> chain;
    for (QWidget* widget : widgets) {
        if (widget->focusPolicy() != Qt::NoFocus) {
            chain << widget;
            continue;
        }
        for (QWidget* child : widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (child->focusPolicy() != Qt::NoFocus)
                chain << child;
        }
    }
    // Qt orders only widgets that take the focus: the chain starts after the last such widget
    // before the section's part, passing over the rows placed there last time and what is
    // inside them (a spin box's own line edit is in the focus chain too: ordered against its
    // spin box, it broke the chain).
    // (Everything in the chain is one of @p widgets or inside one.)
    const auto ours = [&widgets](const QWidget* widget) {
        return std::any_of(widgets.begin(), widgets.end(),
            [widget](const QWidget* part) { return part == widget || part->isAncestorOf(widget); });
    };
    QWidget* anchor = fixed->previousInFocusChain();
    while (anchor != fixed && (anchor->focusPolicy() == Qt::NoFocus || ours(anchor)))
        anchor = anchor->previousInFocusChain();
    // The whole field, not the line edit inside a spin box.
    while (anchor != fixed && !anchor->isWindow() && anchor->parentWidget()
        && anchor->parentWidget()->focusPolicy() != Qt::NoFocus)
        anchor = anchor->parentWidget();
    if (anchor != fixed)
        chain.prepend(anchor);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

} // namespace stilla
