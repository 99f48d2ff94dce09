#pragma once

#include "Food.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace stilla {

class FoodCatalogue;

/// What to look for. Text is matched ignoring case and diacritics, word by word in any order.
struct FoodQuery
{
    QString text;
    /// "sv" or "en": foods from the database in this language rank first (slv for sv, usda
    /// for en); the user's own foods always count as being in the UI language.
    QString language;
    std::optional<FoodSource> source; ///< only foods from this source
    QString group; ///< only foods in this group (the source's own group name)
    bool richOnly = false; ///< only foods "high in magnesium" (FoodMagnesium::isRich)
    int limit = 50; ///< at most this many matches; 0 or less: all
    QSet<QString> favourites; ///< keys "source:id" (foodKey)
    QSet<QString> recent; ///< keys "source:id"
};

struct FoodMatch
{
    const Food* food = nullptr;
    int score = 0; ///< higher is better; only the order is meaningful
    bool curated = false; ///< one of the foods the article names
    bool favourite = false;
    bool recent = false;
};

/// Search over every food of a catalogue, fast enough to run on each key press (well under a
/// millisecond for a typical query over the whole catalogue).
///
/// Matching, on folded text (TextFolding): every word of the query must match a word of a
/// food's name, or of one of the curated names (both languages) of an article food. A query
/// word matches a name word, best first, when it is the same word, the same word with another
/// plural or inflected ending (FoodText::forms: "bananer" ~ "banan", "seeds" ~ "seed"), the
/// start of the word, inside the word (from 3 letters: "mandel" in "sotmandel"), or, from 4
/// letters, the word (or its start) with one letter wrong, missing, extra or swapped
/// ("spinch" ~ "spinach").
///
/// Ranking: the whole name is the query (or all its words, inflected, in any order); then
/// names that start with the query; then names whose words all match whole; then those that
/// match word starts; then substrings; then one-typo matches. Within each of these, foods from
/// the database in the UI language, favourites, curated article foods and recent foods are
/// lifted (in that order of weight), then names that start with the first query word and
/// shorter names. Ties are ordered by name, source and id. With empty text, the curated
/// article foods come first (UI language first), then favourites, recent foods and the rest.
///
/// The search keeps pointers into the catalogue: build a new FoodSearch when the catalogue
/// changes (FoodCatalogue::setCustomFoods) and keep the catalogue alive while it is used.
class FoodSearch
{
public:
    explicit FoodSearch(const FoodCatalogue& catalogue);

    std::vector<FoodMatch> search(const FoodQuery& query) const;

private:
    struct Name
    {
        int firstWord = 0; ///< into m_nameWords
        int wordCount = 0;
        QString normalized; ///< folded words joined by single spaces
    };
    struct Indexed
    {
        int firstName = 0; ///< into m_names
        int nameCount = 0;
        int nameRank = 0; ///< position in the order by folded name, source, id
        int curated = -1; ///< index in CuratedFoods::foods(), or -1
    };

    int wordId(const QString& word);
    void addName(const QString& name);
    /// For each query word, the class of match (0 none .. 6 same word) against every word of
    /// the vocabulary.
    std::vector<std::vector<quint8>> classify(const std::vector<QString>& tokens) const;
    /// The score of one name against the classified query, or -1 when it does not match.
    int scoreName(const Name& name, const std::vector<std::vector<quint8>>& classes,
        const QString& normalizedQuery) const;

    const FoodCatalogue& m_catalogue;
    std::vector<Indexed> m_indexed; ///< one per catalogue food, same order
    std::vector<Name> m_names;
    std::vector<int> m_nameWords; ///< word ids of every name, one after the other
    std::vector<QString> m_words; ///< the vocabulary: every distinct folded word
    std::vector<std::vector<QString>> m_wordForms; ///< FoodText::forms of each word
    QHash<QString, int> m_wordIds;
};

} // namespace stilla
