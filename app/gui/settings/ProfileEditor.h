#pragma once

#include "core/safety/Profile.h"

#include <QGroupBox>

#include <array>
#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QSpinBox;

namespace stilla {

class Clock;
class DiaryStore;
class Settings;

/// The personal profile and the daily target, all optional and kept on this computer. Every
/// change is saved at once; the settings announce it (SettingsNotifier::profileChanged).
class ProfileEditor final : public QGroupBox
{
    Q_OBJECT

public:
    /// @p diary: its eGFRs can take the daily target away (IntakeTargets::resolve); null when
    /// no diary is open. @p clock gives the day they are read for.
    ProfileEditor(
        Settings& settings, DiaryStore* diary, const Clock& clock, QWidget* parent = nullptr);
    /// Shows what is stored (after a change made elsewhere, e.g. by stilla-cli).
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* medicationList();
    QWidget* conditionList();
    /// The target's reference, own figure and what the target is, as one field.
    QLayout* targetField();
    void retranslate();
    void save();
    void updateTargetLabel();

    Settings& m_settings;
    DiaryStore* m_diary;
    const Clock& m_clock;
    QLabel* m_intro;
    QLabel* m_ageLabel;
    QComboBox* m_ageGroup;
    QLabel* m_sexLabel;
    QComboBox* m_sex;
    QLabel* m_conditionsLabel;
    /// Per condition: not answered, yes or no (so the report can tell "no" from no answer).
    std::map<Condition, QComboBox*> m_conditions;
    std::map<Condition, QLabel*> m_conditionLabels;
    QLabel* m_medicationsLabel;
    std::map<MedicationClass, QCheckBox*> m_medications;
    QCheckBox* m_lastMedication = nullptr; ///< the medicine read last, in the last group
    /// Headings of the medicine groups: for RLS, interacting with magnesium, may worsen RLS.
    std::array<QLabel*, 3> m_medicationGroups {};
    QLabel* m_ceilingLabel;
    QComboBox* m_ceiling;
    QLabel* m_targetLabel;
    QComboBox* m_targetReference;
    QSpinBox* m_ownTarget;
    QLabel* m_targetInfo;
    bool m_loading = false;
};

} // namespace stilla
