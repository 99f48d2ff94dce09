#pragma once

#include <QString>

class QComboBox;
class QLineEdit;

namespace stilla {

/// Names a combo box for every screen reader. Qt 6.4 on Linux (AT-SPI) reads a combo box's
/// accessible name as its current value and takes the name of what it chooses only from a
/// label whose buddy it is, so a combo box without a visible label would be read as "Last
/// month, combo box" alone. This sets the accessible name (which other platforms read) and,
/// when no label names the box yet, keeps a hidden buddy label beside it with the same text.
/// Call it again with the new text when the language changes.
void setComboBoxName(QComboBox* box, const QString& name);

/// Names the clear button a line edit shows (QLineEdit::setClearButtonEnabled), which Qt
/// leaves without a name, e.g. "Clear the search". Call it again when the language changes.
void setClearButtonName(QLineEdit* edit, const QString& name);

} // namespace stilla
