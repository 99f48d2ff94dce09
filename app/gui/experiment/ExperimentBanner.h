#pragma once

#include "app/gui/widgets/WrappingLabel.h"
#include "core/experiment/ExperimentPlan.h"

#include <optional>

namespace stilla {

struct DayEntry;

/// A line above the diary's form while a self-experiment runs: the shown day's phase and what
/// was planned for it ("Magnesium phase (B), day 5 of 14: 200 mg of magnesium planned."), and
/// whether the day as logged keeps to it. Hidden on days outside the experiment.
class ExperimentBanner final : public WrappingLabel
{
    Q_OBJECT

public:
    explicit ExperimentBanner(QWidget* parent = nullptr);

    void setPlan(const std::optional<ExperimentPlan>& plan);
    /// Shows @p day (the form's entry as it is now) against the plan.
    void showDay(const DayEntry& day);
    /// The text for @p day, empty when the day is not part of a running phase or pause.
    static QString textFor(const ExperimentPlan& plan, const DayEntry& day);

private:
    std::optional<ExperimentPlan> m_plan;
};

} // namespace stilla
