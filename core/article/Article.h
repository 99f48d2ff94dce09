#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class QByteArray;

namespace stilla {

/// A paragraph or a bulleted list.
struct ArticleBlock
{
    enum class Kind { Paragraph, List };
    Kind kind = Kind::Paragraph;
    QString text; ///< the paragraph (Kind::Paragraph)
    QStringList items; ///< the list items, without bullets (Kind::List)
};

/// A note the Stilla team wrote beside the article, never inside it: shown after one of a
/// section's blocks, marked as Stilla's, where the article differs from the authorities or the
/// evidence (resources/article/stilla-notes.<language>.json, see docs/article-format.md).
struct ArticleNote
{
    int afterBlock = -1; ///< the block it follows; -1: under the heading, before the first block
    QString text; ///< the note, with its sources, without the "Stilla's note" label
};

/// A heading and the blocks under it. The id is the same in every language.
struct ArticleSection
{
    QString id; ///< stable, [a-z0-9-]+: "overview", "foods", ...
    QString heading;
    std::vector<ArticleBlock> blocks;
    /// Written by the Stilla team and shown after the article (Article::guide()), never part of
    /// the article itself.
    bool fromStilla = false;
    /// Stilla's notes beside this section's blocks, in block order (Article::guide() only).
    std::vector<ArticleNote> notes;
};

/// The magnesium-and-RLS article in one language, as shipped in
/// resources/article/magnesium-och-rls.<language>.json (see docs/article-format.md).
///
/// A plain value: copy it freely. Only the loaders make one, and only from a document that
/// passed every check, so a section always has an id, a heading and at least one block, and a
/// list at least one item.
class Article
{
    Q_DECLARE_TR_FUNCTIONS(stilla::Article)

public:
    /// The format version this code reads.
    static constexpr int kFormat = 1;
    /// Larger documents are refused before parsing; the article is about 10 KiB.
    static constexpr qsizetype kMaxDocumentBytes = 1024 * 1024;

    /// Parses and validates an article document. Errors name @p sourceName (a file or
    /// resource path) and the JSON path of the problem, e.g.
    /// "magnesium-och-rls.sv.json: sections[3].blocks[1]: a list needs at least one item".
    static Result<Article> fromJson(const QByteArray& json, const QString& sourceName);

    /// The article built into Stilla in @p language ("sv" or "en").
    static Result<Article> load(const QString& language);
    /// Where load() reads @p language from: ":/article/magnesium-och-rls.<language>.json".
    static QString resourcePath(const QString& language);
    /// Stilla's own sections in @p language (":/article/stilla-additions.<language>.json", the
    /// same format), such as "Iron and RLS": written by the team, with their sources.
    static Result<Article> loadAdditions(const QString& language);
    static QString additionsResourcePath(const QString& language);
    /// Stilla's notes beside the article in @p language
    /// (":/article/stilla-notes.<language>.json").
    static QString notesResourcePath(const QString& language);
    /// What the guide shows: the article, word for word, with Stilla's notes beside its blocks,
    /// then Stilla's additions, each of those sections marked fromStilla. Fails when any of the
    /// three documents fails, a section id is in both, or a note points to no block.
    static Result<Article> guide(const QString& language);
    /// Reads the notes document at @p path and puts its notes beside the blocks of @p article;
    /// on any problem (named with the path and the JSON path, e.g. "notes[2].after") @p article
    /// is left as it was.
    static Status addNotes(Article& article, const QString& path);

    QString language() const { return m_language; }
    QString title() const { return m_title; }
    const std::vector<ArticleSection>& sections() const { return m_sections; }

    /// The section with @p id, or nullptr if there is none.
    const ArticleSection* section(const QString& id) const;
    /// The index of the section with @p id in sections(), or -1 if there is none.
    int sectionIndex(const QString& id) const;

    /// The whole article as plain text: the title, then each heading and block, with a blank
    /// line between them; list items are "• item" lines. No trailing newline.
    QString plainText() const;

private:
    Article() = default;
    /// Reads and checks the document at @p path, which must hold @p language.
    static Result<Article> loadResource(const QString& path, const QString& language);

    QString m_language;
    QString m_title;
    std::vector<ArticleSection> m_sections;
};

} // namespace stilla
