#pragma once

#include "app/gui/AppContext.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Theme.h"
#include "app/gui/commands/DiaryUndo.h"
#include "app/gui/pages/DiaryPage.h"
#include "app/gui/widgets/FileDialog.h"
#include "app/gui/widgets/MessageBox.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "tests/TestUtil.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace stilla::test {

/// A main window over throw-away settings and data, in a fixed language, shown offscreen.
class AppFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // What earlier tests asked and said is not this test's.
        FileDialog::takeCaptions();
        MessageBox::takeMessages();
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("stilla.conf")));
        ASSERT_TRUE(m_translators.setLanguage(QStringLiteral("en")));
        auto opened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        m_diary = std::move(opened.store);
        m_undo = std::make_unique<DiaryUndo>(*m_diary);
        m_context = std::make_unique<AppContext>(AppContext {*m_settings, m_translators, m_clock,
            m_dir.filePath(QStringLiteral("data")), QString(), m_diary.get(), m_undo.get()});
    }

    MainWindow& showWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->show();
        m_window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        return *m_window;
    }

    /// The window shown on its diary page (today's, or the page's current day).
    DiaryPage& showDiary()
    {
        MainWindow& window = showWindow();
        window.showPage(MainWindow::PageId::Diary);
        return *static_cast<DiaryPage*>(window.page(MainWindow::PageId::Diary));
    }

    /// The window's widget named @p name; a failure when there is none.
    template<typename T> T* find(const char* name)
    {
        T* widget = m_window->findChild<T*>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void closeWindow()
    {
        if (m_window)
            m_window->close();
        m_window.reset();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    Translators m_translators;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 24), QTime(21, 0))};
    std::unique_ptr<DiaryStore> m_diary;
    std::unique_ptr<DiaryUndo> m_undo;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    void TearDown() override
    {
        // A test that shows another appearance (or has the window choose one) leaves the
        // application as the next test expects it. (The window is not closed: closing asks
        // about unsaved changes.)
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
            app && Theme::current() != Appearance::System)
            Theme::apply(*app, Appearance::System);
        m_window.reset();
        m_context.reset();
        m_undo.reset();
        m_diary.reset();
    }
};

} // namespace stilla::test
