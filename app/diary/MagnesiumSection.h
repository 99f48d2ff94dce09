#pragma once

#include "DiarySection.h"

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace stilla {

class TimeField;

/// Magnesium taken today: foods (added from the food picker) and supplement doses, with the
/// day's totals from each.
class MagnesiumSection final : public DiarySection
{
    Q_OBJECT

public:
    explicit MagnesiumSection(QWidget* parent = nullptr);
    void apply(DayEntry& day) const override;
    QList<FieldProblem> inputProblems() const override;
    /// Offers "Same as yesterday" when @p previous holds any supplement doses.
    void setPreviousSupplements(const std::vector<SupplementIntake>& previous);
    /// Adds an empty supplement row and puts the cursor in its amount.
    void addSupplement();
    /// Adds a food from the food picker.
    void addFood(const FoodIntake& food);

signals:
    void addFoodRequested();

protected:
    void load(const DayEntry& day) override;
    void retranslate() override;

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
    struct SupplementRow
    {
        QWidget* widget;
        qint64 id;
        QComboBox* form;
        QDoubleSpinBox* amount;
        TimeField* time;
        QComboBox* route;
        QToolButton* remove;
    };

    void addFoodRow(const FoodIntake& food);
    void addSupplementRow(const SupplementIntake& dose);
    void clearRows();
    void retranslateRow(SupplementRow& row);
    void updateTotals();
    double foodMagnesium(const FoodRow& row) const;

    QLabel* m_foodsTitle;
    QVBoxLayout* m_foodsLayout;
    QLabel* m_noFoodsLabel;
    QPushButton* m_addFoodButton;
    QLabel* m_supplementsTitle;
    QVBoxLayout* m_supplementsLayout;
    QPushButton* m_addSupplementButton;
    QPushButton* m_sameAsYesterday;
    QLabel* m_totalsLabel;
    std::vector<FoodRow> m_foods;
    std::vector<SupplementRow> m_supplements;
    std::vector<SupplementIntake> m_previous;
};

} // namespace stilla
