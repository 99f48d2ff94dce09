#include "Article.h"

#include "core/Language.h"
#include "resources/EmbeddedFiles.h"

#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <utility>

namespace stilla {
namespace {

QString keyPath(const QString& parent, QLatin1String key)
{
    return parent.isEmpty() ? QString(key) : QString(parent + u'.' + key);
}

QString indexPath(const QString& parent, qsizetype index)
{
    return QString(parent + u'[' + QString::number(index) + u']');
}

QString describeType(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return Article::tr("null");
    case QJsonValue::Bool:
        return Article::tr("true or false");
    case QJsonValue::Double:
        return Article::tr("a number");
    case QJsonValue::String:
        return Article::tr("a string");
    case QJsonValue::Array:
        return Article::tr("an array");
    case QJsonValue::Object:
        return Article::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Article::tr("nothing");
}

bool isValidId(const QString& id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'))
            return false;
    }
    return true;
}

/// Reads one article document, stopping at the first problem, which it reports with the
/// source name and the JSON path ("sections[3].blocks[1]").
class ArticleReader
{
public:
    explicit ArticleReader(QString sourceName)
        : m_source(std::move(sourceName))
    { }

    Error problem(const QString& path, const QString& what) const
    {
        if (path.isEmpty())
            return Error {QString(m_source + u": " + what)};
        return Error {QString(m_source + u": " + path + u": " + what)};
    }

    Error wrongType(const QString& path, QJsonValue::Type expected, QJsonValue::Type actual) const
    {
        return problem(path,
            Article::tr("must be %1, not %2").arg(describeType(expected), describeType(actual)));
    }

    /// @p object has no keys but @p allowed.
    Status onlyKeys(const QJsonObject& object, const QString& path,
        std::initializer_list<QLatin1String> allowed) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (QLatin1String key : allowed)
                known = known || it.key() == key;
            if (!known) {
                QStringList names;
                for (QLatin1String key : allowed)
                    names << QString(u'"' + key + u'"');
                return problem(path,
                    Article::tr("unknown key \"%1\" (expected %2)")
                        .arg(it.key(), names.join(QLatin1String(", "))));
            }
        }
        return {};
    }

    /// The value of @p key in @p object, which must be there and have type @p type.
    Result<QJsonValue> member(const QJsonObject& object, const QString& path, QLatin1String key,
        QJsonValue::Type type) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return problem(path, Article::tr("\"%1\" is missing").arg(key));
        if (value.type() != type)
            return wrongType(keyPath(path, key), type, value.type());
        return value;
    }

    /// A string that holds more than white space.
    Result<QString> text(const QJsonValue& value, const QString& path) const
    {
        if (!value.isString())
            return wrongType(path, QJsonValue::String, value.type());
        QString string = value.toString();
        if (string.trimmed().isEmpty())
            return problem(path, Article::tr("must not be empty"));
        return string;
    }

    Result<QString> textMember(
        const QJsonObject& object, const QString& path, QLatin1String key) const
    {
        const Result<QJsonValue> value = member(object, path, key, QJsonValue::String);
        if (!value)
            return Error {value.errorMessage()};
        return text(*value, keyPath(path, key));
    }

    /// The document's top-level object, once it is within size, valid JSON and an object
    /// with no keys but @p keys.
    Result<QJsonObject> root(const QByteArray& json,
        std::initializer_list<QLatin1String> keys = {QLatin1String("format"),
            QLatin1String("language"), QLatin1String("title"), QLatin1String("sections")}) const
    {
        if (json.size() > Article::kMaxDocumentBytes)
            return problem(QString(),
                Article::tr(
                    "is larger than %1\u00A0KiB; an article is far smaller, so this is not one")
                    .arg(Article::kMaxDocumentBytes / 1024));
        if (QByteArrayView(json).trimmed().isEmpty())
            return problem(QString(), Article::tr("is empty"));

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const QByteArray before = json.left(parseError.offset);
            const qsizetype line = before.count('\n') + 1;
            const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
            return problem(QString(),
                Article::tr("line %1, column %2: not valid JSON (%3)")
                    .arg(line)
                    .arg(column)
                    .arg(parseError.errorString()));
        }
        if (!document.isObject())
            return problem(QString(), Article::tr("the document must be a JSON object"));
        QJsonObject object = document.object();
        if (Status allowed = onlyKeys(object, QString(), keys); !allowed)
            return Error {allowed.errorMessage()};
        return object;
    }

    Status format(const QJsonObject& root) const
    {
        const Result<QJsonValue> format
            = member(root, QString(), QLatin1String("format"), QJsonValue::Double);
        if (!format)
            return Error {format.errorMessage()};
        if (format->toDouble() != Article::kFormat)
            return problem(QStringLiteral("format"),
                Article::tr("is %1, but this version of Stilla reads only format %2")
                    .arg(format->toDouble())
                    .arg(Article::kFormat));
        return {};
    }

    Result<std::vector<ArticleSection>> sections(const QJsonObject& root) const
    {
        const Result<QJsonValue> sections
            = member(root, QString(), QLatin1String("sections"), QJsonValue::Array);
        if (!sections)
            return Error {sections.errorMessage()};
        const QJsonArray sectionArray = sections->toArray();
        if (sectionArray.isEmpty())
            return problem(QStringLiteral("sections"), Article::tr("needs at least one section"));

        std::vector<ArticleSection> result;
        QHash<QString, qsizetype> indexOfId;
        for (qsizetype i = 0; i < sectionArray.size(); ++i) {
            const QString path = indexPath(QStringLiteral("sections"), i);
            Result<ArticleSection> section = readSection(sectionArray.at(i), path);
            if (!section)
                return Error {section.errorMessage()};
            const auto seen = indexOfId.constFind(section->id);
            if (seen != indexOfId.constEnd())
                return problem(keyPath(path, QLatin1String("id")),
                    Article::tr("\"%1\" is already the id of sections[%2]; ids must be unique")
                        .arg(section->id)
                        .arg(*seen));
            indexOfId.insert(section->id, i);
            result.push_back(std::move(section).value());
        }
        return result;
    }

    /// The notes of a notes document, each checked against @p sections: its section must be
    /// there and its block one of the section's (or -1, under the heading).
    Status notes(const QJsonObject& root, std::vector<ArticleSection>& sections) const
    {
        const Result<QJsonValue> notes
            = member(root, QString(), QLatin1String("notes"), QJsonValue::Array);
        if (!notes)
            return Error {notes.errorMessage()};
        const QJsonArray noteArray = notes->toArray();
        for (qsizetype i = 0; i < noteArray.size(); ++i) {
            const QString path = indexPath(QStringLiteral("notes"), i);
            if (!noteArray.at(i).isObject())
                return wrongType(path, QJsonValue::Object, noteArray.at(i).type());
            const QJsonObject object = noteArray.at(i).toObject();
            if (Status keys = onlyKeys(object, path,
                    {QLatin1String("section"), QLatin1String("after"), QLatin1String("text")});
                !keys)
                return keys;
            const Result<QString> id = textMember(object, path, QLatin1String("section"));
            if (!id)
                return Error {id.errorMessage()};
            const auto section = std::find_if(sections.begin(), sections.end(),
                [&id](const ArticleSection& candidate) { return candidate.id == *id; });
            if (section == sections.end())
                return problem(keyPath(path, QLatin1String("section")),
                    Article::tr("there is no section \"%1\" in the article").arg(*id));
            const Result<QJsonValue> after
                = member(object, path, QLatin1String("after"), QJsonValue::Double);
            if (!after)
                return Error {after.errorMessage()};
            const double block = after->toDouble();
            const int blocks = int(section->blocks.size());
            if (block != std::floor(block) || block < -1 || block >= blocks)
                return problem(keyPath(path, QLatin1String("after")),
                    Article::tr("must be a block of the section, from -1 (under the heading) to "
                                "%1, not %2")
                        .arg(blocks - 1)
                        .arg(block));
            Result<QString> text = textMember(object, path, QLatin1String("text"));
            if (!text)
                return Error {text.errorMessage()};
            section->notes.push_back({int(block), std::move(text).value()});
        }
        for (ArticleSection& section : sections) {
            std::stable_sort(section.notes.begin(), section.notes.end(),
                [](const ArticleNote& a, const ArticleNote& b) {
                    return a.afterBlock < b.afterBlock;
                });
        }
        return {};
    }

private:
    Result<ArticleSection> readSection(const QJsonValue& value, const QString& path) const
    {
        if (!value.isObject())
            return wrongType(path, QJsonValue::Object, value.type());
        const QJsonObject object = value.toObject();
        if (Status keys = onlyKeys(object, path,
                {QLatin1String("id"), QLatin1String("heading"), QLatin1String("blocks")});
            !keys)
            return Error {keys.errorMessage()};

        ArticleSection section;
        Result<QString> id = textMember(object, path, QLatin1String("id"));
        if (!id)
            return Error {id.errorMessage()};
        if (!isValidId(*id))
            return problem(keyPath(path, QLatin1String("id")),
                Article::tr("\"%1\" is not a valid id: use only a-z, 0-9 and \"-\"").arg(*id));
        section.id = std::move(id).value();

        Result<QString> heading = textMember(object, path, QLatin1String("heading"));
        if (!heading)
            return Error {heading.errorMessage()};
        section.heading = std::move(heading).value();

        const Result<QJsonValue> blocks
            = member(object, path, QLatin1String("blocks"), QJsonValue::Array);
        if (!blocks)
            return Error {blocks.errorMessage()};
        const QJsonArray blockArray = blocks->toArray();
        const QString blocksPath = keyPath(path, QLatin1String("blocks"));
        if (blockArray.isEmpty())
            return problem(blocksPath, Article::tr("a section needs at least one block"));
        for (qsizetype i = 0; i < blockArray.size(); ++i) {
            Result<ArticleBlock> block = readBlock(blockArray.at(i), indexPath(blocksPath, i));
            if (!block)
                return Error {block.errorMessage()};
            section.blocks.push_back(std::move(block).value());
        }
        return section;
    }

    Result<ArticleBlock> readBlock(const QJsonValue& value, const QString& path) const
    {
        if (!value.isObject())
            return wrongType(path, QJsonValue::Object, value.type());
        const QJsonObject object = value.toObject();
        if (Status keys
            = onlyKeys(object, path, {QLatin1String("paragraph"), QLatin1String("list")});
            !keys)
            return Error {keys.errorMessage()};

        const bool isParagraph = object.contains(QLatin1String("paragraph"));
        const bool isList = object.contains(QLatin1String("list"));
        if (isParagraph == isList)
            return problem(path,
                isParagraph ? Article::tr("has both \"paragraph\" and \"list\"; a block is one or "
                                          "the other")
                            : Article::tr("needs a \"paragraph\" or a \"list\""));

        ArticleBlock block;
        if (isParagraph) {
            Result<QString> paragraph = textMember(object, path, QLatin1String("paragraph"));
            if (!paragraph)
                return Error {paragraph.errorMessage()};
            block.kind = ArticleBlock::Kind::Paragraph;
            block.text = std::move(paragraph).value();
            return block;
        }

        const Result<QJsonValue> list
            = member(object, path, QLatin1String("list"), QJsonValue::Array);
        if (!list)
            return Error {list.errorMessage()};
        const QJsonArray items = list->toArray();
        if (items.isEmpty())
            return problem(path, Article::tr("a list needs at least one item"));
        block.kind = ArticleBlock::Kind::List;
        const QString listPath = keyPath(path, QLatin1String("list"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            Result<QString> item = text(items.at(i), indexPath(listPath, i));
            if (!item)
                return Error {item.errorMessage()};
            block.items << std::move(item).value();
        }
        return block;
    }

    QString m_source;
};

} // namespace

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
