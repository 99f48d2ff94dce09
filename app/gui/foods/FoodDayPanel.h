#pragma once

#include "core/diary/DayEntry.h"
#include "core/safety/DiaryFindings.h"
#include "core/safety/Finding.h"
#include "core/safety/Profile.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;

namespace stilla {

struct AppContext;

/// The Foods page's day: the foods and doses logged on the day foods are added to, and its
/// magnesium against the person's daily target. Follows the diary and the profile by itself.
/// When the day's supplements are above an upper limit (or the article's range), it says so
/// under the total and the bar takes the problem colour, so that a full bar never reads as
/// a goal reached.
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
    /// The day's finding that its supplements are above a limit, if any.
    static std::optional<Finding> supplementLimitFinding(
        const Profile& profile, const DayEntry& day);
    void showLimit(const std::optional<Finding>& finding, bool hasTarget);
    void colourProgress();

    AppContext& m_context;
    QDate m_date;
    DiaryFindings::KidneyDiseaseOn m_kidneys;
    QLabel* m_title;
    QProgressBar* m_progress;
    QLabel* m_total;
    QLabel* m_limitNote;
    bool m_aboveLimit = false;
    QListWidget* m_foods;
};

} // namespace stilla
