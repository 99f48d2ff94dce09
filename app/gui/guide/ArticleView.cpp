#include "ArticleView.h"

#include "app/gui/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>

namespace stilla {

namespace {
constexpr qreal kColumnCharacters = 72;
}

ArticleView::ArticleView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("articleView"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
}

void ArticleView::updateColumn()
{
    const QFontMetricsF metrics(document()->defaultFont());
    const qreal column = metrics.averageCharWidth() * kColumnCharacters;
    const qreal available = viewport()->width();
    const qreal side = qMax<qreal>(spacing::xl, (available - column) / 2);
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (qAbs(format.leftMargin() - side) < 1)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(spacing::l);
    format.setBottomMargin(spacing::xxl);
    document()->rootFrame()->setFrameFormat(format);
}

void ArticleView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    updateColumn();
}

void ArticleView::scrollToPosition(int position)
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return;
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    verticalScrollBar()->setValue(qRound(rect.top()));
}

int ArticleView::topPosition() const
{
    return cursorForPosition(QPoint(viewport()->width() / 2, spacing::s)).position();
}

} // namespace stilla
