#include "DiarySection.h"

#include "Theme.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace stilla {

DiarySection::DiarySection(QWidget* parent)
    : QGroupBox(parent)
{ }

void DiarySection::setEntry(const DayEntry& day)
{
    m_loading = true;
    load(day);
    m_loading = false;
}

QLabel* DiarySection::subTitle()
{
    auto* label = new QLabel(this);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QLabel* DiarySection::messageLabel(const QStringList& fieldPaths)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("fieldMessageLabel"));
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::BrightText));
    label->setPalette(palette);
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
        form->addRow(QString(), messageLabel(fieldPaths));
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
    auto add = [&](const FieldProblem& problem) {
        if (QLabel* label = findMessageLabel(problem.field))
            texts[label].append(problem.message);
    };
    for (const FieldProblem& problem : problems)
        add(problem);
    for (const FieldProblem& problem : inputProblems())
        add(problem);
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        it.value().removeDuplicates();
        it.key()->setText(it.value().join(QLatin1Char('\n')));
        it.key()->setVisible(!it.value().isEmpty());
        it.key()->setAccessibleName(it.key()->text());
    }
}

void DiarySection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace stilla
