#pragma once

#include "DiarySection.h"
#include "core/labs/LabResult.h"

#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace stilla {

class TimeField;

/// Medications taken, side effects noticed (the article's lists) and free-text notes.
class HealthSection final : public DiarySection
{
    Q_OBJECT

public:
    explicit HealthSection(QWidget* parent = nullptr);
    void apply(DayEntry& day) const override;
    void addMedication();
    /// Offers "Same medications as yesterday" for what @p previous (the day before) holds.
    void setPrevious(const std::optional<DayEntry>& previous);
    /// Shows the newest lab result up to the day shown (not part of the day's entry).
    void setNewestLabResult(const std::optional<LabResult>& result);

signals:
    /// "Lab Results…" was pressed.
    void labResultsRequested();

protected:
    void load(const DayEntry& day) override;
    void retranslate() override;

private:
    struct MedicationRow
    {
        QWidget* widget;
        qint64 id;
        QLineEdit* name;
        QComboBox* medicationClass;
        TimeField* time;
        QToolButton* remove;
    };
    void addMedicationRow(const MedicationTaken& medication);
    void addPrevious();
    void updateRepeats();
    /// Lets the row's kind follow the name the person types until they choose a kind.
    static void followNameWithKind(const MedicationRow& row, const MedicationTaken& medication);
    /// The combo box property that says the person chose the kind (or it was stored).
    static constexpr char kKindChosen[] = "stillaKindChosen";
    /// The combo box property that says the kind shown was guessed from the name.
    static constexpr char kKindGuessed[] = "stillaKindGuessed";
    /// The kind box's tooltip: a kind guessed from the name, or, for "Other", the kind the
    /// safety notes read from the name (@p nameReadAs, MedicationNames::guessClass of it).
    static void updateKindToolTip(
        QComboBox* kind, const std::optional<MedicationClass>& nameReadAs);
    /// The kind combo box's index of @p medicationClass (its items follow allMedicationClasses()).
    static int classIndex(MedicationClass medicationClass);
    /// The Tab order of the section, as it reads from top to bottom.
    void orderTabs() override;
    void retranslateRow(MedicationRow& row);
    QList<FieldProblem> inputProblems() const override;

    QLabel* m_medicationsTitle;
    QVBoxLayout* m_medicationsLayout;
    QPushButton* m_addMedicationButton;
    QPushButton* m_sameAsYesterday;
    std::vector<MedicationTaken> m_previous;
    QLabel* m_commonTitle;
    QLabel* m_seriousTitle;
    QLabel* m_seriousHint;
    std::map<SideEffect, QCheckBox*> m_sideEffects;
    QLabel* m_labsTitle;
    QLabel* m_labSummary;
    QPushButton* m_labsButton;
    std::optional<LabResult> m_newestLab;
    QLabel* m_notesTitle;
    QPlainTextEdit* m_notes;
    std::vector<MedicationRow> m_medications;
};

} // namespace stilla
