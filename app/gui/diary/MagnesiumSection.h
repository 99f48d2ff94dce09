#pragma once

#include "DiarySection.h"

#include <optional>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace stilla {

class SupplementDoseRow;

/// Magnesium taken today: foods (added from the food picker) and supplement doses, with the
/// day's totals from each.
class MagnesiumSection final : public DiarySection
{
    Q_OBJECT

public:
    explicit MagnesiumSection(QWidget* parent = nullptr);
    void apply(DayEntry& day) const override;
    QList<FieldProblem> inputProblems() const override;
    /// Offers "Same foods as yesterday" and "Same doses as yesterday" for what @p previous holds
    /// (nothing: the day before is not in the diary).
    void setPrevious(const std::optional<DayEntry>& previous);
    /// Offers the person's usual dose with one click (none: no button).
    void setUsualSupplement(const std::optional<SupplementIntake>& usual);
    /// Adds an empty supplement row and puts the cursor in its amount.
    void addSupplement();
    /// Adds a food from the food picker.
    void addFood(const FoodIntake& food);

signals:
    void addFoodRequested();

protected:
    void load(const DayEntry& day) override;
    void retranslate() override;
    void markListRows(const std::vector<FieldProblem>& errors) override;
    QWidget* listErrorField(const QLabel* message) const override;

private:
    struct FoodRow
    {
        QWidget* widget;
        FoodIntake food;
        QDoubleSpinBox* grams;
        QLabel* name;
        QLabel* magnesium;
        QToolButton* remove;
    };

    /// The supplement rows that are part of the day, in its order: those of apply().
    std::vector<SupplementDoseRow*> dayDoses() const;
    /// The field of the row that an error at @p path ("foods[1].grams") is about; null for none.
    QWidget* errorField(const std::optional<FieldPath>& path) const;
    void addFoodRow(const FoodIntake& food);
    void addSupplementRow(const SupplementIntake& dose);
    /// The Tab order of the section, as it reads from top to bottom.
    void orderTabs() override;
    void clearRows();
    void updateTotals();
    /// Enables each repeat button only while it would add something the day does not hold.
    void updateRepeats();
    double foodMagnesium(const FoodRow& row) const;

    QLabel* m_foodsTitle;
    QVBoxLayout* m_foodsLayout;
    QLabel* m_noFoodsLabel;
    QPushButton* m_addFoodButton;
    QPushButton* m_sameFoods;
    QLabel* m_supplementsTitle;
    QVBoxLayout* m_supplementsLayout;
    QPushButton* m_addSupplementButton;
    QPushButton* m_sameAsYesterday;
    QPushButton* m_usualButton;
    QLabel* m_totalsLabel;
    QLabel* m_foodsMessage = nullptr;
    QLabel* m_supplementsMessage = nullptr;
    std::vector<FieldProblem> m_listErrors; // the errors shown, for listErrorField()
    std::vector<FoodRow> m_foods;
    std::vector<SupplementDoseRow*> m_supplements;
    std::vector<FoodIntake> m_previousFoods;
    std::vector<SupplementIntake> m_previous;
    std::optional<SupplementIntake> m_usual;
};

} // namespace stilla
