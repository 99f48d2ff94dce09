#pragma once

#include <QDate>
#include <QWidget>

class QAction;
class QCalendarWidget;
class QDateEdit;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace stilla {

class Clock;
class DiaryStore;

/// Picks the day the diary shows: the previous and next day (buttons and Alt+Left/Alt+Right),
/// the date field with its calendar pop-up (days with entries marked, following the diary),
/// today (Alt+Home) and the weekday in words; below them a quiet word when the day shown is
/// still to come, or when it is today in the small hours (before kSmallHoursEnd), when someone
/// still awake is more likely noting yesterday evening, with a button that goes there. The
/// words follow the clock past midnight and kSmallHoursEnd while the window stays open.
/// It only asks for a day (dateRequested): the page decides whether it may leave the day it
/// shows, and then shows the new one with setDate().
class DayNavigator final : public QWidget
{
    Q_OBJECT

public:
    /// @p diary may be null (no diary open): the calendar then marks nothing.
    DayNavigator(const Clock& clock, DiaryStore* diary, QWidget* parent = nullptr);

    /// Until this time of day, today's page offers yesterday (Stilla's choice: RLS keeps people
    /// up late, and four o'clock is past most late evenings but before most mornings).
    static constexpr int kSmallHoursEnd = 4;

    /// Shows @p date as the day shown (without asking for it).
    void setDate(const QDate& date);
    QDate date() const { return m_date; }
    /// The date field's calendar pop-up, with the days that have entries marked. Made on first
    /// use (the first press on the date field), not with the page: it is not on the first screen.
    QCalendarWidget* calendar();

signals:
    /// The user asked for @p date (a button, a shortcut, the date field or its calendar).
    void dateRequested(const QDate& date);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateLabels();
    /// Says the labels again at the next midnight or kSmallHoursEnd, whichever comes first.
    void scheduleNextUpdate();
    void markCalendarMonth(int year, int month);
    /// Marks the month the calendar pop-up shows, once the pop-up exists.
    void markShownCalendarMonth();

    const Clock& m_clock;
    DiaryStore* m_diary;
    QToolButton* m_previousButton;
    QDateEdit* m_dateEdit;
    QToolButton* m_nextButton;
    QPushButton* m_todayButton;
    QLabel* m_weekdayLabel;
    QLabel* m_futureLabel; ///< a quiet word that the day shown is still to come
    QWidget* m_smallHours; ///< after midnight on today's page: the word and the button
    QLabel* m_smallHoursLabel;
    QPushButton* m_yesterdayButton;
    QTimer* m_clockTimer;
    QAction* m_previousAction;
    QAction* m_nextAction;
    QAction* m_todayAction;
    QDate m_date;
    bool m_calendarReady = false; ///< the calendar pop-up exists and follows the diary
};

} // namespace stilla
