#pragma once

#include <QFrame>
#include <QScrollArea>

namespace stilla {

/// @p content in a frameless area that scrolls up and down when the window is too low for all
/// of it (800×600), and otherwise gives it the room.
inline QScrollArea* verticalScrollArea(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    return area;
}

} // namespace stilla
