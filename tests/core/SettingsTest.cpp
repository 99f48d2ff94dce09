#include "core/Settings.h"

#include "core/safety/ProfileStore.h"
#include "tests/TestUtil.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace stilla {
namespace {

class SettingsTest : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("stilla.conf")); }
};

TEST_F(SettingsTest, UnsetKeysReturnTheirDefaults)
{
    Settings settings(path());
    EXPECT_EQ(settings.value(Settings::Key::Appearance).toString(), QStringLiteral("system"));
    EXPECT_EQ(settings.value(Settings::Key::LastPage).toString(), QStringLiteral("guide"));
    EXPECT_EQ(settings.value(Settings::Key::GuideZoom).toInt(), 0);
    EXPECT_TRUE(settings.value(Settings::Key::Language).toString().isEmpty());
}

TEST_F(SettingsTest, ValuesSurviveReopeningWithTheirTypes)
{
    const QByteArray geometry("\x01\x02\x00\xff", 4);
    {
        Settings settings(path());
        settings.setValue(Settings::Key::Language, QStringLiteral("sv"));
        settings.setValue(Settings::Key::GuideZoom, 3);
        settings.setValue(Settings::Key::WindowGeometry, geometry);
        ASSERT_TRUE(settings.sync());
    }
    ASSERT_TRUE(QFile::exists(path()));
    Settings reopened(path());
    EXPECT_EQ(reopened.value(Settings::Key::Language).toString(), QStringLiteral("sv"));
    const QVariant zoom = reopened.value(Settings::Key::GuideZoom);
    EXPECT_EQ(zoom.metaType(), QMetaType::fromType<int>());
    EXPECT_EQ(zoom.toInt(), 3);
    EXPECT_EQ(reopened.value(Settings::Key::WindowGeometry).toByteArray(), geometry);
}

TEST_F(SettingsTest, ADemoTakesTheLanguageAndAppearanceButNotTheProfile)
{
    Settings own(path());
    own.setValue(Settings::Key::Language, QStringLiteral("sv"));
    own.setValue(Settings::Key::Appearance, QStringLiteral("dark"));
    own.setValue(Settings::Key::GuideZoom, 2);
    own.setValue(Settings::Key::ProfileSex, QStringLiteral("female"));
    ASSERT_TRUE(own.sync());
    const QByteArray before = [this] {
        QFile file(path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    Settings demo(m_dir.filePath(QStringLiteral("demo.conf")));
    demo.takeDisplayPreferences(Settings(path()));
    EXPECT_EQ(demo.value(Settings::Key::Language).toString(), QStringLiteral("sv"));
    EXPECT_EQ(demo.value(Settings::Key::Appearance).toString(), QStringLiteral("dark"));
    EXPECT_EQ(demo.value(Settings::Key::GuideZoom).toInt(), 2);
    // The demo's person is its own, and the person's own file is only read.
    EXPECT_EQ(demo.value(Settings::Key::ProfileSex).toString(), QStringLiteral("unset"));
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

TEST_F(SettingsTest, SettingTheValueItHoldsWritesNothing)
{
    Settings settings(path());
    settings.setValue(Settings::Key::LastPage, QStringLiteral("diary"));
    ASSERT_TRUE(settings.sync());
    {
        // Another program (another Stilla, or the person in an editor) changes the file. (Not
        // a second Settings: QSettings shares one copy of a file between its instances.)
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[window]\nlastPage=charts\n");
    }
    QSignalSpy announced(&settings.notifier(), &SettingsNotifier::changed);
    // The value this copy holds: not written, so the other change stays; a real change is.
    settings.setValue(Settings::Key::LastPage, QStringLiteral("diary"));
    settings.setValue(Settings::Key::Language, QStringLiteral("sv"));
    ASSERT_TRUE(settings.sync());
    ASSERT_EQ(announced.count(), 1);
    EXPECT_EQ(announced.at(0).at(0).value<QList<Settings::Key>>(),
        QList<Settings::Key> {Settings::Key::Language});

    Settings reopened(path());
    EXPECT_EQ(reopened.value(Settings::Key::LastPage).toString(), QStringLiteral("charts"));
    EXPECT_EQ(reopened.value(Settings::Key::Language).toString(), QStringLiteral("sv"));
}

TEST_F(SettingsTest, ResetRestoresTheDefault)
{
    Settings settings(path());
    settings.setValue(Settings::Key::Appearance, QStringLiteral("dark"));
    settings.reset(Settings::Key::Appearance);
    EXPECT_EQ(settings.value(Settings::Key::Appearance),
        Settings::defaultValue(Settings::Key::Appearance));
}

TEST_F(SettingsTest, SyncAnnouncesTheKeysThatChangedOnce)
{
    Settings settings(path());
    QSignalSpy changed(&settings.notifier(), &SettingsNotifier::changed);
    QSignalSpy profile(&settings.notifier(), &SettingsNotifier::profileChanged);

    settings.setValue(Settings::Key::Appearance, QStringLiteral("dark"));
    settings.setValue(Settings::Key::GuideZoom, 2);
    settings.setValue(Settings::Key::GuideZoom, 3);
    EXPECT_EQ(changed.count(), 0) << "announced before it was written";
    ASSERT_TRUE(settings.sync());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QList<Settings::Key>>(),
        (QList<Settings::Key> {Settings::Key::Appearance, Settings::Key::GuideZoom}));
    EXPECT_EQ(profile.count(), 0) << "neither key is part of the profile";

    // The same values again, a reset of a key never set, and a second sync: nothing changed.
    settings.setValue(Settings::Key::Appearance, QStringLiteral("dark"));
    settings.reset(Settings::Key::Language);
    ASSERT_TRUE(settings.sync());
    EXPECT_EQ(changed.count(), 1);

    settings.reset(Settings::Key::Appearance);
    ASSERT_TRUE(settings.sync());
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(1).at(0).value<QList<Settings::Key>>(),
        QList<Settings::Key> {Settings::Key::Appearance});
}

TEST_F(SettingsTest, ASavedProfileIsOneProfileAnnouncement)
{
    Settings settings(path());
    QSignalSpy profile(&settings.notifier(), &SettingsNotifier::profileChanged);
    Profile edited;
    edited.ageGroup = AgeGroup::Adult;
    edited.conditions = unsigned(Condition::KidneyDisease);
    settings.setValue(Settings::Key::IntakeTargetMg, 350);
    ProfileStore(settings).save(edited);
    EXPECT_EQ(profile.count(), 1);

    ProfileStore(settings).save(edited);
    EXPECT_EQ(profile.count(), 1) << "saving the same profile changes nothing";

    settings.setValue(Settings::Key::IntakeReference, QStringLiteral("us"));
    ASSERT_TRUE(settings.sync());
    EXPECT_EQ(profile.count(), 2) << "the intake target is read with the profile";
}

TEST_F(SettingsTest, EveryKeyHasADistinctName)
{
    const Settings::Key keys[] = {Settings::Key::Language, Settings::Key::Appearance,
        Settings::Key::WindowGeometry, Settings::Key::WindowState, Settings::Key::LastPage,
        Settings::Key::GuideZoom, Settings::Key::GuideSection};
    QStringList names;
    for (Settings::Key key : keys)
        names << Settings::keyName(key);
    names.removeDuplicates();
    EXPECT_EQ(names.size(), static_cast<qsizetype>(std::size(keys)));
}

} // namespace
} // namespace stilla
