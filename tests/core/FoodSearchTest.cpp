// Searching the catalogue: folding, inflections, typos, ranking, filters, lifts.
#include "core/foods/FoodSearch.h"

#include "core/foods/FoodCatalogue.h"
#include "core/foods/FoodMagnesium.h"
#include "core/foods/FoodText.h"
#include "tests/TestUtil.h"

namespace stilla {
namespace {

class FoodSearchTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        auto loaded = FoodCatalogue::load();
        ASSERT_TRUE(loaded.ok()) << loaded.errorMessage().toStdString();
        s_catalogue = new FoodCatalogue(std::move(loaded).value());
        s_search = new FoodSearch(*s_catalogue);
    }
    static void TearDownTestSuite()
    {
        delete s_search;
        delete s_catalogue;
    }

    static std::vector<FoodMatch> find(const QString& text, const char* language = "sv")
    {
        FoodQuery query;
        query.text = text;
        query.language = QLatin1String(language);
        return s_search->search(query);
    }
    /// "slv:4941" of the best match, or "" when nothing matched.
    static QString top(const QString& text, const char* language = "sv")
    {
        const auto matches = find(text, language);
        return matches.empty() ? QString() : foodKey(*matches.front().food);
    }
    static bool contains(const std::vector<FoodMatch>& matches, const char* key)
    {
        return std::any_of(matches.begin(), matches.end(),
            [key](const FoodMatch& match) { return foodKey(*match.food) == QLatin1String(key); });
    }

    static inline FoodCatalogue* s_catalogue = nullptr;
    static inline FoodSearch* s_search = nullptr;
};

TEST_F(FoodSearchTest, WordForms)
{
    using Forms = std::vector<QString>;
    EXPECT_EQ(FoodText::forms(QStringLiteral("bananer")),
        (Forms {QStringLiteral("bananer"), QStringLiteral("banan")}));
    EXPECT_EQ(FoodText::forms(QStringLiteral("pumpafron")),
        (Forms {QStringLiteral("pumpafron"), QStringLiteral("pumpafro")}));
    EXPECT_EQ(FoodText::forms(QStringLiteral("berries")),
        (Forms {QStringLiteral("berries"), QStringLiteral("berri"), QStringLiteral("berrie"),
            QStringLiteral("berry")}));
    EXPECT_EQ(FoodText::forms(QStringLiteral("ost")), (Forms {QStringLiteral("ost")}));
    EXPECT_TRUE(FoodText::withinOneEdit(u"spinch", u"spinach"));
    EXPECT_TRUE(FoodText::withinOneEdit(u"spniach", u"spinach"));
    EXPECT_TRUE(FoodText::withinOneEdit(u"spinacj", u"spinach"));
    EXPECT_TRUE(FoodText::withinOneEdit(u"spinachh", u"spinach"));
    EXPECT_FALSE(FoodText::withinOneEdit(u"spnch", u"spinach"));
    EXPECT_FALSE(FoodText::withinOneEdit(u"abcd", u"badc"));
}

TEST_F(FoodSearchTest, FoldsCaseAndDiacritics)
{
    for (const QString& text : {QString::fromUtf8("grönkål"), QStringLiteral("gronkal"),
             QStringLiteral("GRONKAL"), QString::fromUtf8("GRÖNKÅL")}) {
        SCOPED_TRACE(text.toStdString());
        EXPECT_EQ(top(text), QStringLiteral("slv:337"));
    }
    EXPECT_EQ(top(QStringLiteral("gronkal"), "en"), QStringLiteral("usda:11233"));
}

TEST_F(FoodSearchTest, ArticleFoodsComeFirstInBothLanguages)
{
    struct Case
    {
        const char* text;
        const char* language;
        const char* expected;
    };
    const Case cases[] = {
        {"spenat", "sv", "slv:4941"},
        {"spinach", "en", "usda:11457"},
        {"spinch", "en", "usda:11457"},
        {"spinch", "sv", "slv:4941"},
        {"rå spenat", "sv", "slv:4941"},
        {"spenat rå", "sv", "slv:4941"},
        {"spinach raw", "en", "usda:11457"},
        {"raw spinach", "en", "usda:11457"},
        {"pumpkin seeds", "en", "usda:12016"},
        {"pumpafrön", "sv", "slv:1571"},
        {"pumpafro", "sv", "slv:1571"},
        {"squash seeds", "en", "usda:12016"},
        {"mangold", "sv", "slv:348"},
        {"chard", "en", "usda:11147"},
        {"kale", "en", "usda:11233"},
        {"linser", "sv", "slv:3821"},
        {"lentils", "en", "usda:16070"},
        {"yoghurt", "sv", "slv:135"},
        {"yoghurt", "en", "usda:01117"},
        {"yogurt", "en", "usda:01117"},
        {"bananer", "sv", "slv:553"},
        {"banana", "en", "usda:09040"},
        {"bananas", "en", "usda:09040"},
        {"avokado", "sv", "slv:320"},
        {"avocado", "en", "usda:09037"},
        {"makrill", "sv", "slv:1260"},
        {"mackerel", "en", "usda:15046"},
        {"tonfisk", "sv", "slv:1278"},
        {"tuna", "en", "usda:15121"},
        {"mandlar", "sv", "slv:1575"},
        {"almonds", "en", "usda:12061"},
        {"cashew", "en", "usda:12085"},
        {"lättmjölk", "sv", "slv:151"},
        {"kidneybönor", "sv", "slv:878"},
        {"white beans", "en", "usda:16050"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(std::string(c.text) + " / " + c.language);
        EXPECT_EQ(top(QString::fromUtf8(c.text), c.language), QLatin1String(c.expected));
    }
    const auto matches = find(QStringLiteral("spenat"));
    ASSERT_FALSE(matches.empty());
    EXPECT_TRUE(matches.front().curated);
}

TEST_F(FoodSearchTest, InflectedEndingsFindTheBaseForm)
{
    // "pumpafrön" finds the database's own "Pumpafrö", "bananer" its "Banan", without the
    // curated names' help.
    FoodQuery query;
    query.language = QStringLiteral("sv");
    query.source = FoodSource::Slv;
    for (const auto& [text, key] :
        {std::pair {"pumpafrön", "slv:1571"}, std::pair {"bananer", "slv:553"},
            std::pair {"valnöt", "slv:1576"}, std::pair {"makrillen", "slv:1260"}}) {
        query.text = QString::fromUtf8(text);
        const auto matches = s_search->search(query);
        ASSERT_FALSE(matches.empty()) << text;
        EXPECT_TRUE(contains(matches, key)) << text;
    }
}

TEST_F(FoodSearchTest, RanksExactBeforePrefixBeforeWordsBeforeSubstringsBeforeTypos)
{
    FoodQuery query;
    query.language = QStringLiteral("en");
    query.source = FoodSource::Usda;
    query.limit = 0;
    query.text = QStringLiteral("spinach");
    const auto spinach = s_search->search(query);
    ASSERT_GT(spinach.size(), 5u);
    // Names starting with "spinach" before names where it is a later word.
    const auto firstLater = std::find_if(spinach.begin(), spinach.end(),
        [](const FoodMatch& m) { return !m.food->name.startsWith(QLatin1String("Spinach")); });
    EXPECT_TRUE(std::all_of(firstLater, spinach.end(),
        [](const FoodMatch& m) { return !m.food->name.startsWith(QLatin1String("Spinach,")); }));

    // "fisk": the name that starts with it, then a word that starts with it, then a word that
    // contains it, even when that food is one the article names.
    query.language = QStringLiteral("sv");
    query.source = FoodSource::Slv;
    query.text = QStringLiteral("fisk");
    const auto fisk = s_search->search(query);
    const auto position = [&fisk](const char* key) {
        return std::find_if(fisk.begin(), fisk.end(), [key](const FoodMatch& m) {
            return foodKey(*m.food) == QLatin1String(key);
        }) - fisk.begin();
    };
    EXPECT_LT(position("slv:1267"), position("slv:1294")); // Fisk torkad
    ASSERT_LT(position("slv:1278"), std::ptrdiff_t(fisk.size())); // Tonfisk i vatten
    EXPECT_LT(position("slv:1294"), position("slv:1278")); // Fiskpinnar stekta
    EXPECT_TRUE(fisk[std::size_t(position("slv:1278"))].curated);

    // A typo only: matches, below every real match.
    query.text = QStringLiteral("spenta");
    query.source = std::nullopt;
    const auto typo = s_search->search(query);
    ASSERT_FALSE(typo.empty());
    EXPECT_EQ(foodKey(*typo.front().food), QStringLiteral("slv:4941"));
    EXPECT_LT(typo.front().score, find(QStringLiteral("spenat")).back().score);
}

TEST_F(FoodSearchTest, ANameThatBeginsWithAnyWordAskedForComesFirst)
{
    // USDA's names lead with the kind of food: "pumpkin seeds" is "Seeds, pumpkin …", which
    // came after "Fish, sunfish, pumpkin seed, raw" (a shorter name with both words).
    const auto seeds = find(QStringLiteral("pumpkin seeds"), "en");
    ASSERT_GE(seeds.size(), 5u);
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_TRUE(seeds[i].food->name.startsWith(QLatin1String("Seeds, pumpkin")))
            << i << ": " << seeds[i].food->name.toStdString();
}

TEST_F(FoodSearchTest, UiLanguageDatabaseFirst)
{
    const auto sv = find(QStringLiteral("spinach"), "sv");
    ASSERT_GE(sv.size(), 2u);
    EXPECT_EQ(sv[0].food->source, FoodSource::Slv); // via the curated English name
    EXPECT_EQ(foodKey(*sv[1].food), QStringLiteral("usda:11457"));
    const auto en = find(QStringLiteral("spenat"), "en");
    ASSERT_GE(en.size(), 2u);
    EXPECT_EQ(foodKey(*en[0].food), QStringLiteral("usda:11457"));
}

TEST_F(FoodSearchTest, EmptyQueryListsTheArticleFoodsFirst)
{
    FoodQuery query;
    query.language = QStringLiteral("sv");
    query.limit = 100;
    const auto matches = s_search->search(query);
    const std::size_t curated = s_catalogue->curated().foods().size();
    ASSERT_EQ(matches.size(), 100u);
    for (std::size_t i = 0; i < 2 * curated; ++i) {
        EXPECT_TRUE(matches[i].curated) << i;
        EXPECT_EQ(matches[i].food->source, i < curated ? FoodSource::Slv : FoodSource::Usda);
    }
    EXPECT_FALSE(matches[2 * curated].curated);
    // In the article's order: the dark greens first.
    EXPECT_EQ(foodKey(*matches[0].food), QStringLiteral("slv:348"));
    EXPECT_EQ(foodKey(*matches[1].food), QStringLiteral("slv:4941"));
}

TEST_F(FoodSearchTest, FavouritesAndRecentAreLiftedAndMarked)
{
    FoodQuery query;
    query.language = QStringLiteral("en");
    query.source = FoodSource::Usda;
    query.text = QStringLiteral("spinach");
    const auto plain = s_search->search(query);
    ASSERT_GT(plain.size(), 3u);
    const QString third = foodKey(*plain[3].food);
    EXPECT_FALSE(plain[3].favourite);
    query.favourites = {third};
    auto lifted = s_search->search(query);
    EXPECT_EQ(foodKey(*lifted[0].food), third);
    EXPECT_TRUE(lifted[0].favourite);
    EXPECT_FALSE(lifted[0].recent);

    query.favourites = {};
    query.recent = {third, QStringLiteral("usda:nonexistent"), QStringLiteral("garbage")};
    lifted = s_search->search(query);
    const auto recent = std::find_if(lifted.begin(), lifted.end(),
        [&third](const FoodMatch& m) { return foodKey(*m.food) == third; });
    ASSERT_NE(recent, lifted.end());
    EXPECT_TRUE(recent->recent);
    EXPECT_LT(recent - lifted.begin(), 3);
}

TEST_F(FoodSearchTest, FiltersAndLimit)
{
    FoodQuery query;
    query.language = QStringLiteral("sv");
    query.text = QStringLiteral("bönor");
    query.limit = 0;
    const auto all = s_search->search(query);
    query.richOnly = true;
    const auto rich = s_search->search(query);
    EXPECT_LT(rich.size(), all.size());
    EXPECT_FALSE(rich.empty());
    for (const FoodMatch& match : rich)
        EXPECT_TRUE(FoodMagnesium::isRich(*match.food));

    query = {};
    query.group = QString::fromUtf8("Nötter, frön");
    query.limit = 0;
    const auto nuts = s_search->search(query);
    EXPECT_EQ(nuts.size(), 32u);
    query.source = FoodSource::Usda;
    EXPECT_TRUE(s_search->search(query).empty());

    query = {};
    query.text = QStringLiteral("a");
    query.limit = 7;
    EXPECT_EQ(s_search->search(query).size(), 7u);
    query.text = QStringLiteral("xqzw");
    EXPECT_TRUE(s_search->search(query).empty());
}

TEST_F(FoodSearchTest, OrderIsDeterministic)
{
    FoodQuery query;
    query.language = QStringLiteral("en");
    query.text = QStringLiteral("milk");
    query.limit = 0;
    const auto first = s_search->search(query);
    FoodSearch again(*s_catalogue);
    const auto second = again.search(query);
    ASSERT_EQ(first.size(), second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].food, second[i].food);
        if (i > 0) {
            EXPECT_GE(first[i - 1].score, first[i].score);
        }
    }
}

TEST_F(FoodSearchTest, CustomFoodsAreSearched)
{
    FoodCatalogue copy = *s_catalogue;
    Food mine;
    mine.id = QStringLiteral("1");
    mine.name = QString::fromUtf8("Mormors rågbröd");
    mine.magnesiumPer100g = 60;
    copy.setCustomFoods({mine});
    FoodSearch search(copy);
    FoodQuery query;
    query.text = QStringLiteral("rågbröd mormor");
    query.language = QStringLiteral("en");
    const auto matches = search.search(query);
    ASSERT_FALSE(matches.empty());
    EXPECT_EQ(foodKey(*matches.front().food), QStringLiteral("custom:1"));
}

} // namespace
} // namespace stilla
