#pragma once

#include "Article.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>

#include <initializer_list>
#include <vector>

namespace stilla {

/// Reads one article document (the article, Stilla's additions or Stilla's notes; see
/// docs/article-format.md), stopping at the first problem, which it reports with the source
/// name and the JSON path ("sections[3].blocks[1]"). Internal to core/article: Article's loaders
/// use it; its messages are Article's (Article::tr()).
class ArticleReader
{
public:
    explicit ArticleReader(QString sourceName);

    /// "<source>: <path>: <what>", or "<source>: <what>" without a path.
    Error problem(const QString& path, const QString& what) const;
    Error wrongType(const QString& path, QJsonValue::Type expected, QJsonValue::Type actual) const;

    /// @p object has no keys but @p allowed.
    Status onlyKeys(const QJsonObject& object, const QString& path,
        std::initializer_list<QLatin1String> allowed) const;
    /// The value of @p key in @p object, which must be there and have type @p type.
    Result<QJsonValue> member(const QJsonObject& object, const QString& path, QLatin1String key,
        QJsonValue::Type type) const;
    /// A string that holds more than white space.
    Result<QString> text(const QJsonValue& value, const QString& path) const;
    /// text() of the member @p key of @p object, which must be there.
    Result<QString> textMember(
        const QJsonObject& object, const QString& path, QLatin1String key) const;

    /// The document's top-level object, once it is within size, valid JSON and an object
    /// with no keys but @p keys.
    Result<QJsonObject> root(const QByteArray& json,
        std::initializer_list<QLatin1String> keys = {QLatin1String("format"),
            QLatin1String("language"), QLatin1String("title"), QLatin1String("sections")}) const;
    /// The document's "format" is Article::kFormat.
    Status format(const QJsonObject& root) const;
    /// The "sections" of an article document, each with a unique id.
    Result<std::vector<ArticleSection>> sections(const QJsonObject& root) const;
    /// The notes of a notes document, each checked against @p sections: its section must be
    /// there and its block one of the section's (or -1, under the heading).
    Status notes(const QJsonObject& root, std::vector<ArticleSection>& sections) const;

private:
    Result<ArticleSection> readSection(const QJsonValue& value, const QString& path) const;
    Result<ArticleBlock> readBlock(const QJsonValue& value, const QString& path) const;

    QString m_source;
};

} // namespace stilla
