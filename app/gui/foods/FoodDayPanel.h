#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;

namespace stilla {

struct AppContext;

/// The Foods page's day: the foods and doses logged on the day foods are added to, and its
/// magnesium against the person's daily target. Follows the diary and the profile by itself.
class FoodDayPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FoodDayPanel(AppContext& context, QWidget* parent = nullptr);

    void setDate(const QDate& date);
    QDate date() const { return m_date; }
    /// Reads the day and the target again.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    AppContext& m_context;
    QDate m_date;
    QLabel* m_title;
    QProgressBar* m_progress;
    QLabel* m_total;
    QListWidget* m_foods;
};

} // namespace stilla
