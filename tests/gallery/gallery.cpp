// The screenshot gallery: every page of the real main window over the ten-year demo diary, in
// English and Swedish, in the light, dark and system appearances, at 1366×768, 800×600 and
// 720×540 (the window Stilla first opens at on an 800×600 screen), as
// PNG files a person can look through (scripts/gallery.sh; docs/screenshots/gallery/). The
// diary is also shown whole ("diaryform": the form scrolled through, yesterday's entries, with
// an iron tablet taken at a time and a medicine without one) and
// with a problem being corrected (an impossible time, a large dose with
// kidney disease in the profile), the state whose texts were once unreadable.
//
//   gallery OUTPUT_FOLDER [SHOT...]     SHOT: guide diary problems diaryform labs foods charts
//                                             relationship compare settings
//                                       settings
#include "app/gui/AppContext.h"
#include "app/gui/KeyboardShortcutsDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Theme.h"
#include "app/gui/commands/DiaryUndo.h"
#include "app/gui/commands/SaveDayCommand.h"
#include "app/gui/diary/DayForm.h"
#include "app/gui/experiment/ExperimentDialog.h"
#include "app/gui/labs/LabResultsDialog.h"
#include "app/gui/pages/ChartsPage.h"
#include "app/gui/pages/DiaryPage.h"
#include "app/gui/report/ReportDialog.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/TimeField.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "core/demo/DemoDiary.h"
#include "core/diary/DiaryStore.h"
#include "core/safety/ProfileStore.h"

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace stilla;

namespace {

struct Shot
{
    const char* name;
    MainWindow::PageId page;
};

const Shot kShots[] = {
    {"guide", MainWindow::PageId::Guide}, {"diary", MainWindow::PageId::Diary},
    {"problems", MainWindow::PageId::Diary},
    {"diaryform", MainWindow::PageId::Diary}, // the whole form, top to bottom, at the page's width
    {"labs", MainWindow::PageId::Diary}, // the lab results dialog over the diary
    {"report", MainWindow::PageId::Diary}, // the report for the doctor, before it is made
    {"experiment", MainWindow::PageId::Diary}, // planning a self-experiment
    {"experimentrun", MainWindow::PageId::Diary}, // one in its fourth phase, with the result so far
    {"experimentday",
        MainWindow::PageId::Diary}, // today's page during it: the phase above the form
    {"foods", MainWindow::PageId::Foods}, {"charts", MainWindow::PageId::Charts},
    {"relationship", MainWindow::PageId::Charts}, // "Magnesium and symptoms", the last year
    {"compare", MainWindow::PageId::Charts}, // with and without supplements, the last year
    {"phases", MainWindow::PageId::Charts}, // the last three months, the experiment's phases shaded
    {"trendyear", MainWindow::PageId::Charts}, // the last year in weekly means, with their bands
    {"trendall", MainWindow::PageId::Charts}, // the whole diary in four-week means
    {"trendpoint", MainWindow::PageId::Charts}, // a day reached with the keyboard (End, Left)
    {"settings", MainWindow::PageId::Settings},
    {"reminders", MainWindow::PageId::Settings}, // the settings scrolled to the reminders
    {"shortcuts", MainWindow::PageId::Guide}, // Help ▸ Keyboard Shortcuts over the guide
    {"editmenu", MainWindow::PageId::Diary}, // Edit ▸ Undo naming a change to today
};

/// Types an impossible time and a 400 mg supplement into today's page.
void makeProblems(MainWindow& window)
{
    if (auto* outOfBed = window.findChild<TimeField*>(QStringLiteral("outOfBedField"))) {
        outOfBed->setFocus();
        outOfBed->selectAll();
        QTest::keyClicks(outOfBed, QStringLiteral("25:61"));
    }
    if (auto* add = window.findChild<QPushButton*>(QStringLiteral("addSupplementButton"))) {
        add->click();
        if (auto* dose = window.page(MainWindow::PageId::Diary)->findChild<QDoubleSpinBox*>())
            dose->setValue(400);
    }
    auto* diary = static_cast<DiaryPage*>(window.page(MainWindow::PageId::Diary));
    diary->saveNow();
    // As after "stay and correct" when leaving the day: the marked field in view.
    if (auto* form = window.findChild<DayForm*>())
        form->focusFirstError();
}

bool isShot(const Shot& shot, const char* name)
{
    return QLatin1String(shot.name) == QLatin1String(name);
}

/// The ten-year demo diary, the settings and the clock the pictures are taken over, and the
/// pictures themselves.
class Gallery
{
public:
    Gallery(QApplication& app, const QDir& out, const QStringList& wanted)
        : m_app(app)
        , m_out(out)
        , m_wanted(wanted)
        , m_clock(QDateTime(QDate(2026, 12, 3), QTime(8, 0)))
        , m_settings(m_dir.filePath(QStringLiteral("stilla.conf")))
    { }

    /// Fills the diary; false (after saying why) when it cannot be made.
    bool prepare();
    /// Takes every wanted picture in both languages, every appearance and both sizes; the
    /// number written, or -1 after a failure.
    int takeAll();

private:
    /// Yesterday's medicines, a self-experiment's days and kidney disease in the profile.
    void addDetails();
    bool take(const Shot& shot, const char* language, Appearance appearance, QSize size);
    /// Brings the page into the state the picture shows (a range, a view, a scrolled group).
    void arrange(MainWindow& window, const Shot& shot);
    /// The dialog or menu the picture shows over the window, made and shown; null for the
    /// window itself. @p owned keeps a dialog alive until the picture is taken.
    QWidget* overlay(MainWindow& window, const Shot& shot, const char* language, QSize size,
        DiaryUndo& undo, std::unique_ptr<QWidget>& owned);

    QApplication& m_app;
    QDir m_out;
    QStringList m_wanted;
    QTemporaryDir m_dir;
    FixedClock m_clock;
    Settings m_settings;
    Translators m_translators;
    std::unique_ptr<DiaryStore> m_store;
    ExperimentPlan m_running;
};

bool Gallery::prepare()
{
    m_settings.setValue(Settings::Key::FirstRunNoticeShown, true);
    auto opened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
    if (!opened.store) {
        std::fprintf(stderr, "gallery: %s\n", qPrintable(opened.message));
        return false;
    }
    m_store = std::move(opened.store);
    // Ten years up to yesterday: today's page is the one being filled in.
    if (const auto filled
        = m_store->saveMany(DemoDiary::generate(m_clock.today().addDays(-1), 10, 20261124),
            ConflictPolicy::Replace);
        !filled) {
        std::fprintf(stderr, "gallery: %s\n", qPrintable(filled.errorMessage()));
        return false;
    }
    for (const LabResult& result : DemoDiary::labResults(m_clock.today(), 10, 20261124))
        (void)m_store->labs().save(result);
    addDetails();
    return true;
}

void Gallery::addDetails()
{
    // Yesterday's medicines, one with the time it was taken (checked against the doses' times).
    if (auto yesterday = m_store->day(m_clock.today().addDays(-1)); yesterday && *yesterday) {
        DayEntry day = **yesterday;
        day.medications = {{0, QStringLiteral("Duroferon"), MedicationClass::OralIron, QTime(9, 0)},
            {0, QStringLiteral("Omeprazol"), MedicationClass::ProtonPumpInhibitor, std::nullopt}};
        (void)m_store->save(day);
    }
    // A self-experiment started 50 days ago (ABAB, 14 days, 3 left out), kept to: its days
    // have the planned dose on B days and none on A days. It is saved only for the shots that
    // show it.
    m_running.start = m_clock.today().addDays(-50);
    m_running.doseMg = 200;
    for (QDate date = m_running.start; date < m_clock.today(); date = date.addDays(1)) {
        auto stored = m_store->day(date);
        if (!stored || !*stored)
            continue;
        DayEntry day = **stored;
        day.supplements.clear();
        if (ExperimentSchedule::dayOf(m_running, date).arm == Arm::WithMagnesium)
            day.supplements.push_back({0, SupplementForm::Citrate, 200, QTime(20, 0), Route::Oral});
        (void)m_store->save(day);
    }
    ProfileStore profiles(m_settings);
    Profile profile = profiles.load();
    profile.conditions |= unsigned(Condition::KidneyDisease);
    profiles.save(profile);
}

int Gallery::takeAll()
{
    Theme::applyBaseFont(m_app);
    int written = 0;
    for (const char* language : {"en", "sv"}) {
        m_translators.setLanguage(QString::fromLatin1(language));
        for (Appearance appearance :
            {Appearance::Light, Appearance::Dark, Appearance::System, Appearance::HighContrast}) {
            Theme::apply(m_app, appearance);
            for (const QSize size : {QSize(1366, 768), QSize(800, 600), QSize(720, 540)}) {
                for (const Shot& shot : kShots) {
                    if (!m_wanted.isEmpty() && !m_wanted.contains(QLatin1String(shot.name)))
                        continue;
                    if (!take(shot, language, appearance, size))
                        return -1;
                    ++written;
                }
            }
        }
    }
    return written;
}

bool Gallery::take(const Shot& shot, const char* language, Appearance appearance, QSize size)
{
    const bool withExperiment
        = isShot(shot, "experimentrun") || isShot(shot, "experimentday") || isShot(shot, "phases");
    ExperimentPlan experimentPlan = m_running;
    if (withExperiment)
        (void)m_store->experiments().save(experimentPlan);
    DiaryUndo undo(*m_store);
    AppContext context {m_settings, m_translators, m_clock, m_dir.filePath(QStringLiteral("data")),
        QString(), m_store.get(), &undo};
    MainWindow window(context, shot.page);
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    arrange(window, shot);
    QTest::qWait(50);
    if (qEnvironmentVariableIsSet("GALLERY_SIZES")) {
        std::printf("%s window min %d\n", shot.name, window.minimumSizeHint().width());
        for (QWidget* w : window.findChildren<QWidget*>())
            if (w->isVisible() && w->minimumSizeHint().width() > 300)
                std::printf("  %s %s min %d\n", w->metaObject()->className(),
                    qPrintable(w->objectName()), w->minimumSizeHint().width());
    }
    const QString file = m_out.filePath(
        QStringLiteral("%1-%2-%3-%4x%5.png")
            .arg(QLatin1String(shot.name), QLatin1String(language), Theme::toString(appearance))
            .arg(size.width())
            .arg(size.height()));
    std::unique_ptr<QWidget> owned;
    QWidget* shown = overlay(window, shot, language, size, undo, owned);
    if (!shown)
        shown = &window;
    if (isShot(shot, "diaryform")) {
        // Yesterday, with its foods and supplements, scrolled through whole.
        auto* diary = static_cast<DiaryPage*>(window.page(shot.page));
        diary->showDate(m_clock.today().addDays(-1));
        QTest::qWait(50); // the day's food and dose rows are shown by their layout
        shown = window.findChild<QWidget*>(QStringLiteral("dayFormContent"));
    }
    if (shown == nullptr || !shown->grab().save(file)) {
        std::fprintf(stderr, "gallery: cannot write %s\n", qPrintable(file));
        return false;
    }
    // The problem day is not kept: the next shots show a clean today.
    window.close();
    if (isShot(shot, "problems"))
        (void)m_store->remove(m_clock.today());
    if (withExperiment)
        (void)m_store->experiments().remove(experimentPlan.id);
    return true;
}

void Gallery::arrange(MainWindow& window, const Shot& shot)
{
    if (isShot(shot, "problems"))
        makeProblems(window);
    if (isShot(shot, "reminders")) {
        auto* scroll = window.findChild<QScrollArea*>(QStringLiteral("settingsScrollArea"));
        if (auto* group = window.findChild<QWidget*>(QStringLiteral("reminderGroup")))
            scroll->ensureWidgetVisible(group, 0, 200);
    }
    if (shot.page != MainWindow::PageId::Charts)
        return;
    auto* charts = static_cast<ChartsPage*>(window.page(shot.page));
    if (isShot(shot, "phases")) {
        charts->setRange(ChartsPage::Range::ThreeMonths);
    } else if (isShot(shot, "trendyear")) {
        charts->setRange(ChartsPage::Range::Year);
    } else if (isShot(shot, "trendall")) {
        charts->setRange(ChartsPage::Range::All);
    } else if (isShot(shot, "trendpoint")) {
        QChartView* view = charts->currentChartView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End);
        QTest::keyClick(view, Qt::Key_Left);
    } else if (!isShot(shot, "charts")) {
        charts->setRange(ChartsPage::Range::Year);
        charts->showView(isShot(shot, "compare") ? ChartsPage::View::Comparison
                                                 : ChartsPage::View::Relationship);
    }
}

QWidget* Gallery::overlay(MainWindow& window, const Shot& shot, const char* language, QSize size,
    DiaryUndo& undo, std::unique_ptr<QWidget>& owned)
{
    if (isShot(shot, "labs")) {
        owned = std::make_unique<LabResultsDialog>(
            *m_store, undo, m_clock.today(), m_clock.today(), &window);
    } else if (isShot(shot, "experiment") || isShot(shot, "experimentrun")) {
        owned = std::make_unique<ExperimentDialog>(*m_store, undo, m_settings, m_clock, &window);
    } else if (isShot(shot, "report")) {
        owned = std::make_unique<ReportDialog>(
            *m_store, m_settings, m_clock, QLatin1String(language), &window);
        owned->resize(owned->sizeHint());
    } else if (isShot(shot, "shortcuts")) {
        owned = std::make_unique<KeyboardShortcutsDialog>(window.shortcutSections(), &window);
    } else if (isShot(shot, "editmenu")) {
        // A change to today, as typing saves it, then the Edit menu open.
        const std::optional<DayEntry> before = m_store->day(m_clock.today()).value();
        DayEntry after = before.value_or(DayEntry {});
        after.date = m_clock.today();
        after.symptoms.severity = 3;
        (void)undo.push(new SaveDayCommand(*m_store, m_clock, before, after));
        QMenu* edit = window.menuBar()->actions().at(1)->menu();
        edit->popup(window.mapToGlobal(QPoint(60, 0)));
        QTest::qWait(50);
        return edit;
    }
    if (!owned)
        return nullptr;
    owned->resize(owned->size().boundedTo(size - QSize(40, 40)));
    owned->show();
    QTest::qWait(50);
    return owned.get();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    MessageBox::setUnattended(true); // leaving the problem day asks; nobody is there to answer
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fputs(
            "usage: gallery OUTPUT_FOLDER "
            "[guide|diary|problems|diaryform|labs|experiment|experimentrun|experimentday|foods|"
            "charts|"
            "relationship|phases|trendyear|trendall|trendpoint|reminders|"
            "compare|"
            "settings...]\n",
            stderr);
        return 2;
    }
    const QDir out(arguments.first());
    QDir().mkpath(out.path());
    Gallery gallery(app, out, arguments.mid(1));
    if (!gallery.prepare())
        return 1;
    const int written = gallery.takeAll();
    if (written < 0)
        return 1;
    std::printf("gallery: %d pictures in %s\n", written, qPrintable(out.path()));
    return 0;
}
