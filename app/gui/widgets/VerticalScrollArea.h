#pragma once

#include <QScrollArea>

namespace stilla {

/// An area that scrolls up and down only: @p content gets the area's width and scrolls when the
/// window is too low for all of it (800×600). Since nothing beyond its right edge could be
/// reached, the area is never narrower than the least its content needs (a long word, a
/// button, a field beside its label, in the font and language of the moment): narrower, the
/// content's right edge was cut (the Foods page's details in a large font).
class VerticalScrollArea final : public QScrollArea
{
public:
    VerticalScrollArea(QWidget* content, QWidget* parent);

    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

/// @p content in a frameless VerticalScrollArea.
inline QScrollArea* verticalScrollArea(QWidget* content, QWidget* parent)
{
    return new VerticalScrollArea(content, parent);
}

} // namespace stilla
