// How long the Charts page takes to build and draw the trend over ten years of daily data,
// offscreen (the target: under 100 ms). Measures only; asserts nothing.
#include "BenchMain.h"
#include "app/gui/charts/RelationshipChart.h"
#include "app/gui/charts/TrendChart.h"
#include "core/stats/Statistics.h"

#include <QApplication>
#include <QChartView>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

namespace {

using namespace stilla;

/// Ten years of days with realistic gaps (about one day in ten missing) and noise.
DailySeries tenYears()
{
    QRandomGenerator random(2026);
    std::vector<DayEntry> days;
    const QDate first(2016, 11, 25);
    for (QDate date = first; date <= QDate(2026, 11, 24); date = date.addDays(1)) {
        if (random.bounded(10) == 0)
            continue;
        DayEntry day;
        day.date = date;
        day.symptoms.severity = int(random.bounded(11));
        day.sleep.quality = 1 + int(random.bounded(5));
        day.foods.push_back({0, QStringLiteral("slv"), QStringLiteral("1"), QStringLiteral("x"),
            100, 100.0 + random.bounded(250)});
        if (random.bounded(3) != 0)
            day.supplements.push_back({0, SupplementForm::Citrate, 200, {}, Route::Oral});
        days.push_back(day);
    }
    return Statistics::daily(days, first, QDate(2026, 11, 24));
}

/// Shows @p view offscreen at 1000 x 500 and lets it lay out, so the chart is drawn at the size
/// of a real window, not the tiny default of a view never shown.
void showAtBenchSize(QChartView& view)
{
    view.resize(1000, 500);
    view.show();
    QCoreApplication::processEvents();
}

void BM_TrendChartTenYears(benchmark::State& state)
{
    const DailySeries series = tenYears();
    std::map<QDate, Severity> findings;
    for (std::size_t i = 0; i < series.days.size(); i += 40)
        findings[series.days[i].date] = Severity::Caution;
    auto* chart = new TrendChart;
    QChartView view(chart);
    showAtBenchSize(view);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        chart->setData(series, findings, state.range(0) != 0);
        QCoreApplication::sendPostedEvents(); // the panels' layouts, as the event loop runs them
        image.fill(Qt::white);
        QPainter painter(&image);
        view.render(&painter);
        benchmark::DoNotOptimize(image.bits());
        // What the app's event loop does next: delete the removed axes (deleteLater), which
        // would otherwise pile up hidden in the scene and slow every later build.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}
BENCHMARK(BM_TrendChartTenYears)->Arg(0)->Arg(1)->ArgName("average")->Unit(benchmark::kMillisecond);

/// The relationship view over ten years: every day a dot, the fitted line, drawn offscreen.
void BM_RelationshipChartTenYears(benchmark::State& state)
{
    const DailySeries series = tenYears();
    auto* chart = new RelationshipChart;
    QChartView view(chart);
    showAtBenchSize(view);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        const auto outcome = Statistics::Outcome::Severity;
        chart->setData(Statistics::datedPairs(series, 0, outcome),
            Statistics::relationship(series, 0, outcome));
        image.fill(Qt::white);
        QPainter painter(&image);
        view.render(&painter);
        benchmark::DoNotOptimize(image.bits());
        // What the app's event loop does next: delete the removed axes (deleteLater), which
        // would otherwise pile up hidden in the scene and slow every later build.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}
BENCHMARK(BM_RelationshipChartTenYears)->Unit(benchmark::kMillisecond);

/// The mouse over the relationship view over ten years: finding the dot under it and its text,
/// each time the mouse moves (positions across the plot, dot or no dot).
void BM_RelationshipHoverTenYears(benchmark::State& state)
{
    const DailySeries series = tenYears();
    auto* chart = new RelationshipChart;
    QChartView view(chart);
    showAtBenchSize(view);
    const auto outcome = Statistics::Outcome::Severity;
    chart->setData(
        Statistics::datedPairs(series, 0, outcome), Statistics::relationship(series, 0, outcome));
    QCoreApplication::sendPostedEvents();
    const QRectF plot = chart->plotArea();
    int step = 0;
    for (auto _ : state) {
        const QPointF at(plot.left() + plot.width() * double(step % 37) / 37,
            plot.top() + plot.height() * double(step % 11) / 11);
        benchmark::DoNotOptimize(chart->describeDotAt(at));
        ++step;
    }
}
BENCHMARK(BM_RelationshipHoverTenYears)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char* argv[])
{
    return stilla::bench::runBenchmarks<QApplication>(argc, argv, true);
}
