#pragma once

#include "KeyboardShortcutsDialog.h"
#include "Theme.h"

#include <QDate>
#include <QMainWindow>

#include <array>
#include <optional>

class QAction;
class QMenu;
class QStackedWidget;

namespace stilla {

struct AppContext;
class DiaryPage;
class MainStatusBar;
class Page;
class SettingsPage;
class Sidebar;
class UndoActions;

/// The main window: a sidebar to the left, the current page to the right. It owns the pages
/// and switches between them; it remembers its size, position and last page. A page is built
/// the first time it is shown (or asked for), so start-up pays only for the first screen.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class PageId { Guide, Diary, Foods, Charts, Settings };
    static constexpr int kPageCount = 5;

    /// Opens on @p startPage, or else on the page shown last (the guide the first time).
    explicit MainWindow(AppContext& context, std::optional<PageId> startPage = std::nullopt,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(PageId page);
    PageId currentPage() const { return m_currentPage; }
    /// The page, built now if it has not been yet.
    Page* page(PageId id);
    /// The page if it has been built, else null.
    Page* builtPage(PageId id) const;
    /// The page's title in the current language, whether it is built or not.
    static QString pageTitle(PageId page);

    /// "guide", "diary", "foods", "charts", "settings" and back.
    static QString pageName(PageId page);
    static std::optional<PageId> pageFromName(const QString& name);

    /// The window size on first run: comfortable on a 1366x768 laptop, never larger than
    /// 90% of the available screen area.
    static QSize firstRunSize(const QRect& available);

    /// Switches the UI language at run time and remembers the choice.
    void setLanguage(const QString& code);
    /// Switches light/dark/system appearance and remembers the choice.
    void setAppearance(Appearance appearance);

    /// The first time Stilla starts: says what it is and is not, and offers the profile.
    void showFirstRunNotice();

    /// What Help ▸ Keyboard Shortcuts lists: the menus' shortcuts, then each page's (the
    /// pages are built first if they are not yet).
    std::vector<KeyboardShortcutsDialog::Section> shortcutSections();

public slots:
    void showAbout();
    void showKeyboardShortcuts();
    /// Shows, raises and activates the window (another start of Stilla asked for it).
    void bringToFront();
    /// Follows a link into the app such as "foods" or "diary#supplements".
    void openAppLink(const QString& target);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    DiaryPage* diaryPage();
    /// The diary page if it is built: only a built page can hold unsaved changes.
    DiaryPage* builtDiaryPage() const;
    /// True when the diary page holds nothing that would be lost by leaving it.
    bool diaryAllowsLeaving() const;
    void switchTo(PageId page);
    Page* createPage(PageId id);
    void connectPage(PageId id);
    static QStringList pageIconNames();
    void buildMenus();
    void retranslate();
    void restoreWindowState();
    void saveWindowState();
    void updateTitle();

    AppContext& m_context;
    Sidebar* m_sidebar;
    QStackedWidget* m_stack;
    MainStatusBar* m_statusBar;
    std::array<Page*, kPageCount> m_pages {}; ///< null until built
    PageId m_currentPage = PageId::Guide;
    QDate m_diaryDate; ///< the day the diary shows (or will show), which the food picker adds to

    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    UndoActions* m_undoActions = nullptr;
    std::array<QAction*, kPageCount> m_pageActions {};
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
};

} // namespace stilla
