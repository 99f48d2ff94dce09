#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace stilla {

struct Food;
class FoodLibrary;

/// The Foods page's chosen food: what it is, its magnesium, the amount (a portion, servings
/// or grams, kept in step) and what can be done with it (add it to the day, mark it as a
/// favourite, edit or delete an own food). Enter in an amount adds it.
class FoodDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    FoodDetailsPanel(const FoodLibrary& library, QWidget* parent = nullptr);

    /// Shows @p food (nullptr: none chosen) named in @p language; @p writable: whether the
    /// diary can be changed.
    void showFood(const Food* food, const QString& language, bool writable);
    /// The day "Add" adds to, named on the button.
    void setDate(const QDate& date);
    /// The amount chosen in grams and the magnesium it holds.
    double grams() const;
    double magnesiumMg() const;
    /// Puts the focus on the number of servings, selected, to type an amount.
    void focusAmount();

signals:
    void addRequested();
    void favouriteRequested();
    void editRequested();
    void deleteRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLayout();
    void keepAmountsInStep();
    void retranslate();
    void updateAmount();

    const FoodLibrary& m_library;
    const Food* m_food = nullptr;
    QDate m_date;
    // In the order they are made, which is the order Tab goes through them.
    QLabel* m_name;
    QLabel* m_facts;
    QComboBox* m_portionCombo;
    QDoubleSpinBox* m_servings;
    QDoubleSpinBox* m_grams;
    QLabel* m_amount;
    QPushButton* m_addButton;
    QPushButton* m_favouriteButton;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    QLabel* m_portionLabel;
    QLabel* m_servingsLabel;
    QLabel* m_gramsLabel;
    bool m_updatingAmount = false;
};

} // namespace stilla
