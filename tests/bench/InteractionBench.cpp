// What a person waits for in the window with ten years of diary (issue 9: each at most 100 ms
// at the 95th percentile): switching page (first visit and later), changing the day, changing
// the chart range, typing a letter in the food search, opening the relationship view.
//
// Each sample is one real input event sent through QApplication (QTest key and mouse events
// on the real widgets of a real MainWindow, offscreen), timed until every event it caused has
// been handled, the window's layout and repaint included. Reports p50/p95/max per interaction.
// Measures only; asserts nothing. Run: build/release/tests/bench/interaction_bench
#include "BenchMain.h"
#include "app/gui/AppContext.h"
#include "app/gui/MainWindow.h"
#include "app/gui/commands/DiaryUndo.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "core/demo/DemoDiary.h"
#include "core/diary/DiaryStore.h"
#include "core/foods/PreparedFoods.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <functional>
#include <memory>

namespace stilla {
namespace {

using PageId = MainWindow::PageId;

const QDate kLastDay(2026, 11, 24);
constexpr quint32 kSeed = 20261124;
// STILLA_BENCH_SAMPLES sets fewer samples, for a run under callgrind.
const int kSamples = qEnvironmentVariableIntValue("STILLA_BENCH_SAMPLES") > 0
    ? qEnvironmentVariableIntValue("STILLA_BENCH_SAMPLES")
    : 60;
const int kFirstVisitSamples = std::min(kSamples, 15);

/// Throw-away settings and the ten-year demo diary, made once for every benchmark.
class Session
{
public:
    Session()
        : m_settings(m_dir.filePath(QStringLiteral("stilla.conf")))
        , m_clock(QDateTime(kLastDay, QTime(21, 0)))
    {
        m_translators.setLanguage(QStringLiteral("en"));
        auto opened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
        if (!opened.store)
            qFatal("interaction_bench: %s", qPrintable(opened.message));
        m_diary = std::move(opened.store);
        const auto saved
            = m_diary->saveMany(DemoDiary::generate(kLastDay, 10, kSeed), ConflictPolicy::Fail);
        if (!saved)
            qFatal("interaction_bench: %s", qPrintable(saved.errorMessage()));
        m_undo = std::make_unique<DiaryUndo>(*m_diary);
        m_context = std::make_unique<AppContext>(AppContext {m_settings, m_translators, m_clock,
            m_dir.filePath(QStringLiteral("data")), QString(), m_diary.get(), m_undo.get()});
    }

    static Session& instance()
    {
        static Session session;
        return session;
    }

    /// A new window on @p page, shown and painted, the size Stilla opens at the first time.
    /// As in Stilla, the food catalogue starts loading on a worker once the window is painted.
    std::unique_ptr<MainWindow> window(PageId page)
    {
        m_foods = std::make_unique<PreparedFoods>();
        m_context->foods = m_foods.get();
        auto window = std::make_unique<MainWindow>(*m_context, page);
        window->resize(1180, 780);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("interaction_bench: the window was not shown");
        settle();
        m_foods->start();
        return window;
    }

    /// Handles everything the last event caused, as the app's event loop does on its return:
    /// posted events, layouts, the repaint, and the objects left to deleteLater() (a chart's
    /// removed axes: kept, they piled up hidden in the scene and slowed every later paint,
    /// which the app never sees).
    static void settle()
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private:
    QTemporaryDir m_dir;
    Settings m_settings;
    Translators m_translators;
    FixedClock m_clock;
    std::unique_ptr<DiaryStore> m_diary;
    std::unique_ptr<DiaryUndo> m_undo;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<PreparedFoods> m_foods;
};

/// Times @p act (one interaction) once per iteration, settled, and reports percentiles.
void measure(benchmark::State& state, const std::function<void()>& act,
    const std::function<void()>& before = {})
{
    std::vector<double> samples;
    for (auto _ : state) {
        if (before)
            before(); // not timed
        QElapsedTimer timer;
        timer.start();
        act();
        Session::settle();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        samples.push_back(seconds * 1000);
    }
    std::sort(samples.begin(), samples.end());
    auto at = [&samples](double fraction) {
        const std::size_t index = std::min(
            samples.size() - 1, std::size_t(fraction * double(samples.size() - 1) + 0.5));
        return samples[index];
    };
    state.counters["p50_ms"] = at(0.50);
    state.counters["p95_ms"] = at(0.95);
    state.counters["max_ms"] = samples.back();
}

/// Every interaction: a fixed number of samples, each timed by measure(), in milliseconds.
void timedSamples(benchmark::internal::Benchmark* run)
{
    run->Iterations(kSamples)->UseManualTime()->Unit(benchmark::kMillisecond);
}

/// A widget of the window the benchmark cannot do without.
template<typename T> T* widget(QWidget* window, const char* name)
{
    auto* found = window->findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("interaction_bench: the window has no %s", name);
    return found;
}

void pressShortcut(QWidget* window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(window, key, modifiers);
}

/// Ctrl+2 (diary) and Ctrl+4 (charts) in turn, both pages built already.
void BM_SwitchPage(benchmark::State& state)
{
    auto window = Session::instance().window(PageId::Diary);
    window->showPage(PageId::Charts);
    window->showPage(PageId::Foods);
    window->showPage(PageId::Diary);
    Session::settle();
    bool toCharts = true;
    measure(state, [&] {
        pressShortcut(window.get(), toCharts ? Qt::Key_4 : Qt::Key_2, Qt::ControlModifier);
        toCharts = !toCharts;
    });
}
BENCHMARK(BM_SwitchPage)->Apply(timedSamples);

/// The first visit of a page: it is built, then filled from ten years of diary (charts) or the
/// food catalogue (foods). A new window for each sample, not timed.
void BM_FirstVisit(benchmark::State& state)
{
    const auto page = static_cast<PageId>(state.range(0));
    state.SetLabel(MainWindow::pageName(page).toStdString());
    const Qt::Key key
        = page == PageId::Settings ? Qt::Key_Comma : static_cast<Qt::Key>(Qt::Key_1 + int(page));
    std::unique_ptr<MainWindow> window;
    measure(
        state, [&] { pressShortcut(window.get(), key, Qt::ControlModifier); },
        [&] {
            window.reset();
            window = Session::instance().window(PageId::Diary);
        });
}
BENCHMARK(BM_FirstVisit)
    ->Arg(int(PageId::Guide))
    ->Arg(int(PageId::Foods))
    ->Arg(int(PageId::Charts))
    ->Arg(int(PageId::Settings))
    ->ArgName("page")
    ->Iterations(kFirstVisitSamples)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/// Alt+Left on the diary: the previous day is loaded, with its findings and calendar marks.
void BM_ChangeDay(benchmark::State& state)
{
    auto window = Session::instance().window(PageId::Diary);
    int steps = 0;
    measure(state, [&] {
        // Back through the days, forward again now and then, as a person browsing does.
        const bool back = (steps++ % 10) < 7;
        pressShortcut(window.get(), back ? Qt::Key_Left : Qt::Key_Right, Qt::AltModifier);
    });
}
BENCHMARK(BM_ChangeDay)->Apply(timedSamples);

/// The range list on the charts page, stepped with the arrow keys through every preset up to
/// "all ten years" and back.
void BM_ChangeChartRange(benchmark::State& state)
{
    auto window = Session::instance().window(PageId::Charts);
    auto* combo = widget<QComboBox>(window.get(), "rangeComboBox");
    combo->setFocus();
    const int presets = 5; // two weeks .. all; "custom" is last and opens date fields
    bool down = true;
    measure(state, [&] {
        if (combo->currentIndex() >= presets - 1)
            down = false;
        else if (combo->currentIndex() <= 0)
            down = true;
        QTest::keyClick(combo, down ? Qt::Key_Down : Qt::Key_Up);
    });
}
BENCHMARK(BM_ChangeChartRange)->Apply(timedSamples);

/// One letter typed into the food search, which searches all 10,383 foods as you type; the
/// words are typed letter by letter and then erased.
void BM_TypeInFoodSearch(benchmark::State& state)
{
    auto window = Session::instance().window(PageId::Foods);
    auto* edit = widget<QLineEdit>(window.get(), "foodSearchEdit");
    edit->setFocus();
    const QString words = QStringLiteral("pumpkin seeds|spenat|almonds|havregryn|dark choc");
    const QStringList list = words.split(u'|');
    int word = 0;
    int letter = 0;
    bool erasing = false;
    measure(state, [&] {
        const QString& current = list[word % list.size()];
        if (!erasing) {
            QTest::keyClick(edit, current.at(letter).toLatin1());
            if (++letter == current.size())
                erasing = true;
        } else {
            QTest::keyClick(edit, Qt::Key_Backspace);
            if (--letter == 0) {
                erasing = false;
                ++word;
            }
        }
    });
}
BENCHMARK(BM_TypeInFoodSearch)->Apply(timedSamples);

/// A click on the "Magnesium and symptoms" tab (scatter plot, fit, correlations over all ten
/// years), then on the trend tab again.
void BM_OpenRelationshipView(benchmark::State& state)
{
    auto window = Session::instance().window(PageId::Charts);
    auto* tabs = widget<QTabWidget>(window.get(), "chartTabs");
    auto* range = widget<QComboBox>(window.get(), "rangeComboBox");
    range->setCurrentIndex(4); // all ten years
    Session::settle();
    QTabBar* bar = tabs->tabBar();
    int target = 1;
    measure(state, [&] {
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(target).center());
        target = target == 1 ? 0 : 1;
    });
}
BENCHMARK(BM_OpenRelationshipView)->Apply(timedSamples);

} // namespace
} // namespace stilla

int main(int argc, char* argv[])
{
    return stilla::bench::runBenchmarks<QApplication>(argc, argv, true);
}
