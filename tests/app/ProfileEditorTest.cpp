// The profile in Settings: what it does to the daily magnesium target, as a person ticks it.
#include "app/gui/settings/ProfileEditor.h"

#include "app/gui/MainWindow.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/safety/ProfileStore.h"
#include "tests/TestUtil.h"
#include "tests/app/AppFixture.h"
#include "tests/app/UserInput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

namespace stilla {
namespace {

const FixedClock kClock {QDateTime(QDate(2026, 11, 24), QTime(21, 0))};

TEST(ProfileEditorTest, TabGoesDownTheFormAsItReads)
{
    // The ceiling and the target, made before the conditions and medicines above them, came
    // right after "Sex": Tab jumped down the form and back up.
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("stilla.conf")));
    ProfileEditor editor(settings, nullptr, kClock);
    editor.resize(900, 900);
    editor.show();
    editor.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    auto* first = editor.findChild<QWidget*>(QStringLiteral("ageGroupComboBox"));
    ASSERT_NE(first, nullptr);
    const QStringList visited = test::tabDownTheWindow(editor, first);
    EXPECT_GE(visited.size(), 20);
    EXPECT_EQ(visited.indexOf(QStringLiteral("condition_bleeding_disorder")), 2);
    EXPECT_EQ(visited.indexOf(QStringLiteral("ceilingComboBox")),
        visited.indexOf(QStringLiteral("medication_serotonergic_antidepressant")) + 1);
}

TEST(ProfileEditorTest, KidneyDiseaseAnsweredYesTakesTheDailyTargetAwayAndNoIsKeptAsNo)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("stilla.conf")));
    Profile adult;
    adult.ageGroup = AgeGroup::Adult;
    ProfileStore(settings).save(adult);
    ProfileEditor editor(settings, nullptr, kClock);
    editor.show();
    auto* info = editor.findChild<QLabel*>(QStringLiteral("targetInfoLabel"));
    auto* kidneys = editor.findChild<QComboBox*>(QStringLiteral("condition_kidney_disease"));
    ASSERT_NE(info, nullptr);
    ASSERT_NE(kidneys, nullptr);
    EXPECT_EQ(kidneys->currentText(), QStringLiteral("Not answered"));
    EXPECT_TRUE(info->text().startsWith(QStringLiteral("Your daily target: 300")))
        << info->text().toStdString();

    // The article advises against magnesium with kidney disease: no goal to reach.
    kidneys->setFocus();
    QTest::keyClick(kidneys, Qt::Key_Down);
    EXPECT_EQ(kidneys->currentText(), QStringLiteral("Yes"));
    EXPECT_TRUE(ProfileStore(settings).load().has(Condition::KidneyDisease));
    EXPECT_TRUE(
        info->text().startsWith(QStringLiteral("Stilla gives no daily target with kidney disease")))
        << info->text().toStdString();

    // "No" is an answer of its own, kept apart from no answer (the report says which).
    QTest::keyClick(kidneys, Qt::Key_Down);
    EXPECT_EQ(kidneys->currentText(), QStringLiteral("No"));
    Profile stored = ProfileStore(settings).load();
    EXPECT_FALSE(stored.has(Condition::KidneyDisease));
    EXPECT_TRUE(stored.ruledOut(Condition::KidneyDisease));
    EXPECT_TRUE(info->text().startsWith(QStringLiteral("Your daily target: 300")))
        << info->text().toStdString();
    ProfileEditor again(settings, nullptr, kClock);
    EXPECT_EQ(
        again.findChild<QComboBox*>(QStringLiteral("condition_kidney_disease"))->currentText(),
        QStringLiteral("No"))
        << "shown as stored";

    QTest::keyClick(kidneys, Qt::Key_Home);
    stored = ProfileStore(settings).load();
    EXPECT_FALSE(stored.has(Condition::KidneyDisease));
    EXPECT_FALSE(stored.ruledOut(Condition::KidneyDisease));
}

class ProfileEditorWindowTest : public test::AppFixture
{
};

TEST_F(ProfileEditorWindowTest, AnEgfrThatShowsKidneyDiseaseTakesTheTargetAwayWhereverItIsShown)
{
    Profile adult;
    adult.ageGroup = AgeGroup::Adult;
    ProfileStore(*m_settings).save(adult);
    LabResult low;
    low.date = m_clock.today().addDays(-14);
    low.egfr = 25;
    ASSERT_TRUE(m_diary->labs().save(low).ok());
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Settings);
    auto* info = window.findChild<QLabel*>(QStringLiteral("targetInfoLabel"));
    auto* status = window.findChild<QLabel*>(QStringLiteral("intakeStatusLabel"));
    ASSERT_NE(info, nullptr);
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(info->text(),
        QStringLiteral("Stilla gives no daily target while your eGFR shows kidney disease "
                       "(25\u00A0mL/min/1.73\u00A0m² on 10 November 2026): the article advises "
                       "against magnesium with any kidney disease. Ask your doctor, and enter a "
                       "figure here only if they give you one. If your doctor has told you that "
                       "you have kidney disease, you can also note it under your conditions."));
    EXPECT_FALSE(status->text().contains(QStringLiteral(" of "))) << status->text().toStdString();
    // A newer eGFR of 75: the target is back at once, in the editor and the status bar.
    LabResult normal;
    normal.date = m_clock.today().addDays(-1);
    normal.egfr = 75;
    ASSERT_TRUE(m_diary->labs().save(normal).ok());
    EXPECT_TRUE(info->text().startsWith(QStringLiteral("Your daily target: 300")))
        << info->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("0 of 300")))
        << status->text().toStdString();
}

TEST_F(ProfileEditorWindowTest, TheTargetsTextSitsRightUnderItsChoices)
{
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Settings);
    window.resize(1366, 768);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    auto* info = window.findChild<QLabel*>(QStringLiteral("targetInfoLabel"));
    ASSERT_NE(info, nullptr);
    // The text sits right under the target's choices, as tall as its lines: as a form row of
    // its own it was given a line more than it needed and stood a blank line lower.
    auto* choices = window.findChild<QComboBox*>(QStringLiteral("targetReferenceComboBox"));
    ASSERT_NE(choices, nullptr);
    EXPECT_EQ(info->height(), info->heightForWidth(info->width()));
    EXPECT_LT(info->mapTo(&window, QPoint(0, 0)).y()
            - choices->mapTo(&window, QPoint(0, choices->height())).y(),
        info->fontMetrics().height());
}

} // namespace
} // namespace stilla
