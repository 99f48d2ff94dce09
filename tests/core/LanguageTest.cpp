#include "core/Language.h"

#include "tests/TestUtil.h"

#include <QCoreApplication>

namespace stilla {
namespace {

TEST(LanguageTest, SwedishLocalesGiveSwedishElseEnglish)
{
    EXPECT_EQ(
        Language::fromLocale(QLocale(QLocale::Swedish, QLocale::Sweden)), QStringLiteral("sv"));
    EXPECT_EQ(
        Language::fromLocale(QLocale(QLocale::Swedish, QLocale::Finland)), QStringLiteral("sv"));
    EXPECT_EQ(Language::fromLocale(QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("en"));
    EXPECT_EQ(
        Language::fromLocale(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("en"));
}

TEST(LanguageTest, SwedishLocaleUsesDecimalCommaAnd24HourTime)
{
    const QLocale sv = Language::localeFor(QStringLiteral("sv"));
    EXPECT_EQ(sv.toString(2.5, 'f', 1), QStringLiteral("2,5"));
    EXPECT_EQ(sv.toString(QTime(21, 30), QLocale::ShortFormat), QStringLiteral("21:30"));
}

TEST(LanguageTest, EnglishKeepsAnEnglishSystemLocaleElseBritish)
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(Language::localeFor(QStringLiteral("en"), us), us);
    const QLocale fromGerman = Language::localeFor(QStringLiteral("en"), QLocale(QLocale::German));
    EXPECT_EQ(fromGerman.language(), QLocale::English);
    EXPECT_EQ(fromGerman.territory(), QLocale::UnitedKingdom);
}

TEST(LanguageTest, SwitchingInstallsTheEmbeddedCatalogue)
{
    Translators translators;
    ASSERT_TRUE(translators.setLanguage(QStringLiteral("sv")));
    EXPECT_EQ(translators.language(), QStringLiteral("sv"));
    EXPECT_EQ(QCoreApplication::translate("stilla::SettingsPage", "Settings"),
        QStringLiteral("Inställningar"));
    EXPECT_EQ(QLocale().language(), QLocale::Swedish);

    ASSERT_TRUE(translators.setLanguage(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("stilla::SettingsPage", "Settings"),
        QStringLiteral("Settings"));
}

TEST(LanguageTest, UnsupportedLanguageIsRefusedAndChangesNothing)
{
    Translators translators;
    ASSERT_TRUE(translators.setLanguage(QStringLiteral("sv")));
    EXPECT_FALSE(translators.setLanguage(QStringLiteral("de")));
    EXPECT_EQ(translators.language(), QStringLiteral("sv"));
    EXPECT_EQ(QCoreApplication::translate("stilla::SettingsPage", "Settings"),
        QStringLiteral("Inställningar"));
}

} // namespace
} // namespace stilla
