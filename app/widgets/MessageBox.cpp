#include "MessageBox.h"

#include <QAbstractButton>

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
    translateButtons(box);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBox::inform(
    QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    translateButtons(box);
    box.exec();
}

QString MessageBox::buttonText(QMessageBox::StandardButton button)
{
    switch (button) {
    case QMessageBox::Ok:
        return tr("OK");
    case QMessageBox::Cancel:
        return tr("Cancel");
    case QMessageBox::Yes:
        return tr("&Yes");
    case QMessageBox::No:
        return tr("&No");
    case QMessageBox::YesToAll:
        return tr("Yes to &All");
    case QMessageBox::Discard:
        return tr("&Discard");
    case QMessageBox::Save:
        return tr("&Save");
    case QMessageBox::Close:
        return tr("&Close");
    default:
        break;
    }
    return {};
}

void MessageBox::translateButtons(QMessageBox& box)
{
    const auto buttons = box.buttons();
    for (QAbstractButton* button : buttons) {
        const QString text = buttonText(box.standardButton(button));
        if (!text.isEmpty())
            button->setText(text);
    }
}

void MessageBox::translateButtons(QDialogButtonBox& buttons)
{
    const auto all = buttons.buttons();
    for (QAbstractButton* button : all) {
        const QString text
            = buttonText(static_cast<QMessageBox::StandardButton>(buttons.standardButton(button)));
        if (!text.isEmpty())
            button->setText(text);
    }
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
