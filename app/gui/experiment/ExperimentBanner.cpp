#include "ExperimentBanner.h"

#include "core/diary/DayEntry.h"

namespace stilla {

ExperimentBanner::ExperimentBanner(QWidget* parent)
    : WrappingLabel(parent)
{
    setObjectName(QStringLiteral("experimentBanner"));
    setTextFormat(Qt::PlainText);
    setMargin(6);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setForegroundRole(QPalette::Text);
    hide();
}

void ExperimentBanner::setPlan(const std::optional<ExperimentPlan>& plan)
{
    m_plan = plan;
}

QString ExperimentBanner::textFor(const ExperimentPlan& plan, const DayEntry& day)
{
    const ExperimentDay where = ExperimentSchedule::dayOf(plan, day.date);
    if (where.state != ExperimentDay::State::InPhase && where.state != ExperimentDay::State::Paused)
        return {};
    QString text = ExperimentSchedule::describe(plan, day.date);
    if (where.state != ExperimentDay::State::InPhase)
        return text;
    const bool logged = day.supplementMagnesiumMg() > 0;
    if (where.arm == Arm::WithMagnesium && !logged)
        text += QLatin1Char(' ') + tr("No supplement is logged for this day yet.");
    else if (where.arm == Arm::WithoutMagnesium && logged)
        text += QLatin1Char(' ')
            + tr("A supplement is logged for this day, though this phase is without magnesium: "
                 "the day still counts, but it makes the answer less clear.");
    return text;
}

void ExperimentBanner::showDay(const DayEntry& day)
{
    const QString text = m_plan ? textFor(*m_plan, day) : QString();
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

} // namespace stilla
