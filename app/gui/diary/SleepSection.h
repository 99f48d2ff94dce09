#pragma once

#include "DiarySection.h"

#include <QDate>

#include <optional>

class QButtonGroup;
class QLabel;
class QLocale;
class QPushButton;
class QRadioButton;

namespace stilla {

class OptionalSpinBox;
class TimeField;

/// The night that ended on the morning of the day shown, as the Consensus Sleep Diary asks it
/// on waking, with time in bed, total sleep and efficiency worked out as the user types. The
/// title names the night by its two dates ("Night of Wed 2 → Thu 3 Dec").
class SleepSection final : public DiarySection
{
    Q_OBJECT

public:
    explicit SleepSection(QWidget* parent = nullptr);
    void apply(DayEntry& day) const override;
    QList<FieldProblem> inputProblems() const override;
    /// Offers "Same times as the night before" for the clock times when @p previous (the sleep
    /// of the day before, so the night before this one) has any.
    void setPrevious(const std::optional<SleepRecord>& previous);

    /// "Night of Wed 2 → Thu 3 Dec": the night that ended on the morning of @p morning, its
    /// evening and morning in @p locale's short day and month names; the month (and the year)
    /// is given for the evening too when it differs.
    static QString nightTitle(const QDate& morning, const QLocale& locale);

protected:
    void load(const DayEntry& day) override;
    void retranslate() override;
    void changeEvent(QEvent* event) override;

private:
    void connectFields();
    void buildLayout();
    void updateDerived();
    void alignColumns();
    static QString totalSleepNeeds(SleepRecord::Missing missing);
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
    QDate m_morning; ///< the day shown: the night ended on its morning
};

} // namespace stilla
