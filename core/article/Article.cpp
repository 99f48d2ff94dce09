#include "Article.h"

#include "ArticleReader.h"
#include "core/Language.h"
#include "resources/EmbeddedFiles.h"

#include <QFile>

#include <utility>

namespace stilla {

Result<Article> Article::fromJson(const QByteArray& json, const QString& sourceName)
{
    const ArticleReader reader(sourceName);
    const Result<QJsonObject> root = reader.root(json);
    if (!root)
        return Error {root.errorMessage()};
    if (Status format = reader.format(*root); !format)
        return Error {format.errorMessage()};
    Result<QString> language = reader.textMember(*root, QString(), QLatin1String("language"));
    if (!language)
        return Error {language.errorMessage()};
    Result<QString> title = reader.textMember(*root, QString(), QLatin1String("title"));
    if (!title)
        return Error {title.errorMessage()};
    Result<std::vector<ArticleSection>> sections = reader.sections(*root);
    if (!sections)
        return Error {sections.errorMessage()};

    Article article;
    article.m_language = std::move(language).value();
    article.m_title = std::move(title).value();
    article.m_sections = std::move(sections).value();
    return article;
}

QString Article::resourcePath(const QString& language)
{
    return embedded::article(language);
}

QString Article::additionsResourcePath(const QString& language)
{
    return embedded::articleAdditions(language);
}

Result<Article> Article::load(const QString& language)
{
    return loadResource(resourcePath(language), language);
}

Result<Article> Article::loadAdditions(const QString& language)
{
    return loadResource(additionsResourcePath(language), language);
}

QString Article::notesResourcePath(const QString& language)
{
    return embedded::articleNotes(language);
}

Status Article::addNotes(Article& article, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("%1: cannot be read (%2). The article is built into Stilla; installing "
                         "Stilla again should bring it back.")
                          .arg(path, file.errorString())};
    const ArticleReader reader(path);
    const Result<QJsonObject> root = reader.root(file.read(kMaxDocumentBytes + 1),
        {QLatin1String("format"), QLatin1String("language"), QLatin1String("notes")});
    if (!root)
        return Error {root.errorMessage()};
    if (Status format = reader.format(*root); !format)
        return format;
    const Result<QString> language = reader.textMember(*root, QString(), QLatin1String("language"));
    if (!language)
        return Error {language.errorMessage()};
    if (*language != article.language())
        return Error {tr("%1: \"language\" is \"%2\", but this file should hold the \"%3\" notes.")
                          .arg(path, *language, article.language())};
    std::vector<ArticleSection> sections = article.m_sections;
    if (Status notes = reader.notes(*root, sections); !notes)
        return notes;
    article.m_sections = std::move(sections);
    return {};
}

Result<Article> Article::guide(const QString& language)
{
    Result<Article> article = load(language);
    if (!article)
        return article;
    Result<Article> additions = loadAdditions(language);
    if (!additions)
        return additions;
    Article guide = std::move(article).value();
    if (Status notes = addNotes(guide, notesResourcePath(language)); !notes)
        return Error {notes.errorMessage()};
    for (ArticleSection section : additions->m_sections) {
        if (guide.section(section.id) != nullptr)
            return Error {tr("%1: the section \"%2\" is in the article too.")
                              .arg(additionsResourcePath(language), section.id)};
        section.fromStilla = true;
        guide.m_sections.push_back(std::move(section));
    }
    return guide;
}

Result<Article> Article::loadResource(const QString& path, const QString& language)
{
    if (!Language::isSupported(language))
        return Error {tr("There is no article in the language \"%1\"; there is one in %2.")
                          .arg(language, Language::supported().join(QLatin1String(", ")))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("%1: cannot be read (%2). The article is built into Stilla; installing "
                         "Stilla again should bring it back.")
                          .arg(path, file.errorString())};
    // One byte more than is allowed, so fromJson() can tell a document that is too large.
    Result<Article> article = fromJson(file.read(kMaxDocumentBytes + 1), path);
    if (article && article->language() != language)
        return Error {
            tr("%1: \"language\" is \"%2\", but this file should hold the \"%3\" article.")
                .arg(path, article->language(), language)};
    return article;
}

const ArticleSection* Article::section(const QString& id) const
{
    const int index = sectionIndex(id);
    return index < 0 ? nullptr : &m_sections[static_cast<std::size_t>(index)];
}

int Article::sectionIndex(const QString& id) const
{
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
        if (m_sections[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString Article::plainText() const
{
    QStringList parts {m_title};
    for (const ArticleSection& section : m_sections) {
        parts << section.heading;
        for (const ArticleBlock& block : section.blocks) {
            if (block.kind == ArticleBlock::Kind::Paragraph) {
                parts << block.text;
                continue;
            }
            QStringList lines;
            for (const QString& item : block.items)
                lines << QString(u"\u2022 " + item);
            parts << lines.join(u'\n');
        }
    }
    return parts.join(QLatin1String("\n\n"));
}

} // namespace stilla
