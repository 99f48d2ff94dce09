#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace stilla {

/// The word-level text rules of the food search, on folded text (TextFolding::fold).
/// Internal to core/foods.
class FoodText
{
public:
    /// The words of folded @p text: runs of letters and digits ("spinach, raw" -> spinach, raw).
    static std::vector<QString> words(const QString& folded);
    /// @p word and the forms left after removing one plural or inflected ending, at least three
    /// letters long: Swedish -erna -arna -orna -er -ar -or -en -et -na -n, English -es -s and
    /// -ies (-> y). "bananer" -> {bananer, banan}; "pumpafron" -> {pumpafron, pumpafro}.
    static std::vector<QString> forms(const QString& word);
    /// True when @p a becomes @p b by at most one insertion, deletion, substitution or swap of
    /// two neighbouring letters.
    static bool withinOneEdit(QStringView a, QStringView b);
};

} // namespace stilla
