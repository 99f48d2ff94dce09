#include "MessageBox.h"

namespace stilla {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
int g_questionsAsked = 0;
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title,
    const QString& text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton, const QString& detail)
{
    ++g_questionsAsked;
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setInformativeText(detail);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

int MessageBox::questionsAsked()
{
    return g_questionsAsked;
}

void MessageBox::resetQuestionsAsked()
{
    g_questionsAsked = 0;
}

} // namespace stilla
