#include "ArticleSearch.h"

#include "Article.h"
#include "core/TextFolding.h"

#include <QStringView>

namespace stilla {

ArticleSearch::ArticleSearch(const Article& article)
{
    const std::vector<ArticleSection>& sections = article.sections();
    for (std::size_t s = 0; s < sections.size(); ++s) {
        const int section = static_cast<int>(s);
        m_entries.push_back({section, -1, -1, TextFolding::fold(sections[s].heading)});
        const std::vector<ArticleBlock>& blocks = sections[s].blocks;
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            const int block = static_cast<int>(b);
            if (blocks[b].kind == ArticleBlock::Kind::Paragraph) {
                m_entries.push_back({section, block, -1, TextFolding::fold(blocks[b].text)});
                continue;
            }
            const QStringList& items = blocks[b].items;
            for (qsizetype i = 0; i < items.size(); ++i)
                m_entries.push_back(
                    {section, block, static_cast<int>(i), TextFolding::fold(items.at(i))});
        }
    }
}

std::vector<ArticleHit> ArticleSearch::find(const QString& query) const
{
    std::vector<ArticleHit> hits;
    const QString needle = TextFolding::fold(query.simplified());
    if (needle.isEmpty())
        return hits;
    const int length = static_cast<int>(needle.size());
    for (const Entry& entry : m_entries) {
        const QStringView haystack(entry.folded);
        for (qsizetype at = haystack.indexOf(needle); at >= 0;
             at = haystack.indexOf(needle, at + length))
            hits.push_back({entry.section, entry.block, entry.item, static_cast<int>(at), length});
    }
    return hits;
}

} // namespace stilla
