// libFuzzer target: the article loader (Article::fromJson). Besides the sanitizers' checks:
// an error names the source, and an article that loads keeps every promise of Article.h.

#include "FuzzCheck.h"
#include "core/article/Article.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {

bool isId(const QString& id)
{
    if (id.isEmpty())
        return false;
    for (QChar c : id) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    stilla::fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace stilla;
    const QString source = QStringLiteral("fuzz.json");
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<Article> article = Article::fromJson(input, source);
    if (!article) {
        STILLA_FUZZ_CHECK(article.errorMessage().startsWith(source + QStringLiteral(": ")));
        STILLA_FUZZ_CHECK(article.errorMessage().size() > source.size() + 2);
        return 0;
    }
    STILLA_FUZZ_CHECK(!article->language().trimmed().isEmpty());
    STILLA_FUZZ_CHECK(!article->title().trimmed().isEmpty());
    STILLA_FUZZ_CHECK(!article->sections().empty());
    QSet<QString> ids;
    const QString text = article->plainText();
    STILLA_FUZZ_CHECK(text.startsWith(article->title()));
    for (std::size_t i = 0; i < article->sections().size(); ++i) {
        const ArticleSection& section = article->sections()[i];
        STILLA_FUZZ_CHECK(isId(section.id));
        STILLA_FUZZ_CHECK(!ids.contains(section.id));
        ids.insert(section.id);
        STILLA_FUZZ_CHECK(article->sectionIndex(section.id) == int(i));
        STILLA_FUZZ_CHECK(article->section(section.id) == &section);
        STILLA_FUZZ_CHECK(!section.heading.trimmed().isEmpty());
        STILLA_FUZZ_CHECK(text.contains(section.heading));
        STILLA_FUZZ_CHECK(!section.blocks.empty());
        for (const ArticleBlock& block : section.blocks) {
            if (block.kind == ArticleBlock::Kind::Paragraph) {
                STILLA_FUZZ_CHECK(!block.text.trimmed().isEmpty());
                STILLA_FUZZ_CHECK(block.items.isEmpty());
            } else {
                STILLA_FUZZ_CHECK(!block.items.isEmpty());
                for (const QString& item : block.items)
                    STILLA_FUZZ_CHECK(!item.trimmed().isEmpty());
            }
        }
    }
    STILLA_FUZZ_CHECK(article->sectionIndex(QStringLiteral("Not An Id")) == -1);
    return 0;
}
