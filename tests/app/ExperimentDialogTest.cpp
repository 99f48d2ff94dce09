// The self-experiment dialog: planned from the keyboard, checked against the safety rules,
// followed (today's phase, adherence, the result so far), paused, resumed and stopped.
#include "experiment/ExperimentDialog.h"

#include "AppFixture.h"
#include "experiment/ExperimentBanner.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

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
};

TEST_F(ExperimentDialogTest, APlanIsMadeFromTheKeyboardAndThenFollowed)
{
    ExperimentDialog dialog(*m_diary, *m_settings, m_clock);
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

    const auto saved = m_diary->currentExperiment().value();
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->start, m_clock.today());
    EXPECT_EQ(saved->pattern, QStringLiteral("ABAB"));
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
    ExperimentDialog later(*m_diary, *m_settings, m_clock);
    later.show();
    auto* pause = in<QPushButton>(later, "experimentPauseButton");
    ASSERT_TRUE(pause->isVisible());
    QTest::mouseClick(pause, Qt::LeftButton);
    EXPECT_EQ(m_diary->currentExperiment().value()->pauses.size(), 1U);
    EXPECT_TRUE(
        in<QLabel>(later, "experimentStatusLabel")->text().contains(QStringLiteral("paused")));
    m_clock.setNow(m_clock.now().addDays(2));
    QTest::mouseClick(pause, Qt::LeftButton); // now "Resume"
    EXPECT_EQ(m_diary->currentExperiment().value()->pauses.front().until, m_clock.today());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(in<QPushButton>(later, "experimentStopButton"), Qt::LeftButton);
    EXPECT_EQ(m_diary->currentExperiment().value()->stoppedOn, m_clock.today());
    EXPECT_TRUE(in<QPushButton>(later, "experimentNewButton")->isVisible());
    EXPECT_FALSE(in<QPushButton>(later, "experimentStopButton")->isVisible());
}

TEST_F(ExperimentDialogTest, TheDiaryShowsTheDaysPhaseAndWhetherItKeepsToThePlan)
{
    ExperimentPlan plan;
    plan.start = m_clock.today().addDays(-3);
    plan.doseMg = 200;
    plan.pattern = QStringLiteral("BABA");
    ASSERT_TRUE(m_diary->saveExperiment(plan).ok());
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
    ASSERT_TRUE(m_diary->saveExperiment(plan).ok());
    EXPECT_FALSE(banner->isVisible());
}

} // namespace
} // namespace stilla
