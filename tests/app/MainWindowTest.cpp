#include "AppFixture.h"
#include "Mnemonics.h"
#include "app/gui/pages/Page.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>

namespace stilla {
namespace {

using test::AppFixture;
using PageId = MainWindow::PageId;

class MainWindowTest : public AppFixture
{
};

TEST_F(MainWindowTest, OpensOnTheGuideTheFirstTime)
{
    MainWindow& window = showWindow();
    EXPECT_EQ(window.currentPage(), PageId::Guide);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Guide — Stilla"));
}

TEST_F(MainWindowTest, NoShortcutIsAKeyTheTextFieldsUseOnLinux)
{
    // Under X11 (GNOME, KDE and plain xcb alike) a line edit takes these itself before any
    // shortcut of the window: Ctrl+E moves to the end of the line, Ctrl+K deletes to it (Qt's
    // platform key bindings, QKeySequence::MoveToEndOfLine and DeleteEndOfLine). A shortcut on
    // one of them does nothing in the diary's many time and date fields.
    MainWindow& window = showWindow();
    for (int i = 0; i < MainWindow::kPageCount; ++i)
        window.page(static_cast<PageId>(i));
    const QList<QKeySequence> editing {QKeySequence(Qt::CTRL | Qt::Key_A),
        QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_K),
        QKeySequence(Qt::CTRL | Qt::Key_C), QKeySequence(Qt::CTRL | Qt::Key_V),
        QKeySequence(Qt::CTRL | Qt::Key_X)};
    int shortcuts = 0;
    for (const QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& keys : action->shortcuts()) {
            ++shortcuts;
            EXPECT_FALSE(editing.contains(keys))
                << action->text().toStdString() << ": " << keys.toString().toStdString();
        }
    }
    EXPECT_GE(shortcuts, 15);
}

TEST_F(MainWindowTest, DemoModeSaysSoInTheTitleAndStatusBar)
{
    m_context->demo = true;
    MainWindow& window = showWindow();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Guide (demo) — Stilla"));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Diary (demo) — Stilla"));
    // As the window system shows it: it adds " — Stilla" to a title that does not end so.
    EXPECT_TRUE(window.windowTitle().endsWith(QStringLiteral(" — Stilla")));
    EXPECT_EQ(window.windowTitle().count(QStringLiteral("Stilla")), 1);
    auto* note = window.findChild<QLabel*>(QStringLiteral("demoNoteLabel"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("Demo diary")));
}

TEST_F(MainWindowTest, NoDemoNoteOutsideDemoMode)
{
    MainWindow& window = showWindow();
    EXPECT_EQ(window.findChild<QLabel*>(QStringLiteral("demoNoteLabel")), nullptr);
}

TEST_F(MainWindowTest, CtrlOneToFourSwitchPagesAndTheTitleFollows)
{
    MainWindow& window = showWindow();
    const struct
    {
        Qt::Key key;
        PageId page;
        const char* title;
    } cases[] = {
        {Qt::Key_2, PageId::Diary, "Diary — Stilla"},
        {Qt::Key_3, PageId::Foods, "Foods — Stilla"},
        {Qt::Key_4, PageId::Charts, "Charts — Stilla"},
        {Qt::Key_1, PageId::Guide, "Guide — Stilla"},
    };
    for (const auto& c : cases) {
        QTest::keyClick(&window, c.key, Qt::ControlModifier);
        EXPECT_EQ(window.currentPage(), c.page) << c.title;
        EXPECT_EQ(window.windowTitle(), QString::fromUtf8(c.title));
    }
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), PageId::Settings);
}

TEST_F(MainWindowTest, ArrowKeysInTheSidebarSwitchPages)
{
    MainWindow& window = showWindow();
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    ASSERT_NE(navigation, nullptr);
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    EXPECT_EQ(window.currentPage(), PageId::Diary);
    QTest::keyClick(navigation, Qt::Key_Down);
    EXPECT_EQ(window.currentPage(), PageId::Foods);
}

TEST_F(MainWindowTest, RemembersTheLastPageAndGeometry)
{
    {
        MainWindow& window = showWindow();
        window.showPage(PageId::Charts);
        window.resize(900, 640);
        closeWindow();
    }
    EXPECT_EQ(m_settings->value(Settings::Key::LastPage).toString(), QStringLiteral("charts"));
    EXPECT_FALSE(m_settings->value(Settings::Key::WindowGeometry).toByteArray().isEmpty());
    MainWindow& reopened = showWindow();
    EXPECT_EQ(reopened.currentPage(), PageId::Charts);
    EXPECT_EQ(reopened.size(), QSize(900, 640));
}

TEST_F(MainWindowTest, FirstRunSizeFitsASmallLaptopScreen)
{
    // A 1366x768 laptop with a 28 px panel.
    EXPECT_EQ(MainWindow::firstRunSize(QRect(0, 0, 1366, 740)), QSize(1180, 666));
    EXPECT_EQ(MainWindow::firstRunSize(QRect(0, 0, 2560, 1400)), QSize(1180, 780));
    MainWindow& window = showWindow();
    const QRect available = window.screen()->availableGeometry();
    EXPECT_LE(window.width(), available.width());
    EXPECT_LE(window.height(), available.height());
}

TEST_F(MainWindowTest, EveryControlHasAnAccessibleName)
{
    MainWindow& window = showWindow();
    for (int i = 0; i < MainWindow::kPageCount; ++i) {
        window.showPage(static_cast<PageId>(i));
        const auto widgets = window.findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!widget->isVisibleTo(&window) || widget->focusPolicy() == Qt::NoFocus)
                continue;
            // A spin box's inner line edit is presented through the spin box itself.
            if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
                continue;
            // Nor is a scroll area's viewport: the scroll area carries the name.
            if (auto* area = qobject_cast<QAbstractScrollArea*>(widget->parentWidget());
                area && area->viewport() == widget)
                continue;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
            ASSERT_NE(iface, nullptr);
            EXPECT_FALSE(iface->text(QAccessible::Name).trimmed().isEmpty())
                << "page " << i << ": " << widget->metaObject()->className() << " "
                << widget->objectName().toStdString() << " has no accessible name";
        }
    }
}

TEST_F(MainWindowTest, TabReachesThePageFromTheSidebar)
{
    MainWindow& window = showWindow();
    window.showPage(PageId::Settings);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    navigation->setFocus();
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    ASSERT_NE(combo, nullptr);
    for (int i = 0; i < 10 && !combo->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_TRUE(combo->hasFocus());
}

TEST_F(MainWindowTest, SettingsSwitchLanguageAtRunTime)
{
    MainWindow& window = showWindow();
    window.setLanguage(QStringLiteral("sv"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    window.showPage(PageId::Diary);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Dagbok — Stilla"));
    EXPECT_EQ(m_settings->value(Settings::Key::Language).toString(), QStringLiteral("sv"));
    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Diary — Stilla"));
}

TEST_F(MainWindowTest, EachMenuGivesEveryItemItsOwnLetterAndTheLabResultsAreInFile)
{
    // The lab results were reachable only from the diary page's foot, by a dozen Tabs.
    MainWindow& window = showWindow();
    for (const char* language : {"en", "sv"}) {
        window.setLanguage(QString::fromLatin1(language));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (QAction* title : window.menuBar()->actions()) {
            QMap<QChar, QStringList> letters;
            for (const QAction* item : title->menu()->actions()) {
                if (const QChar letter = test::mnemonicOf(item->text()); !letter.isNull())
                    letters[letter] << item->text();
            }
            const QStringList twice = test::takenTwice(letters);
            EXPECT_TRUE(twice.isEmpty()) << language << ", " << title->text().toStdString() << ": "
                                         << twice.join(u'\n').toStdString();
        }
    }
    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    auto* labs = window.findChild<QAction*>(QStringLiteral("labResultsAction"));
    ASSERT_NE(labs, nullptr);
    EXPECT_EQ(labs->text(), QStringLiteral("&Lab Results…"));
    QString opened;
    QTimer::singleShot(0, &window, [&opened] {
        if (QWidget* dialog = QApplication::activeModalWidget()) {
            opened = dialog->objectName();
            dialog->close();
        }
    });
    labs->trigger();
    EXPECT_EQ(opened, QStringLiteral("labResultsDialog"));
}

TEST_F(MainWindowTest, TheMenusSidebarAndStatusBarFollowALanguageSwitch)
{
    MainWindow& window = showWindow();
    auto* languageMenu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    auto* about = window.findChild<QToolButton*>(QStringLiteral("aboutButton"));
    auto* intake = window.findChild<QLabel*>(QStringLiteral("intakeStatusLabel"));
    ASSERT_TRUE(languageMenu && fileMenu && navigation && about && intake);
    const auto checkedLanguage = [languageMenu] {
        for (const QAction* action : languageMenu->actions()) {
            if (action->isChecked())
                return action->data().toString();
        }
        return QString();
    };
    EXPECT_EQ(checkedLanguage(), QStringLiteral("en"));
    const QString englishIntake = intake->text();

    // Switched from elsewhere (Settings): every piece follows, the menu's check mark too.
    window.setLanguage(QStringLiteral("sv"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(checkedLanguage(), QStringLiteral("sv"));
    EXPECT_EQ(languageMenu->title(), QStringLiteral("&Språk"));
    EXPECT_EQ(fileMenu->title(), QStringLiteral("&Arkiv"));
    EXPECT_EQ(navigation->item(1)->text(), QStringLiteral("Dagbok"));
    EXPECT_EQ(navigation->item(1)->toolTip(), QStringLiteral("Dagbok (Ctrl+2)"));
    EXPECT_EQ(about->text(), QStringLiteral("Om Stilla"));
    EXPECT_NE(intake->text(), englishIntake) << "the day's name in Swedish";

    // Chosen from the menu: the whole window goes back, and the choice is kept.
    for (QAction* action : languageMenu->actions()) {
        if (action->data().toString() == QLatin1String("en"))
            action->trigger();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(checkedLanguage(), QStringLiteral("en"));
    EXPECT_EQ(m_settings->value(Settings::Key::Language).toString(), QStringLiteral("en"));
    EXPECT_EQ(fileMenu->title(), QStringLiteral("&File"));
    EXPECT_EQ(navigation->item(1)->text(), QStringLiteral("Diary"));
    EXPECT_EQ(intake->text(), englishIntake);
}

TEST_F(MainWindowTest, DataFolderIsShownInSettings)
{
    MainWindow& window = showWindow();
    window.showPage(PageId::Settings);
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("dataDirLineEdit"));
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(edit->text().endsWith(QStringLiteral("data")));
}

TEST_F(MainWindowTest, BuildsOnlyTheFirstPageAtStartAndTheOthersOnFirstVisit)
{
    m_window = std::make_unique<MainWindow>(*m_context, PageId::Diary);
    EXPECT_EQ(m_window->currentPage(), PageId::Diary);
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("Diary — Stilla"));
    for (PageId id : {PageId::Guide, PageId::Foods, PageId::Charts, PageId::Settings})
        EXPECT_EQ(m_window->builtPage(id), nullptr) << MainWindow::pageName(id).toStdString();
    ASSERT_NE(m_window->builtPage(PageId::Diary), nullptr);
    EXPECT_EQ(m_window->findChild<QStackedWidget*>(QStringLiteral("pageStack"))->count(), 1);

    // Every sidebar entry has its title before its page exists.
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->item(3)->text(), QStringLiteral("Charts"));

    m_window->showPage(PageId::Charts);
    EXPECT_NE(m_window->builtPage(PageId::Charts), nullptr);
    EXPECT_EQ(m_window->builtPage(PageId::Foods), nullptr);
    Page* charts = m_window->builtPage(PageId::Charts);
    m_window->showPage(PageId::Diary);
    m_window->showPage(PageId::Charts);
    EXPECT_EQ(m_window->builtPage(PageId::Charts), charts) << "a page is built once";
}

TEST_F(MainWindowTest, APageBuiltAfterALanguageSwitchSpeaksTheNewLanguage)
{
    MainWindow& window = showWindow();
    window.setLanguage(QStringLiteral("sv"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    ASSERT_EQ(window.builtPage(PageId::Charts), nullptr);
    window.showPage(PageId::Charts);
    auto* title = window.page(PageId::Charts)->findChild<QLabel*>(QStringLiteral("pageTitleLabel"));
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->text(), QStringLiteral("Diagram"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Diagram — Stilla"));
    window.setLanguage(QStringLiteral("en"));
}

} // namespace
} // namespace stilla
