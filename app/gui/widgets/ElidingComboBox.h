#pragma once

#include <QComboBox>

class QStyleOptionComboBox;

namespace stilla {

/// A combo box whose chosen item ends in "…" when the box is narrower than its text, instead
/// of being cut off mid-word; the whole text is in its tooltip then, in the list it opens and
/// for screen readers. For items that can be long (a food's portions) in a column the person
/// can make narrow.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT

public:
    using QComboBox::QComboBox;

    /// True when the chosen item does not fit and is shown shortened.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// Where the style puts the chosen item's text.
    QRect textRect(const QStyleOptionComboBox& option) const;
};

} // namespace stilla
