#pragma once

#include <QDateEdit>

#include <optional>

namespace stilla {

/// A date field that takes a whole date typed in its own format, as a person types it:
/// "15/11/2026" or "2026-12-01", with or without leading zeros. QDateEdit fills one section at
/// a time and, once a section is full, moves on by itself, so the separator typed next skipped
/// a section more ("2026-12-01" in Swedish became 12 November) and a day that does not exist
/// in the month being passed through was cut short ("29/02/2024" became 28 February). Here a
/// separator moves to the next section only when the section typed in has not moved on
/// already; typing over the whole text starts at the first section; and on Enter or when the
/// field is left, the keys typed since it took the focus are read as one date, so the date
/// shown is the date typed; a whole date that does not exist or is out of range puts the field
/// back to the date before, with a word at the field. Dates are reported when the typing is done
/// (Enter, Tab, a click elsewhere), not for each section on the way, so a page that follows the
/// field (the diary's day) does not pass through the days in between.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);
    explicit DateEdit(const QDate& date, QWidget* parent = nullptr);

protected:
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    bool isSeparator(const QString& text) const;
    /// The date the keys typed spell in the display format (leading zeros optional), when it
    /// is a whole date within the field's range.
    std::optional<QDate> typedDate() const;
    /// True if @p typed has a group of digits for each of the format's sections.
    bool isWholeDate(const QString& typed) const;
    void forgetTyping();
    /// Shows the date typed, if the keys typed make one.
    void applyTyped();

    QString m_typed; ///< digits and separators typed since the field took the focus
    QDate m_dateBefore; ///< the date when that typing began
    bool m_typing = false; ///< false once another key or the mouse has been used
    bool m_typedInSection = false; ///< a digit went into the section now current
    bool m_sectionFilled = false; ///< the last digit filled a section, which moved on by itself
};

} // namespace stilla
