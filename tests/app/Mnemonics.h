#pragma once
// The mnemonics (Alt+letter) a person can reach in a window, for the tests that check no letter
// is taken twice (KeyboardTest, FoodsEverydayTest).

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>

namespace stilla::test {

/// The letter after a single '&' in @p text, lower case; a null QChar when there is none.
inline QChar mnemonicOf(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

/// Every mnemonic a person can reach in @p root (visible and enabled buttons, labels with a
/// buddy, checkable group boxes, tabs) and in @p menuBar, with the texts that use it.
inline QMap<QChar, QStringList> mnemonicsIn(QWidget* root, QMenuBar* menuBar = nullptr)
{
    QMap<QChar, QStringList> found;
    auto add = [&found](const QString& text, const QString& where) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            found[letter].append(where + QStringLiteral(": ") + text);
    };
    if (menuBar) {
        for (QAction* menu : menuBar->actions())
            add(menu->text(), QStringLiteral("menu bar"));
    }
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root))
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label->text(), label->objectName());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text(), button->objectName());
        else if (auto* group = qobject_cast<QGroupBox*>(widget); group && group->isCheckable())
            add(group->title(), group->objectName());
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), tabs->objectName());
        }
    }
    return found;
}

/// "Alt+a is taken by …" for every letter used more than once.
inline QStringList takenTwice(const QMap<QChar, QStringList>& found)
{
    QStringList problems;
    for (auto it = found.begin(); it != found.end(); ++it) {
        if (it.value().size() > 1) {
            problems << QStringLiteral("Alt+") + QString(it.key()) + QStringLiteral(" is taken by ")
                    + it.value().join(QStringLiteral(" | "));
        }
    }
    return problems;
}

} // namespace stilla::test
