#pragma once

#include <QTextBrowser>

namespace stilla {

/// The reading surface: a text browser that keeps lines to a comfortable length (about 70
/// characters) by centring the text column with wide side margins on wide windows.
class ArticleView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget* parent = nullptr);

    /// Scrolls so that document position @p position is at the top of the view.
    void scrollToPosition(int position);
    /// The document position at the top of the view.
    int topPosition() const;
    /// Re-centres the text column; call after the document or its font changed.
    void updateColumn();

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace stilla
