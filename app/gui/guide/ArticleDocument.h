#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QString>

#include <vector>

class QTextCharFormat;
class QTextCursor;
class QTextDocument;

namespace stilla {

class Article;
struct ArticleBlock;
struct ArticleSection;

/// Lays an Article out in a QTextDocument for reading or printing, and remembers where each
/// heading, paragraph and list item starts, so search hits (given in the article's own
/// coordinates) can be highlighted in the document.
class ArticleDocument
{
public:
    /// A link from a section of the article into the app, shown after the section's text.
    struct AppLink
    {
        QString sectionId;
        QString href; ///< e.g. "stilla:foods"
        QString text;
    };

    struct Style
    {
        QFont font; ///< body text; headings are derived from it
        QColor text;
        QColor mutedText;
        QColor link;
        QString notice; ///< printed above the article when not empty
        /// Shown under the heading of each section Stilla added (ArticleSection::fromStilla),
        /// so it is never taken for the article's.
        QString fromStillaNote;
        /// The label before each of Stilla's notes beside the article ("Stilla's note:"), and
        /// the background that sets the note apart from the article's text.
        QString noteLabel;
        QColor noteBackground;
    };

    void build(QTextDocument& document, const Article& article, const Style& style,
        const std::vector<AppLink>& links = {});

    /// Document position where a piece of text starts: block -1 is the section heading,
    /// item -1 a paragraph. -1 when there is no such piece.
    int position(int section, int block, int item) const;
    int sectionPosition(int section) const;
    int sectionCount() const { return static_cast<int>(m_sectionPositions.size()); }

private:
    /// A section: its heading, Stilla's notes, its paragraphs and lists, and links into the app.
    void insertSection(QTextCursor& cursor, int index, const ArticleSection& section,
        const Style& style, const std::vector<AppLink>& links);
    void insertList(QTextCursor& cursor, int section, int blockIndex, const ArticleBlock& block,
        const QTextCharFormat& body, qreal em);
    /// Stilla's notes that follow block @p afterBlock (-1: the heading).
    void insertNotes(
        QTextCursor& cursor, const ArticleSection& section, int afterBlock, const Style& style);
    static quint64 key(int section, int block, int item);
    QHash<quint64, int> m_positions;
    std::vector<int> m_sectionPositions;
};

} // namespace stilla
