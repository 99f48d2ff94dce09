#pragma once

// A person at the real window for the acceptance tests: every step a real mouse or key event,
// counted (Person), and modal dialogs answered from inside their own event loop, in the order
// they are expected (Dialogs).
#include "UserInput.h"
#include "app/gui/widgets/OptionalSpinBox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QTimer>

#include <deque>
#include <functional>
#include <gtest/gtest.h>

namespace stilla::test {

/// Lets the event loop run (timers, posted events, the file system's thread) until @p condition
/// holds, and fails the test when it does not within ten seconds. Unlike QTRY_VERIFY it reports
/// to GoogleTest, and it is fatal: stream a message after it as after ASSERT_TRUE.
#define WAIT_UNTIL(condition)                                                                      \
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(condition); }, 10000))                           \
        << "waited ten seconds for " #condition
/// Ends the test after a fatal failure in a helper, where ASSERT_* leaves only the helper.
#define STOP_IF_FAILED()                                                                           \
    do {                                                                                           \
        if (::testing::Test::HasFatalFailure())                                                    \
            return;                                                                                \
    } while (false)

/// Answers modal dialogs as they appear, in the order they are expected, from inside their own
/// event loop (where the code that opened them waits). A dialog nobody expected is a failure,
/// and is closed so that the test goes on instead of hanging.
class Dialogs : public QObject
{
public:
    using Answer = std::function<void(QWidget*)>;

    Dialogs()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &Dialogs::poll);
        m_timer.start();
    }
    ~Dialogs() override
    {
        EXPECT_TRUE(m_answers.empty()) << "a dialog that was expected never came";
    }

    void expect(Answer answer) { m_answers.push_back(std::move(answer)); }
    bool allAnswered() const { return m_answers.empty(); }
    /// The texts of the message boxes answered, in order.
    QStringList texts;

private:
    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (modal == m_last.data()) {
            // Answered, yet still open: the answer did not reach it. Close it rather than
            // wait for ever.
            if (m_answeredAt.elapsed() > kAnswerTimeoutMs) {
                ADD_FAILURE() << "a dialog stayed open after its answer: "
                              << modal->windowTitle().toStdString();
                if (auto* dialog = qobject_cast<QDialog*>(modal))
                    dialog->reject();
                else
                    modal->close();
            }
            return;
        }
        m_last = modal;
        m_answeredAt.start();
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            texts << box->text();
        if (m_answers.empty()) {
            ADD_FAILURE() << "an unexpected dialog: " << modal->windowTitle().toStdString() << ": "
                          << texts.value(texts.size() - 1).toStdString();
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
            else
                modal->close();
            return;
        }
        Answer answer = std::move(m_answers.front());
        m_answers.pop_front();
        answer(modal);
    }

    static constexpr int kAnswerTimeoutMs = 10000;
    QTimer m_timer;
    std::deque<Answer> m_answers;
    QPointer<QWidget> m_last;
    QElapsedTimer m_answeredAt;
};

/// Presses @p button of the message box shown.
inline Dialogs::Answer press(QMessageBox::StandardButton button)
{
    return [button](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        ASSERT_NE(box, nullptr) << modal->metaObject()->className();
        ASSERT_NE(box->button(button), nullptr) << box->text().toStdString();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    };
}

/// Answers the file dialog shown with @p path: the person goes to its folder, types its name
/// and presses the Save (or Open) button. The button, not Enter: the dialog's completer lists
/// matching files as they are found, and while its list is open it takes the Enter key. The
/// name, not the whole path: the dialog selects each folder of a typed path as it is typed.
inline Dialogs::Answer fileName(const QString& path)
{
    return [path](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        ASSERT_NE(dialog, nullptr) << modal->metaObject()->className();
        const QFileInfo file(path);
        dialog->setDirectory(file.absolutePath());
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        ASSERT_NE(name, nullptr);
        QTest::mouseClick(name, Qt::LeftButton);
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, file.fileName());
        if (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        ASSERT_NE(buttons, nullptr);
        QPushButton* accept = buttons->button(QDialogButtonBox::Save);
        if (!accept)
            accept = buttons->button(QDialogButtonBox::Open);
        ASSERT_NE(accept, nullptr);
        accept->click();
    };
}

/// A person at the window. Every step is a real mouse or key event, and every one is counted:
/// a click, a key press (each character typed is one), or one turn of the wheel to bring what
/// they want into view.
class Person
{
public:
    int actions = 0;

    void click(QWidget* target)
    {
        STOP_IF_FAILED(); // after a fatal failure the person stops
        ASSERT_NE(target, nullptr);
        // A widget just added to a layout is shown once the event loop has run (when it is
        // painted, and so seen).
        WAIT_UNTIL(target->isVisible()) << target->objectName().toStdString();
        bringIntoView(target);
        ASSERT_TRUE(target->isEnabled()) << target->objectName().toStdString();
        // A click into a window makes it the active one (the window manager's part).
        activate(target->window());
        STOP_IF_FAILED();
        QTest::mouseClick(target, Qt::LeftButton, {}, aimAt(target));
        ++actions;
        settle();
    }
    void key(int key, Qt::KeyboardModifiers modifiers = {})
    {
        STOP_IF_FAILED(); // after a fatal failure the person stops
        activate(shownWindow());
        STOP_IF_FAILED();
        QTest::keyClick(focus(), Qt::Key(key), modifiers);
        ++actions;
        settle();
    }
    void typeText(const QString& text)
    {
        STOP_IF_FAILED(); // after a fatal failure the person stops
        activate(shownWindow());
        STOP_IF_FAILED();
        for (const QChar c : text) {
            QTest::keyClicks(focus(), QString(c));
            ++actions;
        }
    }
    /// Clicks into a field, selects what it holds (when it holds anything) and types @p text.
    void fill(QWidget* field, const QString& text)
    {
        STOP_IF_FAILED(); // after a fatal failure the person stops
        click(field);
        STOP_IF_FAILED();
        if (holdsText(field))
            key(Qt::Key_A, Qt::ControlModifier);
        typeText(text);
    }
    /// Opens a combo box with a click and picks the item at @p index with the arrow keys.
    void choose(QComboBox* combo, int index)
    {
        STOP_IF_FAILED(); // after a fatal failure the person stops
        click(combo);
        STOP_IF_FAILED();
        WAIT_UNTIL(combo->view()->isVisible());
        const int steps = index - combo->currentIndex();
        for (int i = 0; i < std::abs(steps); ++i) {
            QTest::keyClick(combo->view(), steps > 0 ? Qt::Key_Down : Qt::Key_Up);
            ++actions;
        }
        QTest::keyClick(combo->view(), Qt::Key_Return);
        ++actions;
        settle();
    }
    /// Opens the menu that holds @p action from the menu bar and clicks the action.
    void chooseFromMenu(QMainWindow& window, QAction* action)
    {
        STOP_IF_FAILED(); // after a fatal failure the person stops
        ASSERT_NE(action, nullptr);
        QMenu* menu = nullptr;
        for (QObject* object : action->associatedObjects()) {
            if (auto* candidate = qobject_cast<QMenu*>(object))
                menu = candidate;
        }
        ASSERT_NE(menu, nullptr);
        QMenuBar* bar = window.menuBar();
        QTest::mouseClick(
            bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
        ++actions;
        WAIT_UNTIL(menu->isVisible());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        ++actions;
    }

private:
    /// What the event loop does between two things a person does: posted events (a language
    /// change, a widget shown by its layout) are delivered. Timers do not fire here.
    static void settle() { QCoreApplication::sendPostedEvents(); }
    /// Where a person clicks: the middle, or the round or square mark of a radio button or
    /// check box (which take clicks only on their mark and text, not on the rest of their cell).
    static QPoint aimAt(QWidget* target)
    {
        const bool radio = qobject_cast<QRadioButton*>(target) != nullptr;
        if (!radio && !qobject_cast<QCheckBox*>(target))
            return target->rect().center();
        QStyleOptionButton option;
        option.initFrom(target);
        return target->style()
            ->subElementRect(radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator,
                &option, target)
            .center();
    }
    /// The window the person sees: the active one, or else the main window shown. (Offscreen,
    /// a combo box's list that has just closed can stay the active window for a while; a
    /// person's keys go to the window they see.)
    static QWidget* shownWindow()
    {
        QWidget* active = QApplication::activeWindow();
        if (active && active->isVisible())
            return active;
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (window->isVisible() && qobject_cast<QMainWindow*>(window))
                return window;
        }
        return nullptr;
    }
    /// Makes @p window the active one, as a click into it does (the window manager's part).
    static void activate(QWidget* window)
    {
        ASSERT_NE(window, nullptr) << "no window shown";
        if (QApplication::activeWindow() == window)
            return;
        window->activateWindow();
        WAIT_UNTIL(QApplication::activeWindow() == window);
    }
    QWidget* focus() const
    {
        QWidget* focused = QApplication::focusWidget();
        return focused ? focused : QApplication::activeWindow();
    }
    static bool holdsText(QWidget* field)
    {
        if (auto* line = qobject_cast<QLineEdit*>(field))
            return !line->text().isEmpty();
        if (auto* spin = qobject_cast<OptionalSpinBox*>(field))
            return spin->optionalValue().has_value();
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(field))
            return !spin->text().isEmpty();
        return false;
    }
    /// Turns the wheel over the scrolling area that holds @p target until all of it is seen.
    void bringIntoView(QWidget* target)
    {
        QScrollArea* area = nullptr;
        for (QWidget* parent = target->parentWidget(); parent && !area;
             parent = parent->parentWidget())
            area = qobject_cast<QScrollArea*>(parent);
        if (!area)
            return;
        QWidget* viewport = area->viewport();
        bool turned = false;
        for (int notch = 0; notch < 60; ++notch) {
            const QRect shown = viewport->rect();
            const QRect where(target->mapTo(viewport, QPoint(0, 0)), target->size());
            if (shown.contains(where))
                break;
            test::wheelOver(viewport, where.top() < shown.top() ? 1 : -1);
            turned = true;
        }
        if (turned)
            ++actions;
    }
};

} // namespace stilla::test
