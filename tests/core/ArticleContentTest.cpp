// The shipped article: the Swedish is the source word for word, the English matches it block
// for block, and the loader refuses malformed documents with a message that says where.
#include "core/article/Article.h"
#include "tests/TestUtil.h"

#include <QFile>

namespace stilla {
namespace {

/// The source article as received: title, headings, paragraphs and "  • " list items.
struct SourceSection
{
    QString heading;
    std::vector<ArticleBlock> blocks;
};
struct SourceArticle
{
    QString title;
    std::vector<SourceSection> sections;
};

/// Reads tests/data/magnesium-och-rls.sv.txt. A line that does not end a sentence (with '.',
/// ':' or '!') is a heading; consecutive list items, blank lines between them or not, make
/// one list. The web page's leftovers from "Veta mer" on are not part of the article.
SourceArticle readSource(QString* error)
{
    SourceArticle source;
    QFile file(QStringLiteral(STILLA_SOURCE_DIR "/tests/data/magnesium-och-rls.sv.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return source;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    source.title = lines.value(0);
    const QString bullet = QStringLiteral("  \u2022 ");
    bool inList = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line == QLatin1String("Veta mer"))
            break;
        if (line.isEmpty())
            continue;
        if (line.startsWith(bullet)) {
            if (source.sections.empty()) {
                *error = QStringLiteral("line %1: a list item before the first heading").arg(i + 1);
                return source;
            }
            std::vector<ArticleBlock>& blocks = source.sections.back().blocks;
            if (!inList) {
                blocks.push_back({ArticleBlock::Kind::List, QString(), {}});
                inList = true;
            }
            blocks.back().items << line.mid(bullet.size());
            continue;
        }
        inList = false;
        const QChar last = line.back();
        if (last != u'.' && last != u':' && last != u'!') {
            source.sections.push_back({line, {}});
        } else if (source.sections.empty()) {
            *error = QStringLiteral("line %1: a paragraph before the first heading").arg(i + 1);
            return source;
        } else {
            source.sections.back().blocks.push_back({ArticleBlock::Kind::Paragraph, line, {}});
        }
    }
    return source;
}

const char* kindName(ArticleBlock::Kind kind)
{
    return kind == ArticleBlock::Kind::List ? "list" : "paragraph";
}

class ArticleContentTest : public ::testing::Test
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

    /// Every text in reading order (title, headings, paragraphs, items) with where it is.
    static std::vector<std::pair<std::string, QString>> texts(const Article& article)
    {
        std::vector<std::pair<std::string, QString>> result {{"title", article.title()}};
        for (std::size_t s = 0; s < article.sections().size(); ++s) {
            const ArticleSection& section = article.sections()[s];
            const std::string at = "sections[" + std::to_string(s) + "]";
            result.emplace_back(at + ".heading", section.heading);
            for (std::size_t b = 0; b < section.blocks.size(); ++b) {
                const ArticleBlock& block = section.blocks[b];
                const std::string blockAt = at + ".blocks[" + std::to_string(b) + "]";
                if (block.kind == ArticleBlock::Kind::Paragraph)
                    result.emplace_back(blockAt + ".paragraph", block.text);
                for (qsizetype i = 0; i < block.items.size(); ++i)
                    result.emplace_back(
                        blockAt + ".list[" + std::to_string(i) + "]", block.items[i]);
            }
        }
        return result;
    }

    std::vector<Article> m_articles;
};

TEST_F(ArticleContentTest, SwedishIsTheSourceParagraphByParagraph)
{
    QString error;
    const SourceArticle source = readSource(&error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(source.sections.size(), 10u) << "the source has ten headings";

    EXPECT_EQ(sv().title(), source.title);
    ASSERT_EQ(sv().sections().size(), source.sections.size());
    for (std::size_t s = 0; s < source.sections.size(); ++s) {
        const SourceSection& expected = source.sections[s];
        const ArticleSection& actual = sv().sections()[s];
        SCOPED_TRACE("section " + std::to_string(s) + " (" + actual.id.toStdString() + ")");
        EXPECT_EQ(actual.heading, expected.heading);
        ASSERT_EQ(actual.blocks.size(), expected.blocks.size());
        for (std::size_t b = 0; b < expected.blocks.size(); ++b) {
            SCOPED_TRACE("block " + std::to_string(b));
            EXPECT_EQ(actual.blocks[b].kind, expected.blocks[b].kind);
            EXPECT_EQ(actual.blocks[b].text, expected.blocks[b].text);
            ASSERT_EQ(actual.blocks[b].items.size(), expected.blocks[b].items.size());
            for (qsizetype i = 0; i < expected.blocks[b].items.size(); ++i)
                EXPECT_EQ(actual.blocks[b].items[i], expected.blocks[b].items[i]) << "item " << i;
        }
    }

    const QString text = sv().plainText();
    for (const char* leftover : {"Veta mer", "Lämna ett svar", "e-postadress", "Obligatoriska"})
        EXPECT_FALSE(text.contains(QString::fromUtf8(leftover))) << leftover;
}

TEST_F(ArticleContentTest, SectionIdsAreTheDocumentedOnes)
{
    const QStringList ids {QStringLiteral("overview"), QStringLiteral("can-magnesium-help"),
        QStringLiteral("side-effects"), QStringLiteral("serious-side-effects"),
        QStringLiteral("forms-and-doses"), QStringLiteral("foods"),
        QStringLiteral("potential-risks"), QStringLiteral("alternatives"),
        QStringLiteral("traditional-treatments"), QStringLiteral("takeaway")};
    for (const Article& article : m_articles) {
        QStringList actual;
        for (const ArticleSection& section : article.sections())
            actual << section.id;
        EXPECT_EQ(actual, ids) << article.language().toStdString();
    }
}

TEST_F(ArticleContentTest, EnglishHasTheSameShapeAsSwedish)
{
    ASSERT_EQ(en().sections().size(), sv().sections().size());
    for (std::size_t s = 0; s < sv().sections().size(); ++s) {
        const ArticleSection& swedish = sv().sections()[s];
        const ArticleSection& english = en().sections()[s];
        SCOPED_TRACE("section " + swedish.id.toStdString());
        EXPECT_EQ(english.id, swedish.id);
        ASSERT_EQ(english.blocks.size(), swedish.blocks.size());
        for (std::size_t b = 0; b < swedish.blocks.size(); ++b) {
            EXPECT_EQ(
                kindName(english.blocks[b].kind), std::string(kindName(swedish.blocks[b].kind)))
                << "block " << b;
            EXPECT_EQ(english.blocks[b].items.size(), swedish.blocks[b].items.size())
                << "block " << b;
        }
    }
}

TEST_F(ArticleContentTest, EnglishIsTranslatedEverywhere)
{
    const auto swedish = texts(sv());
    const auto english = texts(en());
    ASSERT_EQ(english.size(), swedish.size());
    for (std::size_t i = 0; i < english.size(); ++i) {
        const auto& [at, text] = english[i];
        ASSERT_EQ(at, swedish[i].first);
        EXPECT_FALSE(text.trimmed().isEmpty()) << at;
        EXPECT_NE(text, swedish[i].second) << at << " is not translated";
        // Swedish letters in the English text would be a sentence left untranslated.
        for (const QChar letter : QStringLiteral("åäöÅÄÖ"))
            EXPECT_FALSE(text.contains(letter)) << at << ": " << text.toStdString();
    }
}

TEST_F(ArticleContentTest, TextIsCleanNfcWithoutStrayWhiteSpace)
{
    for (const Article& article : m_articles) {
        for (const auto& [at, text] : texts(article)) {
            SCOPED_TRACE(article.language().toStdString() + " " + at);
            EXPECT_EQ(text, text.normalized(QString::NormalizationForm_C));
            EXPECT_EQ(text, text.trimmed());
            EXPECT_FALSE(text.contains(QStringLiteral("  ")));
            EXPECT_FALSE(text.contains(u'\n'));
        }
    }
}

struct MalformedCase
{
    const char* name;
    QByteArray json;
    const char* path; ///< "" when the problem is with the whole document
    const char* problem;
};

/// A valid document around @p sections.
QByteArray withSections(const QByteArray& sections)
{
    return QByteArray(
        R"({"format": 1, "language": "sv", "title": "T", "sections": )" + sections + "}");
}

/// A valid document with one section around @p blocks.
QByteArray withBlocks(const QByteArray& blocks)
{
    return withSections(QByteArray(R"([{"id": "a", "heading": "H", "blocks": )" + blocks + "}]"));
}

/// Documents wrong as a whole: not JSON, too large, or a wrong or missing format, language or
/// title.
std::vector<MalformedCase> malformedDocuments()
{
    return {
        {"empty", "", "", "is empty"},
        {"blank", " \n\t", "", "is empty"},
        {"not JSON", "format: 1", "", "line 1, column 2: not valid JSON (illegal value)"},
        {"truncated", R"({"format": 1, "language": )", "", "not valid JSON"},
        {"error on line 3", "{\n  \"format\": 1,\n  oops\n}", "", "line 3, column "},
        {"array", "[]", "", "the document must be a JSON object"},
        {"invalid UTF-8", "{\"title\": \"\xff\xfe\"}", "", "not valid JSON"},
        {"deep nesting", QByteArray(100000, '['), "", "not valid JSON"},
        {"deep nesting inside", withSections(QByteArray(5000, '[')), "", "not valid JSON"},
        {"too large", QByteArray(Article::kMaxDocumentBytes, ' ') + "{}", "",
            "is larger than 1024\u00A0KiB"},
        {"unknown root key", R"({"format": 1, "extra": true})", "", "unknown key \"extra\""},
        {"no format", R"({"language": "sv"})", "", "\"format\" is missing"},
        {"format as string", R"({"format": "1"})", "format", "must be a number, not a string"},
        {"format 2", R"({"format": 2})", "format",
            "is 2, but this version of Stilla reads only format 1"},
        {"format 1.5", R"({"format": 1.5})", "format", "is 1.5"},
        {"no language", R"({"format": 1, "title": "T"})", "", "\"language\" is missing"},
        {"language number", R"({"format": 1, "language": 7})", "language",
            "must be a string, not a number"},
        {"language blank", R"({"format": 1, "language": "  "})", "language", "must not be empty"},
        {"title null", R"({"format": 1, "language": "sv", "title": null})", "title",
            "must be a string, not null"},
        {"title empty", R"({"format": 1, "language": "sv", "title": ""})", "title",
            "must not be empty"},
        {"no sections", R"({"format": 1, "language": "sv", "title": "T"})", "",
            "\"sections\" is missing"},
    };
}

/// Documents with wrong sections: not a list, or a section without a valid, unique id or a
/// heading.
std::vector<MalformedCase> malformedSections()
{
    return {
        {"sections object", withSections("{}"), "sections", "must be an array, not an object"},
        {"sections empty", withSections("[]"), "sections", "needs at least one section"},
        {"section number", withSections("[42]"), "sections[0]", "must be an object, not a number"},
        {"section unknown key", withSections(R"([{"id": "a", "headline": "H"}])"), "sections[0]",
            "unknown key \"headline\""},
        {"section without id", withSections(R"([{"heading": "H", "blocks": []}])"), "sections[0]",
            "\"id\" is missing"},
        {"id upper case", withSections(R"([{"id": "Foods", "heading": "H", "blocks": []}])"),
            "sections[0].id", "\"Foods\" is not a valid id"},
        {"id with space", withSections(R"([{"id": "side effects", "heading": "H"}])"),
            "sections[0].id", "is not a valid id"},
        {"id not ASCII", withSections(R"([{"id": "översikt", "heading": "H"}])"), "sections[0].id",
            "is not a valid id"},
        {"duplicate id",
            withSections(R"([{"id": "a", "heading": "H", "blocks": [{"paragraph": "P"}]},
                {"id": "b", "heading": "H", "blocks": [{"paragraph": "P"}]},
                {"id": "a", "heading": "H", "blocks": [{"paragraph": "P"}]}])"),
            "sections[2].id", "\"a\" is already the id of sections[0]"},
        {"heading empty", withSections(R"([{"id": "a", "heading": "", "blocks": []}])"),
            "sections[0].heading", "must not be empty"},
        {"heading array", withSections(R"([{"id": "a", "heading": ["H"], "blocks": []}])"),
            "sections[0].heading", "must be a string, not an array"},
    };
}

/// Documents with wrong blocks: missing, empty, neither or both a paragraph and a list, or a
/// list with a wrong item.
std::vector<MalformedCase> malformedBlocks()
{
    return {
        {"no blocks", withSections(R"([{"id": "a", "heading": "H"}])"), "sections[0]",
            "\"blocks\" is missing"},
        {"blocks string", withBlocks(R"("P")"), "sections[0].blocks",
            "must be an array, not a string"},
        {"blocks empty", withBlocks("[]"), "sections[0].blocks",
            "a section needs at least one block"},
        {"block array", withBlocks(R"([{"paragraph": "P"}, ["x"]])"), "sections[0].blocks[1]",
            "must be an object, not an array"},
        {"block empty", withBlocks("[{}]"), "sections[0].blocks[0]",
            "needs a \"paragraph\" or a \"list\""},
        {"block both", withBlocks(R"([{"paragraph": "P", "list": ["x"]}])"),
            "sections[0].blocks[0]", "has both \"paragraph\" and \"list\""},
        {"block misspelt", withBlocks(R"([{"paragrpah": "P"}])"), "sections[0].blocks[0]",
            "unknown key \"paragrpah\""},
        {"paragraph number", withBlocks(R"([{"paragraph": 3}])"), "sections[0].blocks[0].paragraph",
            "must be a string, not a number"},
        {"paragraph blank", withBlocks(R"([{"paragraph": " \n "}])"),
            "sections[0].blocks[0].paragraph", "must not be empty"},
        {"list empty", withBlocks(R"([{"paragraph": "P"}, {"list": []}])"), "sections[0].blocks[1]",
            "a list needs at least one item"},
        {"list string", withBlocks(R"([{"list": "x"}])"), "sections[0].blocks[0].list",
            "must be an array, not a string"},
        {"list item empty", withBlocks(R"([{"list": ["x", ""]}])"), "sections[0].blocks[0].list[1]",
            "must not be empty"},
        {"list item object", withBlocks(R"([{"list": ["x", "y", {}]}])"),
            "sections[0].blocks[0].list[2]", "must be a string, not an object"},
        {"list item bool", withBlocks(R"([{"list": [true]}])"), "sections[0].blocks[0].list[0]",
            "must be a string, not true or false"},
    };
}

TEST(ArticleLoaderTest, RefusesMalformedDocumentsSayingWhatAndWhere)
{
    std::vector<MalformedCase> cases = malformedDocuments();
    for (const std::vector<MalformedCase>& more : {malformedSections(), malformedBlocks()})
        cases.insert(cases.end(), more.begin(), more.end());
    for (const MalformedCase& c : cases) {
        SCOPED_TRACE(c.name);
        const Result<Article> article = Article::fromJson(c.json, QStringLiteral("bad.json"));
        ASSERT_FALSE(article.ok());
        const QString message = article.errorMessage();
        const QString path = QString::fromUtf8(c.path);
        const QString where = path.isEmpty()
            ? QStringLiteral("bad.json: ")
            : QStringLiteral("bad.json: ") + path + QStringLiteral(": ");
        EXPECT_TRUE(message.startsWith(where)) << message.toStdString();
        EXPECT_TRUE(message.contains(QString::fromUtf8(c.problem))) << message.toStdString();
    }
}

TEST(ArticleLoaderTest, AcceptsTheSmallestValidDocument)
{
    const Result<Article> article
        = Article::fromJson(withBlocks(R"([{"list": ["x"]}])"), QStringLiteral("good.json"));
    ASSERT_TRUE(article.ok()) << article.errorMessage().toStdString();
    EXPECT_EQ(article->sections().size(), 1u);
}

} // namespace
} // namespace stilla
