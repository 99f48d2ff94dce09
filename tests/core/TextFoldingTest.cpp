#include "core/TextFolding.h"

#include "tests/TestUtil.h"

namespace stilla {
namespace {

QString fromUcs4(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

TEST(TextFoldingTest, SwedishLettersLoseCaseAndDiacritics)
{
    EXPECT_EQ(TextFolding::fold(QStringLiteral("Grönkål")), QStringLiteral("gronkal"));
    EXPECT_EQ(TextFolding::fold(QStringLiteral("MÖJLIG")), QStringLiteral("mojlig"));
    EXPECT_EQ(TextFolding::fold(QStringLiteral("Å Ä Ö å ä ö")), QStringLiteral("a a o a a o"));
    EXPECT_EQ(TextFolding::fold(QStringLiteral("Crème brûlée, Müsli, Ñandú, Ça")),
        QStringLiteral("creme brulee, musli, nandu, ca"));
}

TEST(TextFoldingTest, LengthIsPreservedCharacterByCharacter)
{
    const QString text = QStringLiteral("”Aktivera” – Grönkål’s 270—350 mg „x“ ‘y’ É\u00A0ü");
    const QString folded = TextFolding::fold(text);
    ASSERT_EQ(folded.size(), text.size());
    EXPECT_EQ(folded, QStringLiteral("\"aktivera\" - gronkal's 270-350 mg \"x\" 'y' e u"));
    // Each position folds on its own, so folding a slice gives the same slice.
    for (qsizetype i = 0; i < text.size(); ++i)
        EXPECT_EQ(TextFolding::fold(text.mid(i, 1)), folded.mid(i, 1)) << "at " << i;
}

TEST(TextFoldingTest, TypographicQuotesAndDashesBecomePlain)
{
    EXPECT_EQ(TextFolding::fold(QStringLiteral("”“„‟«»")), QStringLiteral("\"\"\"\"\"\""));
    EXPECT_EQ(TextFolding::fold(QStringLiteral("’‘‚‛‹›")), QStringLiteral("''''''"));
    EXPECT_EQ(TextFolding::fold(QStringLiteral("‐‑‒–—―−")), QStringLiteral("-------"));
}

TEST(TextFoldingTest, FollowsDecompositionsToOneBaseCharacter)
{
    EXPECT_EQ(TextFolding::fold(fromUcs4(0x01FA)), QStringLiteral("a")); // Ǻ: Å + acute
    EXPECT_EQ(TextFolding::fold(fromUcs4(0x212B)), QStringLiteral("a")); // ANGSTROM SIGN
    EXPECT_EQ(TextFolding::fold(fromUcs4(0x212A)), QStringLiteral("k")); // KELVIN SIGN
    EXPECT_EQ(TextFolding::fold(fromUcs4(0x1EA4)), QStringLiteral("a")); // Ấ: Â + acute
    EXPECT_EQ(TextFolding::fold(fromUcs4(0x0130)), QStringLiteral("i")); // İ
    EXPECT_EQ(TextFolding::fold(fromUcs4(0xFF21)), QStringLiteral("a")); // FULLWIDTH A
    EXPECT_EQ(TextFolding::fold(fromUcs4(0x2002)), QStringLiteral(" ")); // EN SPACE
    EXPECT_EQ(TextFolding::fold(fromUcs4(0x0386)), fromUcs4(0x03B1)); // Ά → α
}

TEST(TextFoldingTest, KeepsWhatHasNoSingleBaseCharacter)
{
    // No decomposition: only the case changes.
    EXPECT_EQ(TextFolding::fold(QStringLiteral("ßÆØŁ")), QStringLiteral("ßæøł"));
    EXPECT_EQ(TextFolding::fold(fromUcs4(0x1E9E)), QStringLiteral("ß")); // capital sharp s
    // Compatibility decompositions into several characters: ligature fi, one half.
    EXPECT_EQ(TextFolding::fold(fromUcs4(0xFB01)), fromUcs4(0xFB01));
    EXPECT_EQ(TextFolding::fold(fromUcs4(0x00BD)), fromUcs4(0x00BD));
    // Hangul syllables are not letters with diacritics.
    EXPECT_EQ(TextFolding::fold(fromUcs4(0xAC00)), fromUcs4(0xAC00));
    // A combining mark on its own (NFD text) stays, so the length does not change.
    EXPECT_EQ(TextFolding::fold(QStringLiteral("O\u0308")), QStringLiteral("o\u0308"));
}

TEST(TextFoldingTest, HandlesSurrogatePairsAndLoneSurrogates)
{
    // DESERET CAPITAL LETTER LONG I folds to its small letter, also outside the BMP.
    EXPECT_EQ(TextFolding::fold(QStringLiteral("A") + fromUcs4(0x10400)),
        QStringLiteral("a") + fromUcs4(0x10428));
    const QString emoji = fromUcs4(0x1F600);
    EXPECT_EQ(TextFolding::fold(emoji), emoji);
    const QString lone = QString(QChar(0xD800)) + QStringLiteral("Ö") + QChar(0xDC00);
    const QString folded = TextFolding::fold(lone);
    ASSERT_EQ(folded.size(), 3);
    EXPECT_EQ(folded.at(0).unicode(), 0xD800);
    EXPECT_EQ(folded.at(1), QLatin1Char('o'));
    EXPECT_EQ(folded.at(2).unicode(), 0xDC00);
}

TEST(TextFoldingTest, EmptyAndAlreadyFoldedTextComeBackShared)
{
    EXPECT_TRUE(TextFolding::fold(QString()).isEmpty());
    const QString folded = QStringLiteral("magnesium 270-350 mg");
    const QString again = TextFolding::fold(folded);
    EXPECT_EQ(again, folded);
    EXPECT_EQ(again.constData(), folded.constData()) << "no copy for text that does not change";
    const QString original = QStringLiteral("Magnesium");
    const QString changed = TextFolding::fold(original);
    EXPECT_EQ(original, QStringLiteral("Magnesium")) << "the input is left alone";
    EXPECT_EQ(changed, QStringLiteral("magnesium"));
}

} // namespace
} // namespace stilla
