#include "ArticleDocument.h"

#include "core/article/Article.h"

#include <QFontInfo>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextListFormat>

namespace stilla {

namespace {

constexpr qreal kLineHeightPercent = 145;

QTextCharFormat charFormat(
    const QFont& font, qreal scale, QFont::Weight weight, const QColor& colour)
{
    QTextCharFormat format;
    QFont scaled = font;
    scaled.setPointSizeF(font.pointSizeF() * scale);
    scaled.setWeight(weight);
    format.setFont(scaled);
    format.setForeground(colour);
    return format;
}

QTextBlockFormat blockFormat(qreal top, qreal bottom, int headingLevel = 0)
{
    QTextBlockFormat format;
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    // Body text gets generous leading; headings are set tighter.
    format.setLineHeight(
        headingLevel > 0 ? 115 : kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    if (headingLevel > 0)
        format.setHeadingLevel(headingLevel);
    return format;
}

} // namespace

quint64 ArticleDocument::key(int section, int block, int item)
{
    // block and item may be -1: shift them to stay non-negative.
    return (quint64(quint32(section)) << 40) | (quint64(quint32(block + 1) & 0xfffff) << 20)
        | quint64(quint32(item + 1) & 0xfffff);
}

int ArticleDocument::position(int section, int block, int item) const
{
    return m_positions.value(key(section, block, item), -1);
}

int ArticleDocument::sectionPosition(int section) const
{
    if (section < 0 || section >= sectionCount())
        return -1;
    return m_sectionPositions[std::size_t(section)];
}

void ArticleDocument::build(QTextDocument& document, const Article& article, const Style& style,
    const std::vector<AppLink>& links)
{
    m_positions.clear();
    m_sectionPositions.clear();
    document.clear();
    document.setDefaultFont(style.font);

    const qreal em = QFontInfo(style.font).pixelSize();
    const QTextCharFormat title = charFormat(style.font, 1.75, QFont::DemiBold, style.text);
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    cursor.setBlockFormat(blockFormat(0, em * 0.9, 1));
    cursor.setBlockCharFormat(title);
    cursor.insertText(article.title(), title);
    if (!style.notice.isEmpty()) {
        const QTextCharFormat muted = charFormat(style.font, 0.92, QFont::Normal, style.mutedText);
        cursor.insertBlock(blockFormat(0, em * 0.8), muted);
        cursor.insertText(style.notice, muted);
    }
    const auto& sections = article.sections();
    for (int s = 0; s < int(sections.size()); ++s)
        insertSection(cursor, s, sections[std::size_t(s)], style, links);
    cursor.endEditBlock();
}

void ArticleDocument::insertSection(QTextCursor& cursor, int index, const ArticleSection& section,
    const Style& style, const std::vector<AppLink>& links)
{
    const qreal em = QFontInfo(style.font).pixelSize();
    const QTextCharFormat body = charFormat(style.font, 1.0, QFont::Normal, style.text);
    const QTextCharFormat heading = charFormat(style.font, 1.3, QFont::DemiBold, style.text);
    cursor.insertBlock(blockFormat(em * 1.3, em * 0.5, 2), heading);
    m_sectionPositions.push_back(cursor.position());
    m_positions.insert(key(index, -1, -1), cursor.position());
    cursor.insertText(section.heading, heading);
    if (section.fromStilla && !style.fromStillaNote.isEmpty()) {
        QTextCharFormat note = charFormat(style.font, 0.92, QFont::Normal, style.mutedText);
        note.setFontItalic(true);
        cursor.insertBlock(blockFormat(0, em * 0.75), note);
        cursor.insertText(style.fromStillaNote, note);
    }
    insertNotes(cursor, section, -1, style);
    for (int b = 0; b < int(section.blocks.size()); ++b) {
        const ArticleBlock& block = section.blocks[std::size_t(b)];
        if (block.kind == ArticleBlock::Kind::Paragraph) {
            cursor.insertBlock(blockFormat(0, em * 0.75), body);
            m_positions.insert(key(index, b, -1), cursor.position());
            cursor.insertText(block.text, body);
        } else {
            insertList(cursor, index, b, block, body, em);
        }
        insertNotes(cursor, section, b, style);
    }
    QTextCharFormat linkFormat = body;
    linkFormat.setForeground(style.link);
    linkFormat.setFontUnderline(true);
    linkFormat.setAnchor(true);
    for (const AppLink& link : links) {
        if (link.sectionId != section.id)
            continue;
        QTextCharFormat anchor = linkFormat;
        anchor.setAnchorHref(link.href);
        cursor.insertBlock(blockFormat(0, em * 0.75), body);
        cursor.insertText(QStringLiteral("→ "), body);
        cursor.insertText(link.text, anchor);
    }
}

void ArticleDocument::insertList(QTextCursor& cursor, int section, int blockIndex,
    const ArticleBlock& block, const QTextCharFormat& body, qreal em)
{
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    QTextList* list = nullptr;
    for (int i = 0; i < int(block.items.size()); ++i) {
        QTextBlockFormat itemFormat = blockFormat(0, em * 0.3);
        if (i == int(block.items.size()) - 1)
            itemFormat.setBottomMargin(em * 0.75);
        cursor.insertBlock(itemFormat, body);
        if (list)
            list->add(cursor.block());
        else
            list = cursor.createList(listFormat);
        m_positions.insert(key(section, blockIndex, i), cursor.position());
        cursor.insertText(block.items[i], body);
    }
}

void ArticleDocument::insertNotes(
    QTextCursor& cursor, const ArticleSection& section, int afterBlock, const Style& style)
{
    // Stilla's notes beside the article: a block of their own, set apart and labelled, after
    // the block they are about (or under the heading), never inside the article's text.
    const qreal em = QFontInfo(style.font).pixelSize();
    for (const ArticleNote& note : section.notes) {
        if (note.afterBlock != afterBlock)
            continue;
        QTextBlockFormat format = blockFormat(em * 0.1, em * 0.85);
        format.setLeftMargin(em * 0.75);
        format.setRightMargin(em * 0.75);
        if (style.noteBackground.isValid())
            format.setBackground(style.noteBackground);
        QTextCharFormat label = charFormat(style.font, 0.92, QFont::DemiBold, style.text);
        QTextCharFormat text = charFormat(style.font, 0.92, QFont::Normal, style.text);
        cursor.insertBlock(format, text);
        cursor.insertText(style.noteLabel + QLatin1Char(' '), label);
        cursor.insertText(note.text, text);
    }
}

} // namespace stilla
