#pragma once

#include "core/safety/DiaryFindings.h"

#include <QDate>
#include <QStatusBar>

class QLabel;

namespace stilla {

struct AppContext;

/// The main window's status bar. Beside the passing messages the window shows, it keeps three
/// notes of its own up to date: the day's magnesium against the daily target (following the
/// diary and the profile by itself), whether the diary is read-only or its last save failed,
/// and, in demo mode, that nothing is kept.
class MainStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit MainStatusBar(AppContext& context, QWidget* parent = nullptr);
    ~MainStatusBar() override;

    /// The day whose magnesium the bar shows: the diary's day.
    void setDiaryDate(const QDate& date);
    /// Why the diary page cannot save, while it cannot; empty once it can again.
    void setSaveProblem(const QString& problem);
    /// The diary's day as typed, before it is saved: its magnesium is shown at once, as on the
    /// diary page, rather than once the day is saved.
    void showEditedDay(const DayEntry& day);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateIntake();
    void showIntake(double totalMg);
    void updateDiaryState();

    AppContext& m_context;
    QDate m_diaryDate;
    DiaryFindings::KidneyDiseaseOn m_kidneys;
    QString m_saveProblem;
    QLabel* m_intake;
    QLabel* m_diaryState;
    QLabel* m_demoNote = nullptr; ///< only in demo mode
};

} // namespace stilla
