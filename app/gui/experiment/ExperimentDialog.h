#pragma once

#include "core/Result.h"
#include "core/experiment/ExperimentPlan.h"

#include <QDialog>

#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace stilla {

class Clock;
class PhaseChart;
class DiaryStore;
class DiaryUndo;
class Settings;

/// "Does magnesium help me?": plans a self-experiment (the explanation, the pattern of phases,
/// their length, the washout days, the dose and form, the one primary outcome, with the plan's
/// length and the safety notes for the dose shown as it is set), and follows the one that is
/// running (today's phase, adherence, the result so far with a bar per phase; pause, resume,
/// stop).
class ExperimentDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Starting, pausing, resuming and stopping are steps of @p undo.
    ExperimentDialog(DiaryStore& diary, DiaryUndo& undo, Settings& settings, const Clock& clock,
        QWidget* parent = nullptr);

    /// The plan as the form sets it now.
    ExperimentPlan formPlan() const;

private:
    void buildPlanPage();
    void buildStatusPage();
    void retranslate();
    void reload();
    void updatePlanSummary();
    void startExperiment();
    void pauseOrResume();
    void stopExperiment();
    /// Saves @p plan after a change that reported @p changed; shows why when either fails.
    /// Writes @p plan as the undo step @p step, when @p changed (the pause, resume or stop) was
    /// allowed; says why not otherwise.
    void save(const ExperimentPlan& plan, const Status& changed, const QString& step);
    void showMessage(const QString& text);

    DiaryStore& m_diary;
    DiaryUndo& m_undo;
    Settings& m_settings;
    const Clock& m_clock;
    std::optional<ExperimentPlan> m_current; ///< the experiment being followed, if any

    QLabel* m_title;
    QLabel* m_intro;
    QStackedWidget* m_pages;
    // Plan page
    QLabel* m_startLabel;
    QDateEdit* m_start;
    QLabel* m_patternLabel;
    QComboBox* m_pattern;
    QLabel* m_phaseLabel;
    QSpinBox* m_phaseDays;
    QLabel* m_washoutLabel;
    QSpinBox* m_washoutDays;
    QLabel* m_doseLabel;
    QDoubleSpinBox* m_dose;
    QLabel* m_formLabel;
    QComboBox* m_form;
    QLabel* m_outcomeLabel;
    QComboBox* m_outcome;
    QLabel* m_planSummary;
    QPushButton* m_startButton;
    // Status page
    QLabel* m_status;
    PhaseChart* m_phaseChart;
    QChartView* m_phaseView;
    QPushButton* m_pauseButton;
    QPushButton* m_stopButton;
    QPushButton* m_newButton;
    QLabel* m_message;
    QPushButton* m_closeButton = nullptr;
};

} // namespace stilla
