#pragma once

#include <QLineEdit>
#include <QTime>

#include <optional>

namespace stilla {

/// A clock time that may be left empty. Accepts "22:30", "22.30", "2230" and "7:05"; the
/// text is tidied to HH:MM when the field loses focus. Never guesses: text it cannot read
/// stays as typed and isValid() says so, so the form can say what is wrong.
class TimeField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit TimeField(QWidget* parent = nullptr);

    /// The time, or nullopt when empty or unreadable.
    std::optional<QTime> time() const;
    void setTime(const std::optional<QTime>& time);
    /// False when there is text that is not a time of day.
    bool isValid() const;

    /// Reads the forms above; nullopt for anything else (including 24:00 and 25:61).
    static std::optional<QTime> parse(const QString& text);

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
};

} // namespace stilla
