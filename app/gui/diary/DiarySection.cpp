#include "DiarySection.h"

#include "app/gui/Theme.h"
#include "app/gui/widgets/WrappingLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
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
    // A message wraps in the width it is given and never widens its form (or, in the sleep
    // section, pushes the morning's column under the evening's).
    label->setFollowsLayoutWidth(true);
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
    if (!fieldPaths.isEmpty())
        form->addRow(rowMessage(label, field, fieldPaths)); // under the whole row
    return label;
}

QLabel* DiarySection::addRow(QGridLayout* grid, QWidget* field, const QStringList& fieldPaths)
{
    const int row = grid->count() == 0 ? 0 : grid->rowCount();
    auto* label = new QLabel(this);
    label->setBuddy(field);
    grid->addWidget(label, row, 0);
    grid->addWidget(field, row, 1, Qt::AlignLeft | Qt::AlignVCenter); // as wide as it asks
    if (!fieldPaths.isEmpty())
        grid->addWidget(rowMessage(label, field, fieldPaths), row + 1, 0, 1, 2);
    return label;
}

QLabel* DiarySection::rowMessage(QLabel* label, QWidget* field, const QStringList& fieldPaths)
{
    QLabel* message = messageLabel(fieldPaths);
    m_rows.insert(message, {label, field});
    return message;
}

QLabel* DiarySection::findMessageLabel(const QString& field) const
{
    if (QLabel* exact = m_messages.value(field))
        return exact;
    // "supplements[2].elemental_mg" → "supplements[]"
    if (const std::optional<FieldPath> path = FieldPath::parse(field))
        return m_messages.value(FieldPath::anyRow(path->list));
    return nullptr;
}

void DiarySection::showProblems(const std::vector<FieldProblem>& problems)
{
    QHash<QLabel*, QStringList> texts; // each line with its sign
    QHash<QLabel*, QStringList> spoken; // the same without the signs, for screen readers
    for (QLabel* label : std::as_const(m_messages))
        texts.insert(label, {});
    m_errorMessages.clear();
    std::vector<FieldProblem> errors;
    auto add = [&](const FieldProblem& problem) {
        if (problem.kind == FieldProblem::Kind::Error)
            errors.push_back(problem);
        QLabel* label = findMessageLabel(problem.field);
        if (!label)
            return;
        const bool error = problem.kind == FieldProblem::Kind::Error;
        // Each line starts with its sign, so that what it is never rests on colour alone.
        const QString line = (error ? problemMark() : questionMark()) + problem.message;
        if (!texts[label].contains(line)) {
            texts[label].append(line);
            spoken[label].append(problem.message);
        }
        if (error && !m_errorMessages.contains(label))
            m_errorMessages.append(label);
    };
    for (const FieldProblem& problem : problems)
        add(problem);
    for (const FieldProblem& problem : inputProblems())
        add(problem);
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QStringList& lines = it.value();
        QLabel* message = it.key();
        // An error (the day is not saved) is red and marks its field's label; a question (the
        // day is saved as typed, but one answer looks unusual) is in the text colour and leaves
        // the label as it is.
        const bool error = m_errorMessages.contains(message);
        message->setText(lines.join(QLatin1Char('\n')));
        message->setVisible(!lines.isEmpty());
        message->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
        message->setAccessibleName(message->text());
        if (const auto row = m_rows.find(message); row != m_rows.end()) {
            setMarked(row->label, error);
            row->field->setAccessibleDescription(spoken.value(message).join(u' '));
        }
    }
    markListRows(errors);
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
    if (const auto row = m_rows.find(first); row != m_rows.end())
        return row->field;
    QWidget* listField = listErrorField(first);
    return listField != nullptr ? listField : first;
}

QString DiarySection::problemMark()
{
    return QStringLiteral("\u26a0 ");
}

QString DiarySection::questionMark()
{
    return QStringLiteral("\u2139 ");
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
