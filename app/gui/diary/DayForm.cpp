#include "DayForm.h"

#include "HabitsSection.h"
#include "HealthSection.h"
#include "MagnesiumSection.h"
#include "SleepSection.h"
#include "SymptomsSection.h"
#include "app/gui/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QMoveEvent>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace stilla {

DayForm::DayForm(QWidget* parent)
    : QScrollArea(parent)
    , m_sleep(new SleepSection)
    , m_symptoms(new SymptomsSection)
    , m_magnesium(new MagnesiumSection)
    , m_habits(new HabitsSection)
    , m_health(new HealthSection)
{
    setObjectName(QStringLiteral("dayForm"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("dayFormContent"));
    // Given to the scroll area while it is empty: given whole, the scroll area lays the form
    // out at once to size its scroll bars, before the window is shown or its texts are final
    // (16 M instructions of the start-up, all done again when the window is shown).
    setWidget(content);
    auto* column = new QVBoxLayout;
    column->setSpacing(spacing::l);
    for (DiarySection* section : sections()) {
        column->addWidget(section);
        connect(section, &DiarySection::edited, this, &DayForm::edited);
    }
    column->addStretch(1);
    // A readable column: centred, never wider than needed.
    auto* row = new QHBoxLayout(content);
    row->setContentsMargins(0, 0, spacing::m, spacing::l);
    row->addStretch(0);
    row->addLayout(column, 1);
    row->addStretch(0);
    content->setMaximumWidth(16777215);
    for (DiarySection* section : sections())
        section->setMaximumWidth(900);
    connect(m_magnesium, &MagnesiumSection::addFoodRequested, this, &DayForm::addFoodRequested);
    setAccessibleName(tr("Entries for the day"));
    // The scroll area itself is no stop for Tab: it would take the focus without showing it.
    setFocusPolicy(Qt::NoFocus);
    // Whatever takes the focus in the form is scrolled into view: Tab does so already, a
    // mnemonic (Alt+letter on a field's label) and a click on a half-hidden field did not.
    // At once, and again once the layout has placed it: a row just added (a supplement, a
    // medicine) takes the focus before it has a place, and was left below the visible part.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == nullptr || widget() == nullptr || !widget()->isAncestorOf(now))
            return;
        ensureWidgetVisible(now, spacing::l, spacing::l);
        QMetaObject::invokeMethod(
            this,
            [this, field = QPointer<QWidget>(now)] {
                if (field && field->hasFocus())
                    ensureWidgetVisible(field, spacing::l, spacing::l);
            },
            Qt::QueuedConnection);
    });
}

void DayForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Entries for the day"));
    QScrollArea::changeEvent(event);
}

void DayForm::setEntry(const DayEntry& day, const std::optional<DayEntry>& previous)
{
    m_date = day.date;
    m_keepInPlace = false;
    m_scrollOwed = 0;
    for (DiarySection* section : sections())
        section->setEntry(day);
    m_sleep->setPrevious(previous ? std::optional(previous->sleep) : std::nullopt);
    m_magnesium->setPrevious(previous);
    m_health->setPrevious(previous);
    showProblems({});
}

DayEntry DayForm::entry() const
{
    DayEntry day;
    day.date = m_date;
    for (const DiarySection* section : sections())
        section->apply(day);
    return day;
}

std::vector<FieldProblem> DayForm::problems(const DayEntry& day) const
{
    std::vector<FieldProblem> problems = DayValidation::validate(day);
    for (const DiarySection* section : sections()) {
        for (const FieldProblem& problem : section->inputProblems())
            problems.push_back(problem);
    }
    return problems;
}

void DayForm::showProblems(const std::vector<FieldProblem>& problems)
{
    for (DiarySection* section : sections())
        section->showProblems(problems);
}

std::array<DiarySection*, 5> DayForm::sections() const
{
    return {m_sleep, m_symptoms, m_magnesium, m_habits, m_health};
}

bool DayForm::focusFirstError()
{
    for (DiarySection* section : sections()) {
        if (QWidget* error = section->firstError()) {
            if (error->focusPolicy() != Qt::NoFocus)
                error->setFocus(Qt::OtherFocusReason);
            else
                ensureWidgetVisible(error, spacing::l, spacing::l);
            return true;
        }
    }
    return false;
}

void DayForm::focusSection(const QString& anchor)
{
    QWidget* target = m_sleep;
    if (anchor == QLatin1String("symptoms"))
        target = m_symptoms;
    else if (anchor == QLatin1String("supplements") || anchor == QLatin1String("magnesium"))
        target = m_magnesium;
    else if (anchor == QLatin1String("habits"))
        target = m_habits;
    else if (anchor == QLatin1String("health"))
        target = m_health;
    verticalScrollBar()->setValue(target->mapTo(widget(), QPoint(0, 0)).y() - spacing::s);
    // Land on the section's first control so the keyboard can carry on from there.
    if (target == m_magnesium) {
        if (auto* button
            = m_magnesium->findChild<QPushButton*>(QStringLiteral("addSupplementButton")))
            button->setFocus(Qt::OtherFocusReason);
    } else {
        target->nextInFocusChain()->setFocus(Qt::OtherFocusReason);
    }
}

void DayForm::moveEvent(QMoveEvent* event)
{
    QScrollArea::moveEvent(event);
    const int moved = event->pos().y() - event->oldPos().y();
    if (!m_keepInPlace || moved == 0 || !isVisible())
        return;
    // Down by as much as the notes above grew (up as much as they shrank). The resize that
    // follows a move makes the room below: what does not fit yet is scrolled then.
    QScrollBar* bar = verticalScrollBar();
    const int wanted = bar->value() + moved;
    bar->setValue(wanted);
    m_scrollOwed = wanted - bar->value();
}

void DayForm::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    if (m_scrollOwed != 0) {
        verticalScrollBar()->setValue(verticalScrollBar()->value() + m_scrollOwed);
        m_scrollOwed = 0;
    }
}

} // namespace stilla
