#include "core/article/Article.h"

#include "tests/TestUtil.h"

#include <QFile>
#include <QTemporaryDir>

namespace stilla {
namespace {

const QByteArray kSmall = R"({
  "format": 1,
  "language": "sv",
  "title": "Rubrik",
  "sections": [
    { "id": "first", "heading": "Första", "blocks": [
        { "paragraph": "Ett stycke." },
        { "list": ["ett", "två"] },
        { "paragraph": "Slut." } ] },
    { "id": "second-2", "heading": "Andra", "blocks": [ { "list": ["bara en"] } ] }
  ]
})";

class ArticleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<Article> small = Article::fromJson(kSmall, QStringLiteral("small.json"));
        ASSERT_TRUE(small.ok()) << small.errorMessage().toStdString();
        m_small.push_back(std::move(small).value());
    }
    const Article& small() const { return m_small.at(0); }

    std::vector<Article> m_small; // Article has no empty state to start from
};

TEST_F(ArticleTest, ReadsEveryField)
{
    const Article& article = small();
    EXPECT_EQ(article.language(), QStringLiteral("sv"));
    EXPECT_EQ(article.title(), QStringLiteral("Rubrik"));
    ASSERT_EQ(article.sections().size(), 2u);

    const ArticleSection& first = article.sections()[0];
    EXPECT_EQ(first.id, QStringLiteral("first"));
    EXPECT_EQ(first.heading, QStringLiteral("Första"));
    ASSERT_EQ(first.blocks.size(), 3u);
    EXPECT_EQ(first.blocks[0].kind, ArticleBlock::Kind::Paragraph);
    EXPECT_EQ(first.blocks[0].text, QStringLiteral("Ett stycke."));
    EXPECT_TRUE(first.blocks[0].items.isEmpty());
    EXPECT_EQ(first.blocks[1].kind, ArticleBlock::Kind::List);
    EXPECT_EQ(first.blocks[1].items, (QStringList {QStringLiteral("ett"), QStringLiteral("två")}));
    EXPECT_TRUE(first.blocks[1].text.isEmpty());

    const ArticleSection& second = article.sections()[1];
    EXPECT_EQ(second.id, QStringLiteral("second-2"));
    ASSERT_EQ(second.blocks.size(), 1u);
    EXPECT_EQ(second.blocks[0].items, QStringList {QStringLiteral("bara en")});
}

TEST_F(ArticleTest, FindsSectionsById)
{
    const Article& article = small();
    EXPECT_EQ(article.sectionIndex(QStringLiteral("first")), 0);
    EXPECT_EQ(article.sectionIndex(QStringLiteral("second-2")), 1);
    EXPECT_EQ(article.sectionIndex(QStringLiteral("third")), -1);
    EXPECT_EQ(article.sectionIndex(QString()), -1);
    ASSERT_NE(article.section(QStringLiteral("second-2")), nullptr);
    EXPECT_EQ(article.section(QStringLiteral("second-2")), &article.sections()[1]);
    EXPECT_EQ(article.section(QStringLiteral("Second-2")), nullptr);
}

TEST_F(ArticleTest, PlainTextHasTitleHeadingsParagraphsAndBulletLines)
{
    EXPECT_EQ(small().plainText(),
        QStringLiteral("Rubrik\n\n"
                       "Första\n\n"
                       "Ett stycke.\n\n"
                       "• ett\n• två\n\n"
                       "Slut.\n\n"
                       "Andra\n\n"
                       "• bara en"));
}

TEST(ArticleLoadTest, LoadsBothBuiltInLanguages)
{
    for (const char* code : {"sv", "en"}) {
        const QString language = QString::fromLatin1(code);
        const Result<Article> article = Article::load(language);
        ASSERT_TRUE(article.ok()) << article.errorMessage().toStdString();
        EXPECT_EQ(article->language(), language);
        EXPECT_EQ(article->sections().size(), 10u);
        EXPECT_EQ(Article::resourcePath(language),
            QStringLiteral(":/article/magnesium-och-rls.") + language + QStringLiteral(".json"));
    }
}

TEST(ArticleLoadTest, PlainTextOfTheSwedishArticleStartsAndEndsAsTheSource)
{
    const Result<Article> article = Article::load(QStringLiteral("sv"));
    ASSERT_TRUE(article.ok()) << article.errorMessage().toStdString();
    const QString text = article->plainText();
    EXPECT_TRUE(text.startsWith(
        QStringLiteral("Länken mellan magnesium och Restless Leg Syndrome\n\nÖversikt\n\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("\n\n• illamående\n• kräkningar\n• diarre\n")));
    EXPECT_TRUE(text.endsWith(QStringLiteral("mediciner som kan gynna dig.")));
}

TEST(ArticleLoadTest, TheGuideIsTheArticleWordForWordThenStillasMarkedAdditions)
{
    for (const char* code : {"sv", "en"}) {
        SCOPED_TRACE(code);
        const QString language = QString::fromLatin1(code);
        const Result<Article> article = Article::load(language);
        const Result<Article> additions = Article::loadAdditions(language);
        const Result<Article> guide = Article::guide(language);
        ASSERT_TRUE(article.ok() && additions.ok() && guide.ok())
            << additions.errorMessage().toStdString() << guide.errorMessage().toStdString();
        EXPECT_EQ(guide->title(), article->title());
        ASSERT_EQ(
            guide->sections().size(), article->sections().size() + additions->sections().size());
        for (std::size_t i = 0; i < guide->sections().size(); ++i) {
            const ArticleSection& section = guide->sections()[i];
            const bool added = i >= article->sections().size();
            EXPECT_EQ(section.fromStilla, added) << section.id.toStdString();
            const ArticleSection& source = added
                ? additions->sections()[i - article->sections().size()]
                : article->sections()[i];
            EXPECT_EQ(section.heading, source.heading);
            EXPECT_EQ(section.blocks.size(), source.blocks.size());
        }
        // The article itself holds nothing of Stilla's.
        for (const ArticleSection& section : article->sections())
            EXPECT_FALSE(section.fromStilla);
        EXPECT_NE(guide->section(QStringLiteral("iron-and-rls")), nullptr);
        EXPECT_EQ(article->section(QStringLiteral("iron-and-rls")), nullptr);
    }
}

TEST(ArticleLoadTest, StillasAdditionsHaveTheSameSectionsInBothLanguagesAndNameTheirSources)
{
    const Result<Article> sv = Article::loadAdditions(QStringLiteral("sv"));
    const Result<Article> en = Article::loadAdditions(QStringLiteral("en"));
    ASSERT_TRUE(sv.ok() && en.ok()) << sv.errorMessage().toStdString();
    ASSERT_EQ(sv->sections().size(), en->sections().size());
    for (std::size_t i = 0; i < sv->sections().size(); ++i) {
        const ArticleSection& swedish = sv->sections()[i];
        const ArticleSection& english = en->sections()[i];
        EXPECT_EQ(swedish.id, english.id);
        ASSERT_EQ(swedish.blocks.size(), english.blocks.size()) << swedish.id.toStdString();
        for (std::size_t b = 0; b < swedish.blocks.size(); ++b) {
            EXPECT_EQ(swedish.blocks[b].kind, english.blocks[b].kind);
            EXPECT_EQ(swedish.blocks[b].items.size(), english.blocks[b].items.size());
        }
        // The last paragraph names the sources, with the guideline's DOI in both languages.
        const ArticleBlock& last = swedish.blocks.back();
        EXPECT_TRUE(last.text.startsWith(QStringLiteral("Källor:"))) << last.text.toStdString();
        EXPECT_TRUE(english.blocks.back().text.startsWith(QStringLiteral("Sources:")));
        if (swedish.id == QLatin1String("iron-and-rls")) {
            EXPECT_TRUE(last.text.contains(QLatin1String("10.5664/jcsm.11390")));
            EXPECT_TRUE(english.blocks.back().text.contains(QLatin1String("10.5664/jcsm.11390")));
        }
    }
}

TEST(ArticleLoadTest, StillasNotesStandBesideTheArticleAtTheSamePlacesInBothLanguages)
{
    std::vector<std::pair<QString, int>> places[2];
    int l = 0;
    for (const char* code : {"sv", "en"}) {
        SCOPED_TRACE(code);
        const QString language = QString::fromLatin1(code);
        const Result<Article> guide = Article::guide(language);
        ASSERT_TRUE(guide.ok()) << guide.errorMessage().toStdString();
        // The article itself, and Stilla's own sections, carry none.
        const Result<Article> article = Article::load(language);
        ASSERT_TRUE(article.ok());
        for (const ArticleSection& section : article->sections())
            EXPECT_TRUE(section.notes.empty());
        for (const ArticleSection& section : guide->sections()) {
            EXPECT_TRUE(!section.fromStilla || section.notes.empty());
            for (const ArticleNote& note : section.notes) {
                places[l].emplace_back(section.id, note.afterBlock);
                EXPECT_GE(note.afterBlock, -1);
                EXPECT_LT(note.afterBlock, int(section.blocks.size()));
            }
        }
        // The note about the dose stands right after the article's 270-350 mg.
        const ArticleSection* doses = guide->section(QStringLiteral("forms-and-doses"));
        ASSERT_NE(doses, nullptr);
        ASSERT_EQ(doses->notes.size(), 1u);
        EXPECT_TRUE(doses->blocks[std::size_t(doses->notes[0].afterBlock)].text.contains(
            QStringLiteral("270-350 mg")));
        EXPECT_TRUE(doses->notes[0].text.contains(QStringLiteral("250 mg")));
        EXPECT_TRUE(doses->notes[0].text.contains(QStringLiteral("EFSA")));
        // The evidence is said plainly, with the review it comes from.
        const ArticleSection* help = guide->section(QStringLiteral("can-magnesium-help"));
        ASSERT_EQ(help->notes.size(), 1u);
        EXPECT_TRUE(help->notes[0].text.contains(QStringLiteral("10.1016/j.smrv.2019.101218")));
        EXPECT_FALSE(guide->section(QStringLiteral("traditional-treatments"))->notes.empty());
        EXPECT_FALSE(guide->section(QStringLiteral("overview"))->notes.empty());
        ++l;
    }
    EXPECT_EQ(places[0], places[1]);
    EXPECT_EQ(places[0].size(), 5u);
}

TEST(ArticleLoadTest, BadNotesAreRefusedSayingWhatAndWhereAndChangeNothing)
{
    QTemporaryDir dir;
    const Result<Article> loaded = Article::load(QStringLiteral("en"));
    ASSERT_TRUE(loaded.ok());
    const QString path = dir.filePath(QStringLiteral("notes.json"));
    const auto notesWith = [](const char* notes, const char* language = "en") -> QByteArray {
        return QByteArray(R"({"format": 1, "language": ")") + language + R"(", "notes": [)" + notes
            + "]}";
    };
    const struct
    {
        QByteArray json;
        const char* where;
        const char* problem;
    } cases[] = {
        {notesWith(R"({"section": "nowhere", "after": 0, "text": "x"})"), "notes[0].section",
            "no section \"nowhere\""},
        {notesWith(R"({"section": "overview", "after": 0, "text": "x"},
                      {"section": "overview", "after": 2, "text": "x"})"),
            "notes[1].after", "to 1, not 2"},
        {notesWith(R"({"section": "overview", "after": -2, "text": "x"})"), "notes[0].after",
            "not -2"},
        {notesWith(R"({"section": "overview", "after": 0.5, "text": "x"})"), "notes[0].after",
            "not 0.5"},
        {notesWith(R"({"section": "overview", "after": 0})"), "notes[0]", "\"text\" is missing"},
        {notesWith(R"({"section": "overview", "after": 0, "text": " "})"), "notes[0].text",
            "must not be empty"},
        {notesWith(R"({"section": "overview", "after": 0, "text": "x", "by": "me"})"), "notes[0]",
            "unknown key \"by\""},
        {notesWith("", "sv"), "", "should hold the \"en\" notes"},
        {QByteArray(R"({"format": 1, "language": "en"})"), "", "\"notes\" is missing"},
    };
    for (const auto& c : cases) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(c.json);
        file.close();
        Article article = *loaded;
        const Status status = Article::addNotes(article, path);
        ASSERT_FALSE(status.ok()) << c.json.toStdString();
        const QString message = status.errorMessage();
        EXPECT_TRUE(message.startsWith(path + QStringLiteral(": ") + QLatin1String(c.where)))
            << message.toStdString();
        EXPECT_TRUE(message.contains(QString::fromUtf8(c.problem))) << message.toStdString();
        for (const ArticleSection& section : article.sections())
            EXPECT_TRUE(section.notes.empty()) << "nothing half-added";
    }
}

TEST(ArticleLoadTest, RefusesLanguagesItDoesNotHave)
{
    for (const QString& language :
        {QStringLiteral("de"), QString(), QStringLiteral("../sv"), QStringLiteral("SV")}) {
        const Result<Article> article = Article::load(language);
        ASSERT_FALSE(article.ok()) << language.toStdString();
        EXPECT_TRUE(
            article.errorMessage().contains(QStringLiteral("\"") + language + QStringLiteral("\"")))
            << article.errorMessage().toStdString();
        EXPECT_TRUE(article.errorMessage().contains(QStringLiteral("sv, en")))
            << article.errorMessage().toStdString();
    }
}

} // namespace
} // namespace stilla
