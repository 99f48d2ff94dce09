#pragma once

#include <QSpinBox>

#include <optional>

namespace stilla {

/// A whole number that may be left empty: one step below the minimum shows "–" and means
/// "not recorded". Values outside the range cannot be typed at all.
class OptionalSpinBox final : public QSpinBox
{
    Q_OBJECT

public:
    OptionalSpinBox(int minimum, int maximum, QWidget* parent = nullptr);

    std::optional<int> optionalValue() const;
    void setOptionalValue(const std::optional<int>& value);

protected:
    /// A digit typed into an empty field (showing "–") replaces the dash, wherever the cursor
    /// is: clicked into and typed, as a person does, instead of being refused.
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace stilla
