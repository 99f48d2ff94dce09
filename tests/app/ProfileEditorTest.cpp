// The profile in Settings: what it does to the daily magnesium target, as a person ticks it.
#include "app/gui/settings/ProfileEditor.h"

#include "core/Settings.h"
#include "core/safety/ProfileStore.h"
#include "tests/TestUtil.h"

#include <QCheckBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

namespace stilla {
namespace {

TEST(ProfileEditorTest, TickingKidneyDiseaseTakesTheDailyTargetAwayAndSaysWhy)
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("stilla.conf")));
    Profile adult;
    adult.ageGroup = AgeGroup::Adult;
    ProfileStore(settings).save(adult);
    ProfileEditor editor(settings);
    editor.show();
    auto* info = editor.findChild<QLabel*>(QStringLiteral("targetInfoLabel"));
    auto* kidneys = editor.findChild<QCheckBox*>(QStringLiteral("condition_kidney_disease"));
    ASSERT_NE(info, nullptr);
    ASSERT_NE(kidneys, nullptr);
    EXPECT_TRUE(info->text().startsWith(QStringLiteral("Your daily target: 300")))
        << info->text().toStdString();

    // The article advises against magnesium with kidney disease: no goal to reach.
    kidneys->setFocus();
    QTest::keyClick(kidneys, Qt::Key_Space);
    EXPECT_TRUE(ProfileStore(settings).load().has(Condition::KidneyDisease));
    EXPECT_TRUE(
        info->text().startsWith(QStringLiteral("Stilla gives no daily target with kidney disease")))
        << info->text().toStdString();
    QTest::keyClick(kidneys, Qt::Key_Space);
    EXPECT_TRUE(info->text().startsWith(QStringLiteral("Your daily target: 300")))
        << info->text().toStdString();
}

} // namespace
} // namespace stilla
