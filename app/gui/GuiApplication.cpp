#include "GuiApplication.h"

#include "AppContext.h"
#include "DiaryOpener.h"
#include "FirstPaintWatcher.h"
#include "Icons.h"
#include "MainWindow.h"
#include "SessionBusPrefetch.h"
#include "SingleInstance.h"
#include "StartupOptions.h"
#include "StartupTrace.h"
#include "Theme.h"
#include "app/gui/commands/DiaryUndo.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/RangeHint.h"
#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "core/demo/DemoDiary.h"
#include "core/diary/BackupManager.h"
#include "core/diary/DiaryStore.h"
#include "core/foods/PreparedFoods.h"
#include "stilla/Version.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace stilla {
namespace {

constexpr int kDemoYears = 10;
constexpr quint32 kDemoSeed = 20261124;
/// The exit code of a start that found Stilla already open with the same data folder.
constexpr int kAlreadyOpen = 4;

/// Reads the command line into @p options; the exit code when the program ends here (help,
/// version, a usage error), nothing when it goes on to open the window.
std::optional<int> parseArguments(int argc, char* argv[], StartupOptions& options)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString message;
    switch (StartupOptions::parse(arguments, options, message)) {
    case StartupOptions::Outcome::Exit:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case StartupOptions::Outcome::UsageError:
        std::fprintf(stderr, "stilla: %s\n", qPrintable(message));
        return 2;
    case StartupOptions::Outcome::Run:
        break;
    }
    return std::nullopt;
}

/// Whether a window can be opened: on Linux and the BSDs an X11 or Wayland session, or a Qt
/// platform chosen in QT_QPA_PLATFORM. Without one Qt ends the program with an abort, which
/// reads like a crash; false after saying so plainly.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    for (const char* variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    }
    // Wayland's client library falls back to the socket "wayland-0" when the session says so.
    if (qgetenv("XDG_SESSION_TYPE") == "wayland")
        return true;
    std::fputs("stilla: there is no display to open the window on: neither DISPLAY nor "
               "WAYLAND_DISPLAY is set. Start Stilla from a desktop session; stilla-cli reads "
               "and writes the diary without one.\n",
        stderr);
    return false;
#else
    return true;
#endif
}

/// The application's name and desktop file, unattended mode for the tests, and what every
/// window's number fields say when they refuse a digit (RangeHint).
void setUpApplication()
{
    RangeHint::install();
    AppPaths::setApplicationIdentity();
    // The tests that run the real program answer nothing: no message may wait for a person.
    if (qEnvironmentVariableIntValue("STILLA_UNATTENDED") == 1)
        MessageBox::setUnattended(true);
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(version::kDisplayName));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(version::kAppId));
}

/// The demo's temporary folder for its diary and settings; null (after saying why) when none
/// could be made.
std::unique_ptr<QTemporaryDir> makeDemoFolder()
{
    auto folder = std::make_unique<QTemporaryDir>();
    if (folder->isValid())
        return folder;
    MessageBox::inform(nullptr, QMessageBox::Critical,
        QApplication::translate("stilla::GuiApplication", "Stilla cannot start"),
        QApplication::translate("stilla::GuiApplication",
            "The demo needs a temporary folder and none could be made (%1). Check that "
            "the temporary folder is writable and has free space.")
            .arg(folder->errorString()));
    return nullptr;
}

/// Makes the data folder, or says in a message box why it cannot be made.
bool prepareDataFolder(const QString& dataDir)
{
    const Status prepared = AppPaths::prepareDataDir(dataDir);
    if (!prepared) {
        MessageBox::inform(nullptr, QMessageBox::Critical,
            QApplication::translate("stilla::GuiApplication", "Stilla cannot start"),
            prepared.errorMessage());
    }
    return prepared.ok();
}

/// The diary's integrity check runs while the window comes up; if it finds damage, the diary is
/// no longer written to and the user chooses what to do.
void offerRepairOnDamage(
    DiaryStore& diary, const QString& dataDir, const Clock& clock, MainWindow& window)
{
    QObject::connect(&diary.notifier(), &DiaryNotifier::damageFound, &window,
        [&diary, &dataDir, &clock, &window](const QString& damage) {
            DiaryOpener::repair(diary, dataDir, clock, damage, &window);
        });
}

/// The language to start in: the command line's, else the one chosen in Settings, else the
/// system's when Stilla speaks it.
QString startLanguage(const StartupOptions& options, const Settings& settings)
{
    QString language = options.language;
    if (language.isEmpty())
        language = settings.value(Settings::Key::Language).toString();
    if (!Language::isSupported(language))
        language = Language::fromLocale(QLocale::system());
    return language;
}

/// The base font and the appearance chosen in Settings (System, Light or Dark).
void applyAppearance(QApplication& app, const Settings& settings)
{
    Theme::applyBaseFont(app);
    Theme::apply(
        app, Theme::appearanceFromString(settings.value(Settings::Key::Appearance).toString()));
}

/// Says that a window is already open with this data folder (and that it was asked to come to
/// the front).
void sayAlreadyOpen(const SingleInstance& instance)
{
    if (!MessageBox::isUnattended())
        std::fprintf(stderr, "stilla: %s\n", qPrintable(instance.alreadyOpenMessage()));
    MessageBox::inform(nullptr, QMessageBox::Information,
        QApplication::translate("stilla::GuiApplication", "Stilla is already open"),
        instance.alreadyOpenMessage());
}

/// Ten years of the seeded demo diary and its blood tests.
void fillDemoDiary(DiaryStore& diary, const Clock& clock)
{
    const auto filled = diary.saveMany(
        DemoDiary::generate(clock.today(), kDemoYears, kDemoSeed), ConflictPolicy::Replace);
    if (!filled)
        qCWarning(lcApp) << "could not fill the demo diary:" << filled.errorMessage();
    for (const LabResult& result : DemoDiary::labResults(clock.today(), kDemoYears, kDemoSeed)) {
        if (const Status saved = diary.labs().save(result); !saved)
            qCWarning(lcApp) << "could not add a demo lab result:" << saved.errorMessage();
    }
}

/// The daily backup, made when due two seconds after the window is up.
std::unique_ptr<BackupManager> scheduleBackup(
    DiaryStore& diary, const QString& folder, const Clock& clock, QWidget& window)
{
    auto backups = std::make_unique<BackupManager>(diary, folder, clock);
    QTimer::singleShot(2000, &window, [manager = backups.get()] {
        if (const auto made = manager->runIfDue(); !made)
            qCWarning(lcApp) << "automatic backup failed:" << made.errorMessage();
    });
    return backups;
}

/// What waits for the window's first paint: the window icon and, made ready on a worker thread,
/// the food catalogue (not in the diagnostic run, which measures the window alone and would wait
/// for it at exit).
void watchFirstPaint(MainWindow& window, const QElapsedTimer& started,
    const StartupOptions& options, PreparedFoods& foods)
{
    auto* painted = new FirstPaintWatcher(&window, started, options.quitAfterFirstPaint,
        (options.quitAfterFirstPaint && options.verbose) || options.traceStartup);
    giveWindowIconAfterFirstPaint(*painted);
    if (!options.quitAfterFirstPaint)
        QObject::connect(
            painted, &FirstPaintWatcher::firstPaint, &window, [&foods] { foods.start(); });
}

} // namespace

void giveWindowIconAfterFirstPaint(FirstPaintWatcher& painted)
{
    QObject::connect(&painted, &FirstPaintWatcher::firstPaint, &painted,
        [] { QApplication::setWindowIcon(Icons::app()); });
}

int runGui(int argc, char* argv[])
{
    StartupTrace trace(false); // --trace-startup, and --quit-after-first-paint --verbose
    AppPaths::restrictNewFilesToOwner();

    StartupOptions options;
    if (const std::optional<int> exitCode = parseArguments(argc, argv, options))
        return *exitCode;
    trace.setEnabled(options.traceStartup);
    trace.step("main"); // the libraries are loaded and the arguments read

    if (!hasDisplay())
        return 1;
    QApplication app(argc, argv);
    trace.step("application");
    // Made while the diary opens, for the accessibility bridge that the window's first widgets
    // start (X11 and Wayland).
    const SessionBusPrefetch sessionBus(QGuiApplication::platformName());
    setUpApplication();
    // A demo keeps its diary and settings in a temporary folder, removed at exit.
    std::unique_ptr<QTemporaryDir> demoDir;
    if (options.demo && !(demoDir = makeDemoFolder()))
        return 1;
    Settings settings(
        demoDir ? demoDir->filePath(QStringLiteral("stilla.conf")) : AppPaths::settingsFile());
    if (demoDir)
        settings.takeDisplayPreferences(Settings(AppPaths::settingsFile()));
    Translators translators;
    translators.setLanguage(startLanguage(options, settings));
    trace.step("settings and language");

    const QString dataDir = demoDir ? demoDir->filePath(QStringLiteral("data"))
                                    : AppPaths::resolveDataDir(options.dataDir);
    if (!prepareDataFolder(dataDir))
        return 1;
    // One window per data folder, before anything (even the log) is written there.
    SingleInstance instance(dataDir);
    if (instance.start() == SingleInstance::Start::AlreadyOpen) {
        sayAlreadyOpen(instance);
        return kAlreadyOpen;
    }
    trace.step("single instance");
    auto log = LogSession::start({AppPaths::logDir(dataDir), options.verbose});
    if (!log)
        std::fprintf(stderr, "stilla: %s\n", qPrintable(log.errorMessage()));
    qCInfo(lcApp) << "Stilla" << version::kVersion << "starting; Qt" << qVersion();

    applyAppearance(app, settings);
    trace.step("log and appearance");

    SystemClock clock;
    std::unique_ptr<DiaryStore> diary
        = DiaryOpener::open(dataDir, clock, nullptr, instance.readOnlyReason());
    if (demoDir && diary)
        fillDemoDiary(*diary, clock);
    trace.step("diary");
    PreparedFoods foods;
    std::unique_ptr<DiaryUndo> undo = diary ? std::make_unique<DiaryUndo>(*diary) : nullptr;
    AppContext context {settings, translators, clock, dataDir,
        log ? log.value()->filePath() : QString(), diary.get(), undo.get(), options.demo, &foods};
    MainWindow window(context, options.page);
    trace.step("window");
    if (diary)
        offerRepairOnDamage(*diary, dataDir, clock, window);
    QObject::connect(
        &instance, &SingleInstance::activationRequested, &window, &MainWindow::bringToFront);
    watchFirstPaint(window, trace.started(), options, foods);
    window.show();
    trace.step("shown");
    // The diagnostic run measures the window alone, without the welcome message on top.
    if (!options.quitAfterFirstPaint)
        QTimer::singleShot(0, &window, &MainWindow::showFirstRunNotice);

    // A daily backup, once the window is up: it never delays the first paint.
    std::unique_ptr<BackupManager> backups;
    if (diary && !diary->isReadOnly() && !options.demo)
        backups = scheduleBackup(*diary, AppPaths::backupDir(dataDir), clock, window);
    const int code = app.exec();
    qCInfo(lcApp) << "Stilla exiting with code" << code;
    return code;
}

} // namespace stilla
