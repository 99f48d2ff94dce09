#pragma once

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMessageBox>

#include <optional>

namespace stilla {

/// QMessageBox questions with a seam for tests: setNextAnswer() makes the next question
/// return that answer at once instead of waiting for a person (as KeePassXC's MessageBox).
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(stilla::MessageBox)

public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton, const QString& detail = QString());

    /// A message with an OK button: information, a warning or a critical error.
    static void inform(
        QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);

    /// Gives standard buttons Stilla's own texts in the UI language: Qt's translations for
    /// them are not installed on every system (Debian 12 ships none for Swedish).
    static void translateButtons(QMessageBox& box);
    static void translateButtons(QDialogButtonBox& buttons);
    static QString buttonText(QMessageBox::StandardButton button);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// How many questions were asked since the counter was last reset (for tests).
    static int questionsAsked();
    static void resetQuestionsAsked();
};

} // namespace stilla
