#include "MessageBox.h"

#include "app/gui/Icons.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPushButton>

#include <algorithm>
#include <cstdio>

namespace stilla {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<int> g_nextChoice;
bool g_unattended = false;
int g_questionsAsked = 0;
QStringList g_messages;

void record(const QString& title, const QString& text, const QString& detail)
{
    QString message = title + QStringLiteral(": ") + text;
    if (!detail.isEmpty())
        message += u' ' + detail;
    g_messages << message;
    if (g_unattended)
        std::fprintf(stderr, "stilla: %s\n", qPrintable(message));
}
/// Stilla's texts on the standard buttons, a name for the icon, which Qt leaves unnamed
/// (a screen reader would meet an image without a text alternative), and Stilla's window icon
/// for a message before the main window has given it to the application.
void prepare(QMessageBox& box)
{
    MessageBox::translateButtons(box);
    if (QApplication::windowIcon().isNull())
        box.setWindowIcon(Icons::app());
    if (auto* icon = box.findChild<QLabel*>(QStringLiteral("qt_msgboxex_icon_label")))
        icon->setAccessibleName(MessageBox::iconName(box.icon()));
}
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title,
    const QString& text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton, const QString& detail)
{
    ++g_questionsAsked;
    if (g_nextAnswer || g_unattended) {
        record(title, text, detail);
        const auto answer = g_nextAnswer.value_or(defaultButton);
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setInformativeText(detail);
    prepare(box);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBox::inform(QWidget* parent, QMessageBox::Icon icon, const QString& title,
    const QString& text, const QString& detail)
{
    if (g_unattended) {
        record(title, text, detail);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setInformativeText(detail);
    prepare(box);
    box.exec();
}

int MessageBox::choose(QWidget* parent, QMessageBox::Icon icon, const QString& title,
    const QString& text, const QString& detail, const std::vector<Choice>& choices)
{
    ++g_questionsAsked;
    if (g_nextChoice || g_unattended) {
        record(title, text, detail);
        int index = -1;
        if (g_nextChoice) {
            index = *g_nextChoice;
            g_nextChoice.reset();
        } else {
            const auto reject = std::find_if(choices.begin(), choices.end(),
                [](const Choice& choice) { return choice.role == QMessageBox::RejectRole; });
            index = reject == choices.end() ? -1 : int(reject - choices.begin());
        }
        return index >= 0 && index < int(choices.size()) ? index : -1;
    }
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(detail);
    std::vector<QPushButton*> buttons;
    for (const Choice& choice : choices)
        buttons.push_back(box.addButton(choice.text, choice.role));
    if (!buttons.empty())
        box.setDefaultButton(buttons.front());
    prepare(box);
    box.exec();
    const auto clicked = std::find(buttons.begin(), buttons.end(), box.clickedButton());
    return clicked == buttons.end() ? -1 : int(clicked - buttons.begin());
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

QString MessageBox::iconName(QMessageBox::Icon icon)
{
    switch (icon) {
    case QMessageBox::Information:
        return tr("Information");
    case QMessageBox::Warning:
        return tr("Warning");
    case QMessageBox::Critical:
        return tr("Error");
    case QMessageBox::Question:
        return tr("Question");
    case QMessageBox::NoIcon:
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

void MessageBox::setNextChoice(int index)
{
    g_nextChoice = index;
}

void MessageBox::setUnattended(bool unattended)
{
    g_unattended = unattended;
}

bool MessageBox::isUnattended()
{
    return g_unattended;
}

QStringList MessageBox::takeMessages()
{
    QStringList messages;
    messages.swap(g_messages);
    return messages;
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
