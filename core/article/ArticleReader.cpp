#include "ArticleReader.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
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

} // namespace

ArticleReader::ArticleReader(QString sourceName)
    : m_source(std::move(sourceName))
{ }

Error ArticleReader::problem(const QString& path, const QString& what) const
{
    if (path.isEmpty())
        return Error {QString(m_source + u": " + what)};
    return Error {QString(m_source + u": " + path + u": " + what)};
}

Error ArticleReader::wrongType(
    const QString& path, QJsonValue::Type expected, QJsonValue::Type actual) const
{
    return problem(
        path, Article::tr("must be %1, not %2").arg(describeType(expected), describeType(actual)));
}

Status ArticleReader::onlyKeys(const QJsonObject& object, const QString& path,
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

Result<QJsonValue> ArticleReader::member(
    const QJsonObject& object, const QString& path, QLatin1String key, QJsonValue::Type type) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return problem(path, Article::tr("\"%1\" is missing").arg(key));
    if (value.type() != type)
        return wrongType(keyPath(path, key), type, value.type());
    return value;
}

Result<QString> ArticleReader::text(const QJsonValue& value, const QString& path) const
{
    if (!value.isString())
        return wrongType(path, QJsonValue::String, value.type());
    QString string = value.toString();
    if (string.trimmed().isEmpty())
        return problem(path, Article::tr("must not be empty"));
    return string;
}

Result<QString> ArticleReader::textMember(
    const QJsonObject& object, const QString& path, QLatin1String key) const
{
    const Result<QJsonValue> value = member(object, path, key, QJsonValue::String);
    if (!value)
        return Error {value.errorMessage()};
    return text(*value, keyPath(path, key));
}

Result<QJsonObject> ArticleReader::root(
    const QByteArray& json, std::initializer_list<QLatin1String> keys) const
{
    if (json.size() > Article::kMaxDocumentBytes)
        return problem(QString(),
            Article::tr("is larger than %1\u00A0KiB; an article is far smaller, so this is not one")
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

Status ArticleReader::format(const QJsonObject& root) const
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

Result<std::vector<ArticleSection>> ArticleReader::sections(const QJsonObject& root) const
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

Status ArticleReader::notes(const QJsonObject& root, std::vector<ArticleSection>& sections) const
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
            [](const ArticleNote& a, const ArticleNote& b) { return a.afterBlock < b.afterBlock; });
    }
    return {};
}

Result<ArticleSection> ArticleReader::readSection(
    const QJsonValue& value, const QString& path) const
{
    if (!value.isObject())
        return wrongType(path, QJsonValue::Object, value.type());
    const QJsonObject object = value.toObject();
    if (Status keys = onlyKeys(
            object, path, {QLatin1String("id"), QLatin1String("heading"), QLatin1String("blocks")});
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

Result<ArticleBlock> ArticleReader::readBlock(const QJsonValue& value, const QString& path) const
{
    if (!value.isObject())
        return wrongType(path, QJsonValue::Object, value.type());
    const QJsonObject object = value.toObject();
    if (Status keys = onlyKeys(object, path, {QLatin1String("paragraph"), QLatin1String("list")});
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

    const Result<QJsonValue> list = member(object, path, QLatin1String("list"), QJsonValue::Array);
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

} // namespace stilla
