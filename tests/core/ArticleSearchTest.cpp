#include "core/article/ArticleSearch.h"

#include "core/TextFolding.h"
#include "core/article/Article.h"
#include "tests/TestUtil.h"

#include <algorithm>
#include <memory>
#include <ostream>
#include <tuple>

namespace stilla {

void PrintTo(const ArticleHit& hit, std::ostream* os)
{
    *os << "{section " << hit.section << ", block " << hit.block << ", item " << hit.item
        << ", start " << hit.start << ", length " << hit.length << '}';
}

namespace {

using Hits = std::vector<ArticleHit>;

/// The original text a hit points into.
QString textOf(const Article& article, const ArticleHit& hit)
{
    const ArticleSection& section = article.sections().at(static_cast<std::size_t>(hit.section));
    if (hit.block < 0)
        return section.heading;
    const ArticleBlock& block = section.blocks.at(static_cast<std::size_t>(hit.block));
    return hit.item < 0 ? block.text : block.items.at(hit.item);
}

QString matched(const Article& article, const ArticleHit& hit)
{
    return textOf(article, hit).mid(hit.start, hit.length);
}

class ArticleSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const char* language : {"sv", "en"}) {
            Result<Article> article = Article::load(QString::fromLatin1(language));
            ASSERT_TRUE(article.ok()) << article.errorMessage().toStdString();
            m_articles.push_back(std::move(article).value());
        }
    }

    const Article& sv() const { return m_articles.at(0); }
    const Article& en() const { return m_articles.at(1); }

    std::vector<Article> m_articles;
};

TEST_F(ArticleSearchTest, FindsGronkalInTheFoodsListWhateverTheCaseAndDiacritics)
{
    const ArticleSearch search(sv());
    ASSERT_EQ(sv().sectionIndex(QStringLiteral("foods")), 5);
    for (const QString& query :
        {QStringLiteral("gronkal"), QStringLiteral("GRÖNKÅL"), QStringLiteral("Grönkål")}) {
        const Hits hits = search.find(query);
        ASSERT_EQ(hits.size(), 1u) << query.toStdString();
        EXPECT_EQ(hits[0], (ArticleHit {5, 1, 0, 34, 7}));
        EXPECT_EQ(matched(sv(), hits[0]), QStringLiteral("grönkål"));
    }
}

TEST_F(ArticleSearchTest, FindsEnglishListItems)
{
    const ArticleSearch search(en());
    Hits hits = search.find(QStringLiteral("KALE"));
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0], (ArticleHit {5, 1, 0, 46, 4}));

    hits = search.find(QStringLiteral("diuretics"));
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0], (ArticleHit {6, 4, 3, 13, 9}));
    EXPECT_EQ(textOf(en(), hits[0]), QStringLiteral("water pills (diuretics)"));
}

TEST_F(ArticleSearchTest, FindsHeadings)
{
    EXPECT_EQ(ArticleSearch(sv()).find(QStringLiteral("hamtmat")), (Hits {{9, -1, -1, 0, 7}}));
    EXPECT_EQ(ArticleSearch(en()).find(QStringLiteral("SUMMARY")), (Hits {{9, -1, -1, 0, 7}}));
}

TEST_F(ArticleSearchTest, CountsEveryOccurrenceInReadingOrder)
{
    const auto key
        = [](const ArticleHit& h) { return std::tuple(h.section, h.block, h.item, h.start); };
    // "magnesium" also inside compounds such as "magnesiumbrist"; the title is not searched.
    for (const Article& article : m_articles) {
        const Hits hits = ArticleSearch(article).find(QStringLiteral("MAGNESIUM"));
        EXPECT_EQ(hits.size(), 35u) << article.language().toStdString();
        EXPECT_TRUE(std::is_sorted(hits.begin(), hits.end(),
            [&](const ArticleHit& a, const ArticleHit& b) { return key(a) < key(b); }));
        for (const ArticleHit& hit : hits)
            EXPECT_EQ(matched(article, hit).toLower(), QStringLiteral("magnesium"));
    }
    EXPECT_EQ(ArticleSearch(sv()).find(QStringLiteral("biverkningar")).size(), 6u);

    const ArticleSearch search(en());
    EXPECT_EQ(search.find(QStringLiteral("side effects")).size(), 6u);
    const Hits rls = search.find(QStringLiteral("restless legs syndrome"));
    ASSERT_EQ(rls.size(), 4u);
    EXPECT_EQ(rls[0], (ArticleHit {0, 0, -1, 0, 22}));
    EXPECT_EQ(rls[1], (ArticleHit {0, 0, -1, 270, 22}));
    EXPECT_EQ(rls[3], (ArticleHit {7, 0, -1, 87, 22}));
}

TEST_F(ArticleSearchTest, QuerySpanningASpaceIsTrimmedAndCollapsed)
{
    const ArticleSearch search(sv());
    for (const QString& query :
        {QStringLiteral("mild eller måttlig"), QStringLiteral("  Mild \t eller\n\nMATTLIG  ")}) {
        const Hits hits = search.find(query);
        ASSERT_EQ(hits.size(), 1u) << query.toStdString();
        EXPECT_EQ(hits[0], (ArticleHit {1, 2, -1, 171, 18}));
        EXPECT_EQ(matched(sv(), hits[0]), QStringLiteral("mild eller måttlig"));
    }
}

TEST_F(ArticleSearchTest, PlainQuotesFindTypographicOnes)
{
    Hits hits = ArticleSearch(sv()).find(QStringLiteral("\"aktivera\""));
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0], (ArticleHit {1, 1, -1, 207, 10}));
    EXPECT_EQ(matched(sv(), hits[0]), QStringLiteral("”aktivera”"));

    hits = ArticleSearch(en()).find(QStringLiteral("\"activate\""));
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0], (ArticleHit {1, 1, -1, 192, 10}));
    EXPECT_EQ(matched(en(), hits[0]), QStringLiteral("“activate”"));
}

TEST_F(ArticleSearchTest, NoHits)
{
    const ArticleSearch search(sv());
    EXPECT_TRUE(search.find(QStringLiteral("xyzzy")).empty());
    // Words are not joined across list items.
    EXPECT_TRUE(search.find(QStringLiteral("illamående kräkningar")).empty());
    // The title and the web page's leftovers are not searched.
    EXPECT_TRUE(search.find(QStringLiteral("länken")).empty());
    EXPECT_TRUE(search.find(QStringLiteral("Lämna ett svar")).empty());
    EXPECT_TRUE(ArticleSearch(en()).find(QStringLiteral("grönkål")).empty());
}

TEST_F(ArticleSearchTest, EmptyQueryFindsNothing)
{
    const ArticleSearch search(sv());
    EXPECT_TRUE(search.find(QString()).empty());
    EXPECT_TRUE(search.find(QStringLiteral("   \t\n")).empty());
}

TEST_F(ArticleSearchTest, EveryHitFoldsToTheQuery)
{
    for (const Article& article : m_articles) {
        const ArticleSearch search(article);
        for (const QString& query : {QStringLiteral("RLS"), QStringLiteral("ö"),
                 QStringLiteral("e"), QStringLiteral(", "), QStringLiteral("-")}) {
            const QString folded = TextFolding::fold(query.simplified());
            const Hits hits = search.find(query);
            for (const ArticleHit& hit : hits)
                EXPECT_EQ(TextFolding::fold(matched(article, hit)), folded);
        }
    }
    EXPECT_EQ(ArticleSearch(sv()).find(QStringLiteral("ö")).size(),
        ArticleSearch(sv()).find(QStringLiteral("o")).size());
}

TEST(ArticleSearchOnItsOwnTest, FindsNonOverlappingOccurrencesAndOutlivesTheArticle)
{
    std::unique_ptr<ArticleSearch> search;
    {
        const Result<Article> article = Article::fromJson(R"({"format": 1, "language": "sv",
            "title": "T", "sections": [{"id": "a", "heading": "MÖJLIGT",
            "blocks": [{"paragraph": "Det är möjligt, ja Möjligt."}, {"list": ["aaaa", "ö"]}]}]})",
            QStringLiteral("test.json"));
        ASSERT_TRUE(article.ok()) << article.errorMessage().toStdString();
        search = std::make_unique<ArticleSearch>(*article);
    }
    EXPECT_EQ(search->find(QStringLiteral("mojlig")),
        (Hits {{0, -1, -1, 0, 6}, {0, 0, -1, 7, 6}, {0, 0, -1, 19, 6}}));
    EXPECT_EQ(search->find(QStringLiteral("aa")), (Hits {{0, 1, 0, 0, 2}, {0, 1, 0, 2, 2}}));
    EXPECT_EQ(search->find(QStringLiteral("O")),
        (Hits {{0, -1, -1, 1, 1}, {0, 0, -1, 8, 1}, {0, 0, -1, 20, 1}, {0, 1, 1, 0, 1}}));
}

} // namespace
} // namespace stilla
