#pragma once

#include "Page.h"
#include "core/diary/DayEntry.h"
#include "core/safety/LabRules.h"
#include "core/safety/SafetyEngine.h"

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTimer;

namespace stilla {

struct AppContext;
class DayForm;
class DayNavigator;
class ExperimentBanner;
class FindingsPanel;

/// The daily diary: pick a day, fill in the form, and it is saved by itself a moment after
/// each change (and at once when leaving the day). Nothing is ever lost: changes that cannot
/// be saved yet are kept on screen and the user is asked before leaving them, and saves and
/// deletions can be undone.
class DiaryPage final : public Page
{
    Q_OBJECT

public:
    explicit DiaryPage(AppContext& context, QWidget* parent = nullptr);
    ~DiaryPage() override;
    /// The page's name as the sidebar, the window title and the page header show it, in the
    /// current language; the sidebar shows it before the page is built.
    static QString pageTitle();

    QDate currentDate() const { return m_date; }
    /// Goes to @p date, saving the current day first. Returns false when the user chose to
    /// stay on a day whose changes cannot be saved yet.
    bool showDate(const QDate& date);
    /// Saves pending changes now. Returns false when they cannot be saved (problems shown).
    bool saveNow();
    /// True when the form holds changes not yet saved.
    bool hasUnsavedChanges() const { return m_dirty; }
    /// True when the diary is open read-only: the form shows the days but cannot be edited.
    bool isReadOnly() const;
    /// Asks before throwing away changes that cannot be saved; true when it is fine to leave.
    bool confirmLeave();
    /// Deletes the shown day (undoable).
    void deleteDay();
    /// Scrolls to a part of the form ("supplements", "habits", ...).
    void focusSection(const QString& anchor);

    /// Re-reads the profile and updates the findings (after the profile changed).
    void refreshFindings();
    /// Reads the current self-experiment for the banner above the form.
    void loadExperiment();
    /// Adds a food from the food picker to the day shown and saves it.
    void addFood(const FoodIntake& food);

signals:
    void addFoodRequested();
    /// The diary refused the last save (a full disk, say): why; empty once a save succeeds.
    void saveProblemChanged(const QString& problem);
    /// The day shown changed (the food picker adds to this day).
    void dateChanged(const QDate& date);
    /// The day as typed, before it is saved (the status bar's magnesium follows it).
    void dayEdited(const stilla::DayEntry& day);
    /// A finding's "In the guide" link.
    void guideSectionRequested(const QString& sectionId);

protected:
    void retranslate() override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildLayout();
    void connectSignals();
    void loadDay();
    void onEdited();
    void showFindings(const DayEntry& day);
    /// Reads what the iron rules need for the day shown (lab results, days with symptoms) and
    /// shows the newest lab result in the form. @p month: the days of the iron rules' window
    /// when they have been read already.
    void refreshIron(const std::vector<DayEntry>* month = nullptr);
    void openLabResults();
    /// Asks about any supplement dose above the plausible maximum; false to keep editing.
    bool confirmLargeDoses(const DayEntry& day);
    void updateStatus();
    void updateNotice();
    /// Remembers why the diary refused a save (empty: the last save went through).
    void setStoreFailure(const QString& failure);

    AppContext& m_context;
    DayNavigator* m_navigator;
    QLabel* m_statusLabel;
    QPushButton* m_deleteButton;
    FindingsPanel* m_findings;
    ExperimentBanner* m_experiment;
    DayForm* m_form;
    QLabel* m_unavailableLabel;
    QLabel* m_noticeLabel; ///< read-only, or a save the diary refused
    QTimer* m_saveTimer;
    QAction* m_saveAction;

    QDate m_date;
    std::optional<DayEntry> m_stored; ///< the day as saved, if it is in the diary
    LabRules::History m_iron; ///< lab results and symptom days up to the day shown
    bool m_dirty = false;
    bool m_ownChange = false; ///< set while this page writes, to ignore its own notifications
    QString m_error; ///< why the day is not saved, as shown; empty when fine
    /// Makes m_error, in the language shown at the time; null when fine.
    std::function<QString()> m_errorText;
    bool m_problemsShown = false; ///< the field messages show the form's problems (after edits)
    QString m_storeFailure; ///< the diary's own message when it refused the last save
    std::vector<double> m_confirmedLargeDoses; ///< implausible amounts the user said are right
};

} // namespace stilla
