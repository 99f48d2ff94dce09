#pragma once

#include <QString>

#include <vector>

namespace stilla {

class Article;

/// Where a search matched: a range in the original text of a section heading, a paragraph
/// or a list item.
struct ArticleHit
{
    int section = 0; ///< index in Article::sections()
    int block = -1; ///< index in ArticleSection::blocks, or -1 for the section heading
    int item = -1; ///< index in ArticleBlock::items, or -1 unless the hit is in a list item
    int start = 0; ///< in UTF-16 code units, in the original (unfolded) text
    int length = 0;

    friend bool operator==(const ArticleHit&, const ArticleHit&) = default;
};

/// Finds words in an article the way people type them: without caring about case or
/// diacritics ("gronkal" and "GRÖNKÅL" both find "grönkål"), with typographic quotes and
/// dashes matching plain ones (see TextFolding). The title is not searched.
///
/// The folded text of every heading, paragraph and item is computed once, in the
/// constructor; the search does not keep a reference to the article.
class ArticleSearch
{
public:
    explicit ArticleSearch(const Article& article);

    /// Every occurrence of @p query, in reading order (section, block, item, start). The query
    /// is trimmed and runs of white space in it become one space; an empty query finds
    /// nothing. Occurrences do not overlap: after a match the search goes on at its end.
    std::vector<ArticleHit> find(const QString& query) const;

private:
    struct Entry
    {
        int section;
        int block;
        int item;
        QString folded;
    };
    std::vector<Entry> m_entries; ///< in reading order
};

} // namespace stilla
