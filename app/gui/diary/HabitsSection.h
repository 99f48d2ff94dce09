#pragma once

#include "DiarySection.h"

class QCheckBox;
class QLabel;

namespace stilla {

class OptionalSpinBox;

/// The article's other remedies, as done today: caffeine, exercise, a warm bath, massage,
/// relaxation and a regular sleep routine.
class HabitsSection final : public DiarySection
{
    Q_OBJECT

public:
    explicit HabitsSection(QWidget* parent = nullptr);
    void apply(DayEntry& day) const override;

protected:
    void load(const DayEntry& day) override;
    void retranslate() override;

private:
    OptionalSpinBox* m_caffeine;
    OptionalSpinBox* m_exercise;
    QCheckBox* m_warmBath;
    QCheckBox* m_massage;
    QCheckBox* m_relaxation;
    QCheckBox* m_routine;
    std::vector<QLabel*> m_labels;
    Remedies m_loaded;
};

} // namespace stilla
