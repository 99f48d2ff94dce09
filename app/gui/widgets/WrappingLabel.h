#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>
#include <QString>

#include <array>
#include <limits>

namespace stilla {

/// A word-wrapped QLabel that remembers the heights it has worked out. Layouts ask a label for
/// its height at the same few widths many times while a window comes up (a scroll area asks
/// with and without its scroll bar, each nested box layout asks again), and QLabel lays its text
/// out anew for every question: at start-up that was 165 layouts of six short texts, a fifth of
/// the diary page's first paint (docs/performance.md). The answers are QLabel's own; they are
/// kept only while everything they depend on (text, format, font, margins, alignment, screen
/// resolution) is unchanged, so the label lays out exactly as a QLabel would.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget* parent = nullptr);
    explicit WrappingLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;
    /// A label that wraps in the width its layout gives it and asks for no more than its longest
    /// word: a message under a field, which must not widen the form it appears in (in the sleep
    /// section that pushed the morning's column under the evening's the moment a message
    /// showed). Off by default: then the size hint is QLabel's.
    void setFollowsLayoutWidth(bool follows);
    QSize sizeHint() const override;

private:
    /// What QLabel's height for a width depends on, besides the width.
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        int dpi = 0;
        Qt::TextFormat format = Qt::AutoText;
        Qt::Alignment alignment;
        bool wordWrap = false;
        bool operator==(const Inputs&) const = default;
    };
    Inputs currentInputs() const;

    struct Answer
    {
        int width = std::numeric_limits<int>::min(); // no answer yet
        int height = 0;
    };
    mutable Inputs m_inputs;
    mutable std::array<Answer, 8> m_answers {};
    mutable std::size_t m_next = 0; // the slot the next new answer replaces
    bool m_followsLayoutWidth = false;
};

} // namespace stilla
