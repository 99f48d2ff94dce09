#pragma once

#include "DiarySection.h"

#include <QDate>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;

namespace stilla {

class OptionalSpinBox;
class TimeField;

/// Today's RLS symptoms: how bad (0-10, Stilla's own scale), when they began, what they felt
/// like (as the article describes them) and whether they disturbed sleep.
class SymptomsSection final : public DiarySection
{
    Q_OBJECT

public:
    explicit SymptomsSection(QWidget* parent = nullptr);
    void apply(DayEntry& day) const override;
    QList<FieldProblem> inputProblems() const override;

protected:
    void load(const DayEntry& day) override;
    void retranslate() override;

private:
    void updateTitle(); ///< names m_day in the title
    OptionalSpinBox* m_severity;
    QLabel* m_scaleLabel;
    TimeField* m_onsetTime;
    QComboBox* m_onsetPeriod;
    QCheckBox* m_urge;
    QCheckBox* m_pain;
    QCheckBox* m_throbbing;
    QCheckBox* m_other;
    QComboBox* m_disturbedSleep;
    std::vector<QLabel*> m_labels;
    QDate m_day; ///< the day shown, named in the title
};

} // namespace stilla
