// The self-experiment dialog: planned from the keyboard, checked against the safety rules,
// followed (today's phase, adherence, the result so far), paused, resumed and stopped.
#include "app/gui/experiment/ExperimentDialog.h"

#include "AppFixture.h"
#include "UserInput.h"
#include "app/gui/commands/DiaryUndo.h"
#include "app/gui/experiment/ExperimentBanner.h"
#include "app/gui/widgets/MessageBox.h"

#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QUndoStack>

namespace stilla {
namespace {

class ExperimentDialogTest : public test::AppFixture
{
protected:
    template<typename T> T* in(ExperimentDialog& dialog, const char* name)
    {
        T* widget = dialog.findChild<T*>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    /// Types @p text into @p spin as a person would: select all, type, Tab.
    static void type(QAbstractSpinBox* spin, const QString& text)
    {
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Tab);
    }

    /// The start, pause, resume and stop of @p saved were a step each: undone one by one, the
    /// experiment is resumed, paused, unpaused, gone; redone, it is back with its number.
    void undoEachStep(const ExperimentPlan& saved)
    {
        QUndoStack& steps = *m_undo->stack();
        ASSERT_EQ(steps.count(), 4);
        EXPECT_EQ(steps.undoText(), QStringLiteral("Stop of the Self-Experiment"));
        m_undo->undo();
        const auto resumed = m_diary->experiments().current().value();
        ASSERT_TRUE(resumed);
        EXPECT_FALSE(resumed->stoppedOn.has_value());
        EXPECT_EQ(resumed->pauses.front().until, m_clock.today());
        m_undo->undo();
        EXPECT_TRUE(m_diary->experiments().current().value()->isPaused());
        m_undo->undo();
        EXPECT_TRUE(m_diary->experiments().current().value()->pauses.empty());
        EXPECT_EQ(steps.undoText(),
            QStringLiteral("Start of the Self-Experiment of %1")
                .arg(QLocale().toString(saved.start, QLocale::ShortFormat)));
        m_undo->undo();
        EXPECT_TRUE(m_diary->experiments().all().value().empty());
        m_undo->redo(); // started again, with the number it had
        ASSERT_TRUE(m_diary->experiments().current().value());
        EXPECT_EQ(m_diary->experiments().current().value()->id, saved.id);
    }
};

TEST_F(ExperimentDialogTest, OpensOnTheFirstDayWhereEnterDoesNothingAndTabGoesDownAsItReads)
{
    // Close was made first: it had the focus when the dialog opened, and Tab went from it to
    // the form, and from Start back up to the plan's summary.
    ExperimentDialog dialog(*m_diary, *m_undo, *m_settings, m_clock);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QWidget* first = QApplication::focusWidget();
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->objectName(), QStringLiteral("experimentStartEdit"));
    // Enter in a field neither starts the experiment nor closes the dialog.
    QTest::keyClick(first, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(m_diary->experiments().current().value());
    QStringList visited = test::tabDownTheWindow(dialog, first);
    ASSERT_GE(visited.size(), 3);
    EXPECT_EQ(visited.mid(visited.size() - 2),
        QStringList(
            {QStringLiteral("experimentStartButton"), QStringLiteral("experimentCloseButton")}));

    // Started: the focus goes on to the status, which reads first; then its chart and its
    // buttons, and Close.
    auto* start = in<QPushButton>(dialog, "experimentStartButton");
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Space);
    ASSERT_TRUE(m_diary->experiments().current().value());
    QWidget* status = in<QWidget>(dialog, "experimentStatusLabel");
    while (status && !qobject_cast<QScrollArea*>(status))
        status = status->parentWidget();
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), status) << "where the status begins";
    visited = test::tabDownTheWindow(dialog, status);
    EXPECT_EQ(visited.mid(visited.size() - 3),
        QStringList({QStringLiteral("experimentPauseButton"),
            QStringLiteral("experimentStopButton"), QStringLiteral("experimentCloseButton")}))
        << visited.join(u' ').toStdString();
}

TEST_F(ExperimentDialogTest, APlanIsMadeFromTheKeyboardAndThenFollowed)
{
    ExperimentDialog dialog(*m_diary, *m_undo, *m_settings, m_clock);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* start = in<QPushButton>(dialog, "experimentStartButton");
    auto* summary = in<QLabel>(dialog, "experimentPlanSummaryLabel");
    // The defaults: ABAB, 14-day phases from today, 200 mg; 56 days.
    EXPECT_TRUE(start->isEnabled());
    EXPECT_TRUE(summary->text().contains(QStringLiteral("It takes 56 day")))
        << summary->text().toStdString();

    // A dose the article advises against is shown with its note and cannot start.
    type(in<QDoubleSpinBox>(dialog, "experimentDoseSpin"), QStringLiteral("900"));
    EXPECT_FALSE(start->isEnabled());
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Warning:")))
        << summary->text().toStdString();
    type(in<QDoubleSpinBox>(dialog, "experimentDoseSpin"), QStringLiteral("200"));
    type(in<QSpinBox>(dialog, "experimentPhaseDaysSpin"), QStringLiteral("7"));
    auto* outcome = in<QComboBox>(dialog, "experimentOutcomeCombo");
    outcome->setFocus();
    QTest::keyClick(outcome, Qt::Key_Down); // sleep quality
    EXPECT_TRUE(summary->text().contains(QStringLiteral("It takes 28 day")))
        << summary->text().toStdString();
    EXPECT_TRUE(start->isEnabled());
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Space);

    const auto saved = m_diary->experiments().current().value();
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->start, m_clock.today());
    // The first order offered is a balanced one (ExperimentPlan's experimentPatterns()).
    EXPECT_EQ(saved->pattern, QStringLiteral("ABBA"));
    EXPECT_EQ(saved->phaseDays, 7);
    EXPECT_EQ(saved->doseMg, 200);
    EXPECT_EQ(saved->outcome, Statistics::Outcome::SleepQuality);
    auto* status = in<QLabel>(dialog, "experimentStatusLabel");
    EXPECT_TRUE(status->isVisible());
    EXPECT_TRUE(status->text().contains(
        QStringLiteral("Phase without magnesium (A), day 1 of 7: no magnesium supplement")))
        << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("Too little data to say yet")));

    // Paused from tomorrow, resumed, then stopped: each is kept.
    m_clock.setNow(m_clock.now().addDays(1));
    dialog.close();
    ExperimentDialog later(*m_diary, *m_undo, *m_settings, m_clock);
    later.show();
    auto* pause = in<QPushButton>(later, "experimentPauseButton");
    ASSERT_TRUE(pause->isVisible());
    QTest::mouseClick(pause, Qt::LeftButton);
    EXPECT_EQ(m_diary->experiments().current().value()->pauses.size(), 1U);
    EXPECT_TRUE(
        in<QLabel>(later, "experimentStatusLabel")->text().contains(QStringLiteral("paused")));
    m_clock.setNow(m_clock.now().addDays(2));
    QTest::mouseClick(pause, Qt::LeftButton); // now "Resume"
    EXPECT_EQ(m_diary->experiments().current().value()->pauses.front().until, m_clock.today());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(in<QPushButton>(later, "experimentStopButton"), Qt::LeftButton);
    EXPECT_EQ(m_diary->experiments().current().value()->stoppedOn, m_clock.today());
    EXPECT_TRUE(in<QPushButton>(later, "experimentNewButton")->isVisible());
    EXPECT_FALSE(in<QPushButton>(later, "experimentStopButton")->isVisible());
    later.close();

    undoEachStep(*saved);
}

TEST_F(ExperimentDialogTest, OnItsFirstDayItCannotBePausedAndAStopSaysTodayIsItsLast)
{
    // On the first day, Pause was refused as "not running" beside "day 1 of 14"; a stop kept
    // the first day, as it must, and the dialog and banner went on as before.
    ExperimentDialog dialog(*m_diary, *m_undo, *m_settings, m_clock);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(in<QPushButton>(dialog, "experimentStartButton"), Qt::LeftButton);
    ASSERT_TRUE(m_diary->experiments().current().value());
    auto* pause = in<QPushButton>(dialog, "experimentPauseButton");
    ASSERT_TRUE(pause->isVisible());
    QTest::mouseClick(pause, Qt::LeftButton);
    EXPECT_TRUE(m_diary->experiments().current().value()->pauses.empty());
    const auto shown = dialog.findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(shown.begin(), shown.end(), [](const QLabel* label) {
        return label->isVisible()
            && label->text().startsWith(QStringLiteral("A pause can begin on the experiment's "
                                                       "second day at the earliest."));
    })) << "the reason, instead of \"it is not running\" beside \"day 1 of 14\"";
    ExperimentPlan plan;

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(in<QPushButton>(dialog, "experimentStopButton"), Qt::LeftButton);
    plan = *m_diary->experiments().current().value();
    EXPECT_EQ(plan.lastDay(), m_clock.today());
    EXPECT_FALSE(in<QPushButton>(dialog, "experimentStopButton")->isVisible());
    EXPECT_FALSE(pause->isVisible());
    EXPECT_TRUE(in<QPushButton>(dialog, "experimentNewButton")->isVisible());
    const QString today = QLocale().toString(m_clock.today(), QLocale::LongFormat);
    const QString status = in<QLabel>(dialog, "experimentStatusLabel")->text();
    EXPECT_TRUE(status.contains(QStringLiteral("stopped early: %1 is its last day").arg(today)))
        << status.toStdString();
    EXPECT_TRUE(ExperimentSchedule::describePlan(plan).contains(
        QStringLiteral("to %1").arg(QLocale().toString(m_clock.today(), QLocale::ShortFormat))));
    EXPECT_FALSE(plan.stop(m_clock.today()).ok());
}

TEST_F(ExperimentDialogTest, ItStartsTodayOrLaterAndADoseWithSafetyNotesIsConfirmedFirst)
{
    ExperimentDialog dialog(*m_diary, *m_undo, *m_settings, m_clock);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    // Planned before it starts: no first day in the past.
    auto* first = in<QDateEdit>(dialog, "experimentStartEdit");
    first->setDate(m_clock.today().addDays(-60));
    EXPECT_EQ(first->date(), m_clock.today());

    // 300 mg is above the upper limit for supplements: a note, and a question before starting.
    type(in<QDoubleSpinBox>(dialog, "experimentDoseSpin"), QStringLiteral("300"));
    auto* start = in<QPushButton>(dialog, "experimentStartButton");
    ASSERT_TRUE(start->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    start->click();
    EXPECT_FALSE(m_diary->experiments().current().value().has_value());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    start->click();
    ASSERT_TRUE(m_diary->experiments().current().value().has_value());
    EXPECT_EQ(m_diary->experiments().current().value()->doseMg, 300);
}

TEST_F(ExperimentDialogTest, TheDiaryShowsTheDaysPhaseAndWhetherItKeepsToThePlan)
{
    ExperimentPlan plan;
    plan.start = m_clock.today().addDays(-3);
    plan.doseMg = 200;
    plan.pattern = QStringLiteral("BABA");
    ASSERT_TRUE(m_diary->experiments().save(plan).ok());
    DiaryPage& diary = showDiary();
    auto* banner = find<ExperimentBanner>("experimentBanner");
    ASSERT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->text(),
        QStringLiteral("Magnesium phase (B), day 4 of 14: 200\u00A0mg of magnesium planned. No "
                       "supplement is logged for this day yet."));
    // Logging the dose, as a person does, keeps to the plan.
    QTest::mouseClick(find<QPushButton>("addSupplementButton"), Qt::LeftButton);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("200"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(banner->text(),
        QStringLiteral("Magnesium phase (B), day 4 of 14: 200\u00A0mg of magnesium planned."));
    // The day before the start is not part of it.
    diary.showDate(plan.start.addDays(-1));
    EXPECT_FALSE(banner->isVisible());
    // Stopped in another window (or the command line): the banner follows.
    diary.showDate(m_clock.today());
    plan.stoppedOn = m_clock.today();
    ASSERT_TRUE(m_diary->experiments().save(plan).ok());
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(ExperimentDialogTest, TheResultShowsABarPerPhaseAndTheOtherOutcomesBesideIt)
{
    // ABAB of 7 days from 30 days ago, 2 left out: lower severity on B days, sleep logged too.
    ExperimentPlan plan;
    plan.start = m_clock.today().addDays(-30);
    plan.phaseDays = 7;
    plan.washoutDays = 2;
    plan.doseMg = 200;
    for (int i = 0; i <= 30; ++i) {
        DayEntry day;
        day.date = plan.start.addDays(i);
        const bool b = ExperimentSchedule::dayOf(plan, day.date).arm == Arm::WithMagnesium;
        day.symptoms.severity = b ? 3 + i % 2 : 6 + i % 2;
        day.sleep.quality = 3;
        if (b)
            day.supplements.push_back({0, SupplementForm::Citrate, 200, {}, Route::Oral});
        ASSERT_TRUE(m_diary->save(day).ok());
    }
    ASSERT_TRUE(m_diary->experiments().save(plan).ok());
    ExperimentDialog dialog(*m_diary, *m_undo, *m_settings, m_clock);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* view = in<QChartView>(dialog, "phaseChartView");
    ASSERT_TRUE(view->isVisible());
    auto* bars = qobject_cast<QStackedBarSeries*>(view->chart()->series().value(0));
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 2); // without and with
    // Four phases have begun (the fourth is today's, day 3 of 7): one bar each, in its colour.
    EXPECT_EQ(bars->barSets()[0]->count(), 4);
    EXPECT_DOUBLE_EQ(bars->barSets()[0]->at(1), 0) << "phase 2 is B: no grey bar";
    EXPECT_GT(bars->barSets()[1]->at(1), 0);
    const QString text = in<QLabel>(dialog, "experimentStatusLabel")->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Phase 1 (A): 6.4 over 5 analysed days.")))
        << text.toStdString();
    EXPECT_TRUE(view->accessibleDescription().contains(QStringLiteral("Phase 2 (B)")));
    // The outcomes not chosen are beside the answer, said not to decide it.
    EXPECT_TRUE(text.contains(QStringLiteral("Also recorded, not deciding the answer: sleep "
                                             "quality 3.0 without magnesium and 3.0 with it")))
        << text.toStdString();
}

} // namespace
} // namespace stilla
