#pragma once

#include <QString>

namespace stilla {

/// Folding text for searching: "Grönkål", "GRÖNKÅL" and "gronkal" all fold to "gronkal".
///
/// The folded text has exactly as many UTF-16 code units as the input, each one derived from
/// the code unit at the same index, so a match found at position p with length n in the folded
/// text is at position p with length n in the original, ready for highlighting.
///
/// Per character:
/// - a letter with diacritics becomes its base letter (é → e, Å → a, ǻ → a): the character's
///   Unicode decomposition is followed to its first character while that is a canonical
///   decomposition (base letter plus combining marks) or a decomposition to one character
///   (the no-break space becomes a space, the Kelvin sign K, full-width Ａ plain A);
/// - then it is case-folded (simple case folding, which never changes the length);
/// - typographic quotes become ASCII ones (“ ” „ ‟ « » → ", ‘ ’ ‚ ‛ ‹ › → ') and hyphens,
///   dashes and the minus sign become '-' (‐ ‑ ‒ – — ― −);
/// - everything else is only case-folded: letters without a decomposition (ß, æ, ø, ł), and
///   characters whose decomposition is several letters (the ligature ﬁ, the fraction ½),
///   which cannot become one character. Hangul syllables are kept as they are.
///
/// Combining marks that stand on their own (decomposed, NFD text) cannot be removed without
/// changing the length, so they stay; fold NFC text, which is what Stilla stores and ships.
/// Characters outside the Basic Multilingual Plane are case-folded as surrogate pairs.
///
/// The per-character result is looked up in a table built once, on the first call. fold()
/// allocates at most the result string, and not even that when the text is already folded:
/// then it returns an implicitly shared copy of the input.
class TextFolding
{
public:
    static QString fold(const QString& text);
};

} // namespace stilla
