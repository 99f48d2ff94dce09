#pragma once

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMessageBox>

#include <optional>
#include <vector>

namespace stilla {

/// QMessageBox questions with a seam for tests: setNextAnswer() makes the next question
/// return that answer at once instead of waiting for a person (as KeePassXC's MessageBox).
/// In unattended mode (tests, and `stilla` started with STILLA_UNATTENDED=1 by the tests that
/// run the real program) nothing waits for a person: messages are recorded and written to
/// stderr, questions take their default answer.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(stilla::MessageBox)

public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton, const QString& detail = QString());

    /// A message with an OK button: information, a warning or a critical error.
    static void inform(QWidget* parent, QMessageBox::Icon icon, const QString& title,
        const QString& text, const QString& detail = QString());

    /// One of the caller's own buttons.
    struct Choice
    {
        QString text;
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
    };
    /// A message with the caller's own buttons; returns the index of the one chosen, or -1
    /// when the box was closed without one. setNextChoice() answers it in tests; unattended,
    /// it takes the first RejectRole choice (or -1).
    static int choose(QWidget* parent, QMessageBox::Icon icon, const QString& title,
        const QString& text, const QString& detail, const std::vector<Choice>& choices);

    /// Gives standard buttons Stilla's own texts in the UI language: Qt's translations for
    /// them are not installed on every system (Debian 12 ships none for Swedish).
    static void translateButtons(QMessageBox& box);
    static void translateButtons(QDialogButtonBox& buttons);
    static QString buttonText(QMessageBox::StandardButton button);
    /// What the icon of a message says, as its accessible name: "Warning", "Error".
    static QString iconName(QMessageBox::Icon icon);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextChoice(int index);
    static void setUnattended(bool unattended);
    static bool isUnattended();
    /// The messages shown (or answered automatically) since the last call, as
    /// "title: text detail" (for tests).
    static QStringList takeMessages();
    /// How many questions were asked since the counter was last reset (for tests).
    static int questionsAsked();
    static void resetQuestionsAsked();
};

} // namespace stilla
