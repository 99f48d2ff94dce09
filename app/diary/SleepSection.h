#pragma once

#include "DiarySection.h"

#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace stilla {

class OptionalSpinBox;
class TimeField;

/// Last night's sleep, as the Consensus Sleep Diary asks it, with time in bed, total sleep
/// and efficiency worked out as the user types.
class SleepSection final : public DiarySection
{
    Q_OBJECT

public:
    explicit SleepSection(QWidget* parent = nullptr);
    void apply(DayEntry& day) const override;
    QList<FieldProblem> inputProblems() const override;
    /// Offers "Same as yesterday" for the clock times when @p previous has any.
    void setPrevious(const std::optional<SleepRecord>& previous);

protected:
    void load(const DayEntry& day) override;
    void retranslate() override;

private:
    void updateDerived();
    SleepRecord record() const;

    TimeField* m_intoBed;
    TimeField* m_triedToSleep;
    OptionalSpinBox* m_latency;
    OptionalSpinBox* m_awakenings;
    OptionalSpinBox* m_wakeMinutes;
    TimeField* m_finalAwakening;
    TimeField* m_outOfBed;
    QButtonGroup* m_qualityGroup;
    std::vector<QRadioButton*> m_qualityButtons; // very poor .. very good, then "not recorded"
    QLabel* m_derivedLabel;
    QPushButton* m_sameAsYesterday;
    std::vector<QLabel*> m_labels;
    std::optional<SleepRecord> m_previous;
};

} // namespace stilla
