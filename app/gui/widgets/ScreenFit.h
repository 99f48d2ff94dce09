#pragma once

#include <QSize>

class QWidget;

namespace stilla {

/// Sizes @p window (a dialog or a preview) to @p wanted, or to as much of it as the free area
/// of its screen holds, less room for the window's frame: on an 800 × 600 screen a dialog
/// made for a larger one kept its buttons below the edge.
void resizeWithinScreen(QWidget& window, const QSize& wanted);

} // namespace stilla
