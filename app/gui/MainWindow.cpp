#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppContext.h"
#include "FileMenu.h"
#include "Icons.h"
#include "LanguageMenu.h"
#include "MainStatusBar.h"
#include "Sidebar.h"
#include "app/gui/commands/UndoActions.h"
#include "app/gui/pages/ChartsPage.h"
#include "app/gui/pages/DiaryPage.h"
#include "app/gui/pages/FoodsPage.h"
#include "app/gui/pages/GuidePage.h"
#include "app/gui/pages/SettingsPage.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/WheelGuard.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>

namespace stilla {

namespace {

constexpr std::array<const char*, MainWindow::kPageCount> kPageNames {
    "guide", "diary", "foods", "charts", "settings"};
constexpr std::array<const char*, MainWindow::kPageCount> kPageIcons {
    "guide", "diary", "foods", "charts", "settings"};

int indexOf(MainWindow::PageId page)
{
    return static_cast<int>(page);
}

} // namespace

MainWindow::MainWindow(AppContext& context, std::optional<PageId> startPage, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_sidebar(new Sidebar(pageIconNames(), this))
    , m_stack(new QStackedWidget(this))
    , m_statusBar(new MainStatusBar(context, this))
    , m_diaryDate(context.clock.today())
{
    WheelGuard::install(); // before any page is polished: see WheelGuard
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->setObjectName(QStringLiteral("pageStack"));
    buildMenus();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);

    connect(m_sidebar, &Sidebar::rowChosen, this, [this](int row) {
        if (row >= kPageCount)
            return;
        // Leaving the diary with changes that cannot be saved yet: ask first.
        if (m_currentPage == PageId::Diary && row != indexOf(PageId::Diary)
            && !diaryAllowsLeaving()) {
            m_sidebar->showRow(indexOf(PageId::Diary));
            return;
        }
        switchTo(static_cast<PageId>(row));
    });
    connect(m_sidebar, &Sidebar::aboutRequested, this, &MainWindow::showAbout);

    retranslate();
    restoreWindowState();
    const auto last = pageFromName(m_context.settings.value(Settings::Key::LastPage).toString());
    showPage(startPage.value_or(last.value_or(PageId::Guide)));
}

Page* MainWindow::createPage(PageId id)
{
    switch (id) {
    case PageId::Guide:
        return new GuidePage(m_context, m_stack);
    case PageId::Diary:
        return new DiaryPage(m_context, m_stack);
    case PageId::Foods:
        return new FoodsPage(m_context, m_stack);
    case PageId::Charts:
        return new ChartsPage(m_context, m_stack);
    case PageId::Settings:
        return new SettingsPage(m_context, m_stack);
    }
    Q_UNREACHABLE();
}

void MainWindow::connectPage(PageId id)
{
    switch (id) {
    case PageId::Guide:
        connect(static_cast<GuidePage*>(builtPage(id)), &GuidePage::appLinkActivated, this,
            &MainWindow::openAppLink);
        break;
    case PageId::Diary: {
        auto* diary = static_cast<DiaryPage*>(builtPage(id));
        m_diaryDate = diary->currentDate();
        connect(diary, &DiaryPage::guideSectionRequested, this, [this](const QString& section) {
            showPage(PageId::Guide);
            if (currentPage() == PageId::Guide)
                static_cast<GuidePage*>(page(PageId::Guide))->showSection(section);
        });
        m_statusBar->setDiaryDate(m_diaryDate);
        connect(diary, &DiaryPage::dateChanged, this, [this](const QDate& date) {
            m_diaryDate = date;
            if (auto* foods = static_cast<FoodsPage*>(builtPage(PageId::Foods)))
                foods->setDiaryDate(date);
            m_statusBar->setDiaryDate(date);
        });
        connect(diary, &DiaryPage::addFoodRequested, this, [this] { showPage(PageId::Foods); });
        connect(diary, &DiaryPage::saveProblemChanged, m_statusBar, &MainStatusBar::setSaveProblem);
        connect(diary, &DiaryPage::dayEdited, m_statusBar, &MainStatusBar::showEditedDay);
        break;
    }
    case PageId::Foods: {
        // The food picker adds to the day it names (see switchTo()); the diary page does the
        // saving, so it goes to that day first.
        auto* foods = static_cast<FoodsPage*>(builtPage(id));
        connect(foods, &FoodsPage::addFoodRequested, this, [this, foods](const FoodIntake& food) {
            DiaryPage* diary = diaryPage();
            // The diary's day may hold changes that cannot be saved yet: it has asked, and
            // the person chose to stay there.
            if (!diary->showDate(foods->diaryDate()))
                return;
            diary->addFood(food);
            m_statusBar->showMessage(
                tr("Added %1 (%2\u00A0mg) to %3.")
                    .arg(food.name, QLocale().toString(food.magnesiumMg, 'f', 0),
                        QLocale().toString(foods->diaryDate(), QLocale::LongFormat)),
                6000);
        });
        connect(foods, &FoodsPage::diaryRequested, this, [this, foods] {
            const QDate day = foods->diaryDate();
            showPage(PageId::Diary);
            if (currentPage() == PageId::Diary)
                diaryPage()->showDate(day);
        });
        break;
    }
    case PageId::Charts:
        break;
    case PageId::Settings: {
        auto* settings = static_cast<SettingsPage*>(builtPage(id));
        connect(settings, &SettingsPage::languageRequested, this, &MainWindow::setLanguage);
        connect(settings, &SettingsPage::appearanceRequested, this, &MainWindow::setAppearance);
        connect(settings, &SettingsPage::diaryRequested, this, [this] {
            showPage(PageId::Diary);
            if (auto* diary = static_cast<DiaryPage*>(page(PageId::Diary)))
                diary->showDate(m_context.clock.today());
        });
        break;
    }
    }
}

Page* MainWindow::page(PageId id)
{
    Page*& slot = m_pages[indexOf(id)];
    if (!slot) {
        QElapsedTimer timer;
        timer.start();
        slot = createPage(id);
        m_stack->addWidget(slot);
        connectPage(id);
        qCDebug(lcApp) << "built the" << pageName(id) << "page in" << timer.elapsed() << "ms";
    }
    return slot;
}

Page* MainWindow::builtPage(PageId id) const
{
    return m_pages[indexOf(id)];
}

QString MainWindow::pageTitle(PageId page)
{
    switch (page) {
    case PageId::Guide:
        return GuidePage::pageTitle();
    case PageId::Diary:
        return DiaryPage::pageTitle();
    case PageId::Foods:
        return FoodsPage::pageTitle();
    case PageId::Charts:
        return ChartsPage::pageTitle();
    case PageId::Settings:
        return SettingsPage::pageTitle();
    }
    Q_UNREACHABLE();
}

void MainWindow::switchTo(PageId id)
{
    // The food picker adds to the day the person came from: the diary's day when they come
    // from the diary, today from anywhere else, never silently to a day looked at long ago.
    const QDate foodsDay = m_currentPage == PageId::Diary && builtPage(PageId::Diary)
        ? m_diaryDate
        : m_context.clock.today();
    m_stack->setCurrentWidget(page(id));
    if (id == PageId::Foods)
        static_cast<FoodsPage*>(builtPage(id))->setDiaryDate(foodsDay);
    m_currentPage = id;
    m_sidebar->showRow(indexOf(id));
    m_context.settings.setValue(Settings::Key::LastPage, pageName(id));
    updateTitle();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageIconNames()
{
    QStringList names;
    for (const char* name : kPageIcons)
        names.append(QString::fromLatin1(name));
    return names;
}

void MainWindow::buildMenus()
{
    menuBar()->addMenu(new FileMenu(
        m_context, [this] { return diaryAllowsLeaving(); }, this));

    m_editMenu = menuBar()->addMenu(QString());
    if (m_context.undo) {
        m_undoActions = new UndoActions(
            *m_context.undo, [this] { return diaryAllowsLeaving(); }, this);
        m_editMenu->addAction(m_undoActions->undoAction());
        m_editMenu->addAction(m_undoActions->redoAction());
    } else {
        m_editMenu->setEnabled(false);
    }

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < kPageCount; ++i) {
        auto* action = m_viewMenu->addAction(Icons::line(QString::fromLatin1(kPageIcons[i])),
            QString(), this, [this, i] { showPage(static_cast<PageId>(i)); });
        // Ctrl+1..4 for the four pages; Ctrl+, is the common key for preferences.
        action->setShortcut(i < 4 ? QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i))
                                  : QKeySequence(Qt::CTRL | Qt::Key_Comma));
        m_pageActions[i] = action;
        if (i == 3)
            m_viewMenu->addSeparator();
    }

    auto* languageMenu = new LanguageMenu(m_context.translators, this);
    menuBar()->addMenu(languageMenu);
    connect(languageMenu, &LanguageMenu::languageChosen, this, &MainWindow::setLanguage);

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showKeyboardShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslate()
{
    QStringList titles;
    for (int i = 0; i < kPageCount; ++i)
        titles.append(pageTitle(static_cast<PageId>(i)));
    m_sidebar->setPageTitles(titles);
    m_editMenu->setTitle(tr("&Edit"));
    if (m_undoActions)
        m_undoActions->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    const std::array<QString, kPageCount> actionTexts {
        tr("&Guide"), tr("&Diary"), tr("&Foods"), tr("&Charts"), tr("&Settings")};
    for (int i = 0; i < kPageCount; ++i)
        m_pageActions[i]->setText(actionTexts[i]);
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Stilla"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateTitle();
}

void MainWindow::updateTitle()
{
    // Every title ends with the application's display name, "Stilla", so that the window system
    // does not add it a second time (QPlatformWindow::formatWindowTitle adds it to a title
    // that does not end with it).
    const QString title = pageTitle(m_currentPage);
    if (m_context.diary && m_context.diary->isReadOnly() && !m_context.demo) {
        setWindowTitle(tr("%1 (read-only) — Stilla").arg(title));
        return;
    }
    if (m_context.demo) {
        setWindowTitle(tr("%1 (demo) — Stilla").arg(title));
        return;
    }
    setWindowTitle(tr("%1 — Stilla").arg(title));
}

void MainWindow::showPage(PageId page)
{
    // The sidebar's row change switches pages (or stays, when the diary may not be left).
    if (m_sidebar->currentRow() != indexOf(page))
        m_sidebar->chooseRow(indexOf(page));
    else if (m_stack->currentWidget() == nullptr || m_stack->currentWidget() != builtPage(page))
        switchTo(page);
}

QString MainWindow::pageName(PageId page)
{
    return QString::fromLatin1(kPageNames[indexOf(page)]);
}

std::optional<MainWindow::PageId> MainWindow::pageFromName(const QString& name)
{
    for (int i = 0; i < kPageCount; ++i) {
        if (name == QLatin1String(kPageNames[i]))
            return static_cast<PageId>(i);
    }
    return std::nullopt;
}

void MainWindow::setLanguage(const QString& code)
{
    if (code == m_context.translators.language())
        return;
    if (!m_context.translators.setLanguage(code)) {
        qCWarning(lcApp) << "could not switch language to" << code;
        return;
    }
    m_context.settings.setValue(Settings::Key::Language, code);
    qCInfo(lcApp) << "language switched to" << code;
    // Installing the translators sent LanguageChange to every widget; only the settings
    // page's choice and the menu's check mark still need to follow.
    if (auto* settings = static_cast<SettingsPage*>(builtPage(PageId::Settings)))
        settings->syncFromContext();
}

void MainWindow::setAppearance(Appearance appearance)
{
    Theme::apply(*qApp, appearance);
    m_context.settings.setValue(Settings::Key::Appearance, Theme::toString(appearance));
    if (auto* settings = static_cast<SettingsPage*>(builtPage(PageId::Settings)))
        settings->syncFromContext();
}

void MainWindow::openAppLink(const QString& target)
{
    const auto id = pageFromName(target.section(QLatin1Char('#'), 0, 0));
    if (!id)
        return;
    showPage(*id);
    const QString anchor = target.section(QLatin1Char('#'), 1);
    if (*id == PageId::Diary && currentPage() == PageId::Diary && !anchor.isEmpty())
        diaryPage()->focusSection(anchor);
}

DiaryPage* MainWindow::diaryPage()
{
    return static_cast<DiaryPage*>(page(PageId::Diary));
}

DiaryPage* MainWindow::builtDiaryPage() const
{
    return static_cast<DiaryPage*>(builtPage(PageId::Diary));
}

bool MainWindow::diaryAllowsLeaving() const
{
    DiaryPage* diary = builtDiaryPage();
    return !diary || diary->confirmLeave();
}

void MainWindow::showFirstRunNotice()
{
    if (m_context.settings.value(Settings::Key::FirstRunNoticeShown).toBool())
        return;
    const auto answer = MessageBox::question(this, tr("Welcome to Stilla"),
        tr("Stilla helps you keep a diary of your sleep, restless legs and magnesium, and holds "
           "a guide to what one article says about magnesium and RLS."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        tr("Stilla informs; it does not replace your doctor. Talk to a doctor before you start, "
           "change or stop a treatment.\n\nWould you like to fill in your profile now? It is "
           "optional and stays on this computer, and it lets Stilla point out what the guide "
           "says about your situation. You can do it later under Settings."));
    m_context.settings.setValue(Settings::Key::FirstRunNoticeShown, true);
    m_context.settings.sync();
    if (answer == QMessageBox::Yes) {
        showPage(PageId::Settings);
        static_cast<SettingsPage*>(page(PageId::Settings))->startProfile();
    }
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    QApplication::alert(this);
    m_statusBar->showMessage(
        tr("Stilla was started again with this data folder; this is its window."), 8000);
    qCInfo(lcApp) << "brought the window to the front for a second start";
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

std::vector<KeyboardShortcutsDialog::Section> MainWindow::shortcutSections()
{
    KeyboardShortcutsDialog::Section everywhere {tr("Everywhere"), {}};
    for (const QAction* menu : menuBar()->actions()) {
        if (menu->menu())
            everywhere.actions += menu->menu()->actions();
    }
    std::vector<KeyboardShortcutsDialog::Section> sections {everywhere};
    for (int i = 0; i < kPageCount; ++i) {
        const auto id = static_cast<PageId>(i);
        sections.push_back({pageTitle(id), page(id)->actions()});
    }
    return sections;
}

void MainWindow::showKeyboardShortcuts()
{
    KeyboardShortcutsDialog dialog(shortcutSections(), this);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Dates and numbers follow the language: hand the new default locale to every widget
        // (calendars, date fields) that read it when they were made.
        setLocale(QLocale());
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!diaryAllowsLeaving()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry
        = m_context.settings.value(Settings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 740);
        const QSize size = firstRunSize(available);
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(m_context.settings.value(Settings::Key::WindowState).toByteArray());
}

QSize MainWindow::firstRunSize(const QRect& available)
{
    return {qMin(1180, available.width() * 9 / 10), qMin(780, available.height() * 9 / 10)};
}

void MainWindow::saveWindowState()
{
    m_context.settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_context.settings.setValue(Settings::Key::WindowState, saveState());
    m_context.settings.setValue(Settings::Key::LastPage, pageName(currentPage()));
    if (!m_context.settings.sync())
        qCWarning(lcApp) << "could not write the settings file";
}

} // namespace stilla
