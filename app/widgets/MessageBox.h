#pragma once

#include <QMessageBox>

#include <optional>

namespace stilla {

/// QMessageBox questions with a seam for tests: setNextAnswer() makes the next question
/// return that answer at once instead of waiting for a person (as KeePassXC's MessageBox).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton, const QString& detail = QString());

    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// How many questions were asked since the counter was last reset (for tests).
    static int questionsAsked();
    static void resetQuestionsAsked();
};

} // namespace stilla
