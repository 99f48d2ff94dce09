#pragma once

#include "Page.h"
#include "core/diary/DayEntry.h"
#include "core/foods/FoodCatalogue.h"

#include <QDate>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableView;
class QVBoxLayout;

namespace stilla {

class FoodDayPanel;
class FoodDetailsPanel;

struct AppContext;
class FoodResultsModel;
class FoodLibrary;
class OwnFoodActions;
class RememberedSplitter;

/// The magnesium food picker: the Swedish and US food databases and the user's own foods,
/// searched as you type in either language, with real portions, straight into the diary day
/// being edited, and that day's total against the daily target.
class FoodsPage final : public Page
{
    Q_OBJECT

public:
    explicit FoodsPage(AppContext& context, QWidget* parent = nullptr);
    ~FoodsPage() override;
    /// The page's name as the sidebar, the window title and the page header show it, in the
    /// current language; the sidebar shows it before the page is built.
    static QString pageTitle();

    /// The diary day that "Add" adds to, named at the top of the page.
    void setDiaryDate(const QDate& date);
    QDate diaryDate() const { return m_date; }
    /// Types @p text into the search (as a user would) and shows the results.
    void search(const QString& text);
    FoodResultsModel* results() const { return m_model.get(); }
    /// Selects result @p row for the details panel.
    void selectResult(int row);
    /// The amount chosen in grams and the magnesium it holds, for the selected food.
    double chosenGrams() const;
    double chosenMagnesiumMg() const;
    /// Adds the selected food, in the chosen amount, to the diary day.
    void addSelected();
    /// Loads the catalogue now if it is not yet loaded (it loads on first show otherwise).
    bool ensureCatalogue();

signals:
    void addFoodRequested(const stilla::FoodIntake& food);
    /// "Back to the Diary": show the diary at the day this page adds to.
    void diaryRequested();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The search, its filters, the results and their count.
    QVBoxLayout* buildSearchColumn();
    QScrollArea* buildDetailsColumn();
    void connectSignals();
    void runSearch();
    void updateGroups();
    void updateDetails();
    void updateDayHeader();
    QString language() const;
    const Food* selectedFood() const;

    AppContext& m_context;
    std::unique_ptr<FoodLibrary> m_library;
    std::unique_ptr<FoodResultsModel> m_model;
    QString m_loadError;

    QLineEdit* m_searchEdit;
    QComboBox* m_sourceCombo;
    QComboBox* m_groupCombo;
    QCheckBox* m_richCheck;
    QPushButton* m_newFoodButton;
    QTableView* m_table;
    QLabel* m_resultCount;
    FoodDetailsPanel* m_details; ///< the chosen food and its amount
    QLabel* m_dayHeader; ///< beside the page title: the day foods are added to
    QPushButton* m_backButton;
    QScrollArea* m_detailsScroll = nullptr;
    RememberedSplitter* m_columns = nullptr; ///< the foods found | the chosen food
    FoodDayPanel* m_day; ///< the day foods are added to, and its magnesium
    QLabel* m_attribution;
    OwnFoodActions* m_ownFoods; ///< favourites and the person's own foods

    QDate m_date;
};

} // namespace stilla
