// The profile in Settings: what it does to the daily magnesium target, as a person ticks it.
#include "app/gui/settings/ProfileEditor.h"

#include "core/Settings.h"
#include "core/safety/ProfileStore.h"
#include "tests/TestUtil.h"
#include "tests/app/UserInput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

namespace stilla {
namespace {

TEST(ProfileEditorTest, TabGoesDownTheFormAsItReads)
{
    // The ceiling and the target, made before the conditions and medicines above them, came
    // right after "Sex": Tab jumped down the form and back up.
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("stilla.conf")));
    ProfileEditor editor(settings);
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
    ProfileEditor editor(settings);
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
    ProfileEditor again(settings);
    EXPECT_EQ(
        again.findChild<QComboBox*>(QStringLiteral("condition_kidney_disease"))->currentText(),
        QStringLiteral("No"))
        << "shown as stored";

    QTest::keyClick(kidneys, Qt::Key_Home);
    stored = ProfileStore(settings).load();
    EXPECT_FALSE(stored.has(Condition::KidneyDisease));
    EXPECT_FALSE(stored.ruledOut(Condition::KidneyDisease));
}

} // namespace
} // namespace stilla
