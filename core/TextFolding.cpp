#include "TextFolding.h"

#include <QChar>

namespace stilla {
namespace {

/// Quotes and dashes that typography brings in, mapped to what people type.
char32_t plainPunctuation(char32_t c)
{
    switch (c) {
    case 0x00AB: // « LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
    case 0x00BB: // » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
    case 0x201C: // “ LEFT DOUBLE QUOTATION MARK
    case 0x201D: // ” RIGHT DOUBLE QUOTATION MARK
    case 0x201E: // „ DOUBLE LOW-9 QUOTATION MARK
    case 0x201F: // ‟ DOUBLE HIGH-REVERSED-9 QUOTATION MARK
        return U'"';
    case 0x2018: // ‘ LEFT SINGLE QUOTATION MARK
    case 0x2019: // ’ RIGHT SINGLE QUOTATION MARK
    case 0x201A: // ‚ SINGLE LOW-9 QUOTATION MARK
    case 0x201B: // ‛ SINGLE HIGH-REVERSED-9 QUOTATION MARK
    case 0x2039: // ‹ SINGLE LEFT-POINTING ANGLE QUOTATION MARK
    case 0x203A: // › SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
        return U'\'';
    case 0x2010: // ‐ HYPHEN
    case 0x2011: // ‑ NON-BREAKING HYPHEN
    case 0x2012: // ‒ FIGURE DASH
    case 0x2013: // – EN DASH
    case 0x2014: // — EM DASH
    case 0x2015: // ― HORIZONTAL BAR
    case 0x2212: // − MINUS SIGN
        return U'-';
    default:
        return c;
    }
}

/// The one character @p c stands for without its diacritics, or @p c itself.
char32_t baseCharacter(char32_t c)
{
    const QChar::Decomposition tag = QChar::decompositionTag(c);
    if (tag == QChar::NoDecomposition)
        return c;
    const QString decomposed = QChar::decomposition(c);
    if (decomposed.isEmpty() || decomposed.at(0).isSurrogate())
        return c;
    // One character (canonical or compatibility), or a canonical base plus combining marks.
    // A compatibility decomposition into several characters (ﬁ → fi, ½ → 1⁄2) has no single
    // base character.
    if (decomposed.size() == 1 || tag == QChar::Canonical)
        return decomposed.at(0).unicode();
    return c;
}

char16_t foldCodeUnit(char16_t unit)
{
    if (QChar::isSurrogate(unit))
        return unit; // handled in pairs by fold()
    if (unit >= 0xAC00 && unit <= 0xD7A3)
        return unit; // Hangul syllables decompose into jamo, which are not diacritics
    char32_t c = unit;
    // Decomposing, folding case and mapping punctuation can each expose another step
    // (U+01FA Ǻ → Å → A → a); a handful of rounds always reaches a fixed point.
    for (int round = 0; round < 8; ++round) {
        const char32_t next = plainPunctuation(QChar::toCaseFolded(baseCharacter(c)));
        if (next == c)
            break;
        c = next;
    }
    return QChar::requiresSurrogates(c) ? unit : static_cast<char16_t>(c);
}

/// The folded form of every UTF-16 code unit, built once (about 128 KiB, a few milliseconds).
struct FoldTable
{
    FoldTable()
    {
        for (char32_t unit = 0; unit <= 0xFFFF; ++unit)
            map[unit] = foldCodeUnit(static_cast<char16_t>(unit));
    }
    char16_t map[0x10000];
};

const FoldTable& foldTable()
{
    static const FoldTable table;
    return table;
}

} // namespace

QString TextFolding::fold(const QString& text)
{
    const char16_t* const map = foldTable().map;
    const char16_t* const in = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype size = text.size();

    // Shares the input's data until the first code unit that changes.
    QString result = text;
    char16_t* out = nullptr;
    const auto write = [&](qsizetype index, char16_t unit) {
        if (in[index] == unit)
            return;
        if (!out)
            out = reinterpret_cast<char16_t*>(result.data()); // detaches, once
        out[index] = unit;
    };

    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = in[i];
        if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(in[i + 1])) {
            const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(unit, in[i + 1]));
            if (QChar::requiresSurrogates(folded)) {
                write(i, QChar::highSurrogate(folded));
                write(i + 1, QChar::lowSurrogate(folded));
            }
            ++i;
            continue;
        }
        write(i, map[unit]);
    }
    return result;
}

} // namespace stilla
