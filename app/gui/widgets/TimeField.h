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
    /// Where Up and Down start when the field is empty (e.g. 22:30 for bedtime).
    void setSuggestedTime(const QTime& time) { m_suggested = time; }

    /// Minutes Up and Down move the time by.
    static constexpr int kStepMinutes = 15;

    /// Reads the forms above; nullopt for anything else (including 24:00 and 25:61).
    static std::optional<QTime> parse(const QString& text);

private:
    /// Moves the time by @p steps quarter hours (picking without typing), wrapping at midnight.
    void step(int steps);
    void retranslate();
    QTime m_suggested {22, 0};

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void changeEvent(QEvent* event) override;
};

} // namespace stilla
