// The screenshot gallery: every page of the real main window over the ten-year demo diary, in
// English and Swedish, in the light, dark and system appearances, at 1366×768 and 800×600, as
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
    const QStringList wanted = arguments.mid(1);

    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 12, 3), QTime(8, 0)));
    Settings settings(dir.filePath(QStringLiteral("stilla.conf")));
    settings.setValue(Settings::Key::FirstRunNoticeShown, true);
    auto opened = DiaryStore::open(dir.filePath(QStringLiteral("diary.sqlite")));
    if (!opened.store) {
        std::fprintf(stderr, "gallery: %s\n", qPrintable(opened.message));
        return 1;
    }
    // Ten years up to yesterday: today's page is the one being filled in.
    if (const auto filled = opened.store->saveMany(
            DemoDiary::generate(clock.today().addDays(-1), 10, 20261124), ConflictPolicy::Replace);
        !filled) {
        std::fprintf(stderr, "gallery: %s\n", qPrintable(filled.errorMessage()));
        return 1;
    }
    for (const LabResult& result : DemoDiary::labResults(clock.today(), 10, 20261124))
        (void)opened.store->saveLabResult(result);
    // Yesterday's medicines, one with the time it was taken (checked against the doses' times).
    if (auto yesterday = opened.store->day(clock.today().addDays(-1)); yesterday && *yesterday) {
        DayEntry day = **yesterday;
        day.medications = {{0, QStringLiteral("Duroferon"), MedicationClass::OralIron, QTime(9, 0)},
            {0, QStringLiteral("Omeprazol"), MedicationClass::ProtonPumpInhibitor, std::nullopt}};
        (void)opened.store->save(day);
    }
    // A self-experiment started 50 days ago (ABAB, 14 days, 3 left out), kept to: its days
    // have the planned dose on B days and none on A days. It is saved only for the shots that
    // show it.
    ExperimentPlan running;
    running.start = clock.today().addDays(-50);
    running.doseMg = 200;
    for (QDate date = running.start; date < clock.today(); date = date.addDays(1)) {
        auto stored = opened.store->day(date);
        if (!stored || !*stored)
            continue;
        DayEntry day = **stored;
        day.supplements.clear();
        if (ExperimentSchedule::dayOf(running, date).arm == Arm::WithMagnesium)
            day.supplements.push_back({0, SupplementForm::Citrate, 200, QTime(20, 0), Route::Oral});
        (void)opened.store->save(day);
    }
    {
        ProfileStore profiles(settings);
        Profile profile = profiles.load();
        profile.conditions |= unsigned(Condition::KidneyDisease);
        profiles.save(profile);
    }
    Theme::applyBaseFont(app);
    Translators translators;
    int written = 0;
    for (const char* language : {"en", "sv"}) {
        translators.setLanguage(QString::fromLatin1(language));
        for (Appearance appearance :
            {Appearance::Light, Appearance::Dark, Appearance::System, Appearance::HighContrast}) {
            Theme::apply(app, appearance);
            for (const QSize size : {QSize(1366, 768), QSize(800, 600)}) {
                for (const Shot& shot : kShots) {
                    if (!wanted.isEmpty() && !wanted.contains(QLatin1String(shot.name)))
                        continue;
                    const bool withExperiment
                        = QLatin1String(shot.name) == QLatin1String("experimentrun")
                        || QLatin1String(shot.name) == QLatin1String("experimentday")
                        || QLatin1String(shot.name) == QLatin1String("phases");
                    ExperimentPlan experimentPlan = running;
                    if (withExperiment)
                        (void)opened.store->saveExperiment(experimentPlan);
                    DiaryUndo undo(*opened.store);
                    AppContext context {settings, translators, clock,
                        dir.filePath(QStringLiteral("data")), QString(), opened.store.get(), &undo};
                    MainWindow window(context, shot.page);
                    window.resize(size);
                    window.show();
                    if (!QTest::qWaitForWindowExposed(&window))
                        return 1;
                    if (QLatin1String(shot.name) == QLatin1String("problems"))
                        makeProblems(window);
                    auto* charts = shot.page == MainWindow::PageId::Charts
                        ? static_cast<ChartsPage*>(window.page(shot.page))
                        : nullptr;
                    if (charts && QLatin1String(shot.name) == QLatin1String("phases")) {
                        charts->setRange(ChartsPage::Range::ThreeMonths);
                    } else if (charts && QLatin1String(shot.name) == QLatin1String("trendyear")) {
                        charts->setRange(ChartsPage::Range::Year);
                    } else if (charts && QLatin1String(shot.name) == QLatin1String("trendall")) {
                        charts->setRange(ChartsPage::Range::All);
                    } else if (charts && QLatin1String(shot.name) == QLatin1String("trendpoint")) {
                        QChartView* view = charts->currentChartView();
                        view->setFocus();
                        QTest::keyClick(view, Qt::Key_End);
                        QTest::keyClick(view, Qt::Key_Left);
                    } else if (charts && QLatin1String(shot.name) != QLatin1String("charts")) {
                        charts->setRange(ChartsPage::Range::Year);
                        charts->showView(QLatin1String(shot.name) == QLatin1String("compare")
                                ? ChartsPage::View::Comparison
                                : ChartsPage::View::Relationship);
                    }
                    if (QLatin1String(shot.name) == QLatin1String("reminders")) {
                        auto* scroll
                            = window.findChild<QScrollArea*>(QStringLiteral("settingsScrollArea"));
                        if (auto* group
                            = window.findChild<QWidget*>(QStringLiteral("reminderGroup")))
                            scroll->ensureWidgetVisible(group, 0, 200);
                    }
                    QTest::qWait(50);
                    if (qEnvironmentVariableIsSet("GALLERY_SIZES")) {
                        std::printf(
                            "%s window min %d\n", shot.name, window.minimumSizeHint().width());
                        for (QWidget* w : window.findChildren<QWidget*>())
                            if (w->isVisible() && w->minimumSizeHint().width() > 300)
                                std::printf("  %s %s min %d\n", w->metaObject()->className(),
                                    qPrintable(w->objectName()), w->minimumSizeHint().width());
                    }
                    const QString file
                        = out.filePath(QStringLiteral("%1-%2-%3-%4x%5.png")
                                           .arg(QLatin1String(shot.name), QLatin1String(language),
                                               Theme::toString(appearance))
                                           .arg(size.width())
                                           .arg(size.height()));
                    QWidget* shown = &window;
                    std::unique_ptr<LabResultsDialog> labs;
                    if (QLatin1String(shot.name) == QLatin1String("labs")) {
                        labs = std::make_unique<LabResultsDialog>(
                            *opened.store, undo, clock.today(), clock.today(), &window);
                        labs->resize(labs->size().boundedTo(size - QSize(40, 40)));
                        labs->show();
                        QTest::qWait(50);
                        shown = labs.get();
                    }
                    std::unique_ptr<ExperimentDialog> experiment;
                    if (QLatin1String(shot.name) == QLatin1String("experiment")
                        || QLatin1String(shot.name) == QLatin1String("experimentrun")) {
                        experiment = std::make_unique<ExperimentDialog>(
                            *opened.store, undo, settings, clock, &window);
                        experiment->resize(experiment->size().boundedTo(size - QSize(40, 40)));
                        experiment->show();
                        QTest::qWait(50);
                        shown = experiment.get();
                    }
                    std::unique_ptr<ReportDialog> report;
                    if (QLatin1String(shot.name) == QLatin1String("report")) {
                        report = std::make_unique<ReportDialog>(
                            *opened.store, settings, clock, QLatin1String(language), &window);
                        report->resize(report->sizeHint().boundedTo(size - QSize(40, 40)));
                        report->show();
                        QTest::qWait(50);
                        shown = report.get();
                    }
                    std::unique_ptr<KeyboardShortcutsDialog> shortcuts;
                    if (QLatin1String(shot.name) == QLatin1String("shortcuts")) {
                        shortcuts = std::make_unique<KeyboardShortcutsDialog>(
                            window.shortcutSections(), &window);
                        shortcuts->resize(shortcuts->size().boundedTo(size - QSize(40, 40)));
                        shortcuts->show();
                        QTest::qWait(50);
                        shown = shortcuts.get();
                    }
                    if (QLatin1String(shot.name) == QLatin1String("editmenu")) {
                        // A change to today, as typing saves it, then the Edit menu open.
                        const std::optional<DayEntry> before
                            = opened.store->day(clock.today()).value();
                        DayEntry after = before.value_or(DayEntry {});
                        after.date = clock.today();
                        after.symptoms.severity = 3;
                        (void)undo.push(new SaveDayCommand(*opened.store, clock, before, after,
                            QCoreApplication::translate("stilla::DiaryPage", "Changes to %1")
                                .arg(QLocale().toString(clock.today(), QLocale::ShortFormat))));
                        QMenu* edit = window.menuBar()->actions().at(1)->menu();
                        edit->popup(window.mapToGlobal(QPoint(60, 0)));
                        QTest::qWait(50);
                        shown = edit;
                    }
                    if (QLatin1String(shot.name) == QLatin1String("diaryform")) {
                        // Yesterday, with its foods and supplements, scrolled through whole.
                        auto* diary = static_cast<DiaryPage*>(window.page(shot.page));
                        diary->showDate(clock.today().addDays(-1));
                        QTest::qWait(50); // the day's food and dose rows are shown by their layout
                        shown = window.findChild<QWidget*>(QStringLiteral("dayFormContent"));
                    }
                    if (shown == nullptr || !shown->grab().save(file)) {
                        std::fprintf(stderr, "gallery: cannot write %s\n", qPrintable(file));
                        return 1;
                    }
                    ++written;
                    // The problem day is not kept: the next shots show a clean today.
                    window.close();
                    if (QLatin1String(shot.name) == QLatin1String("problems"))
                        (void)opened.store->remove(clock.today());
                    if (withExperiment)
                        (void)opened.store->removeExperiment(experimentPlan.id);
                }
            }
        }
    }
    std::printf("gallery: %d pictures in %s\n", written, qPrintable(out.path()));
    return 0;
}
