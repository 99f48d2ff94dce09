// How long the statistics take over ten years of daily diary data (the budget is 10 ms for
// everything the charts page needs). Run: build/<dir>/tests/bench/stats_bench
#include "BenchMain.h"
#include "core/stats/Statistics.h"
#include "core/stats/TDistribution.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <random>

namespace stilla {
namespace {

constexpr int kYears = 10;

/// Ten years of days with a fixed seed: about 1 day in 10 not logged, foods most days,
/// a supplement on about half of them, sleep times and a little of everything else.
std::vector<DayEntry> tenYears()
{
    std::mt19937 random(20240301);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> severity(0, 10);
    std::uniform_int_distribution<int> quality(1, 5);
    std::uniform_real_distribution<double> magnesium(5.0, 150.0);
    std::vector<DayEntry> days;
    const QDate first(2015, 1, 1);
    const QDate last = first.addYears(kYears).addDays(-1);
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        if (percent(random) < 10)
            continue;
        DayEntry day;
        day.date = date;
        if (percent(random) < 90)
            day.symptoms.severity = severity(random);
        if (percent(random) < 85) {
            day.sleep.quality = quality(random);
            day.sleep.timeIntoBed = QTime(22, percent(random) % 60);
            day.sleep.finalAwakening = QTime(6, percent(random) % 60);
            day.sleep.timeOutOfBed = QTime(7, 15);
            day.sleep.latencyMinutes = percent(random) % 40;
        }
        for (int i = percent(random) % 5; i > 0; --i)
            day.foods.push_back({0, QStringLiteral("slv"), QString::number(i),
                QStringLiteral("Food"), 100, magnesium(random)});
        if (percent(random) < 50)
            day.supplements.push_back({0, SupplementForm::Citrate, 200, QTime(21, 0), Route::Oral});
        days.push_back(std::move(day));
    }
    return days;
}

const std::vector<DayEntry>& data()
{
    static const std::vector<DayEntry> days = tenYears();
    return days;
}

std::vector<std::optional<double>> field(
    const DailySeries& series, std::optional<double> DailyPoint::*member)
{
    std::vector<std::optional<double>> values;
    values.reserve(series.days.size());
    for (const DailyPoint& point : series.days)
        values.push_back(point.*member);
    return values;
}

constexpr std::optional<double> DailyPoint::*kFields[]
    = {&DailyPoint::severity, &DailyPoint::sleepQuality, &DailyPoint::totalSleepMinutes,
        &DailyPoint::sleepEfficiency, &DailyPoint::magnesiumFoodMg,
        &DailyPoint::magnesiumSupplementMg, &DailyPoint::magnesiumTotalMg};

void BM_Daily(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(Statistics::daily(data(), {}, {}));
    state.SetItemsProcessed(state.iterations() * qint64(data().size()));
}
BENCHMARK(BM_Daily)->Unit(benchmark::kMillisecond);

void BM_MovingAverages(benchmark::State& state)
{
    const DailySeries series = Statistics::daily(data(), {}, {});
    for (auto _ : state) {
        for (const auto member : kFields)
            benchmark::DoNotOptimize(Statistics::movingAverage(field(series, member)));
    }
}
BENCHMARK(BM_MovingAverages)->Unit(benchmark::kMillisecond);

void BM_Relationships(benchmark::State& state)
{
    const DailySeries series = Statistics::daily(data(), {}, {});
    for (auto _ : state) {
        for (int lag = 0; lag <= Statistics::kMaxLagDays; ++lag) {
            benchmark::DoNotOptimize(Statistics::relationship(series, lag));
            benchmark::DoNotOptimize(
                Statistics::relationship(series, lag, Statistics::Outcome::SleepQuality));
        }
    }
}
BENCHMARK(BM_Relationships)->Unit(benchmark::kMillisecond);

void BM_Comparisons(benchmark::State& state)
{
    const DailySeries series = Statistics::daily(data(), {}, {});
    for (auto _ : state) {
        benchmark::DoNotOptimize(Statistics::compareSupplementDays(series));
        benchmark::DoNotOptimize(Statistics::compareBeforeAfter(series, QDate(2020, 1, 1)));
    }
}
BENCHMARK(BM_Comparisons)->Unit(benchmark::kMillisecond);

/// Everything the charts page shows, from the diary's days to the sentences.
void BM_AllStatistics(benchmark::State& state)
{
    for (auto _ : state) {
        const DailySeries series = Statistics::daily(data(), {}, {});
        for (const auto member : kFields)
            benchmark::DoNotOptimize(Statistics::movingAverage(field(series, member)));
        for (int lag = 0; lag <= Statistics::kMaxLagDays; ++lag) {
            for (const auto outcome :
                {Statistics::Outcome::Severity, Statistics::Outcome::SleepQuality}) {
                const auto relationship = Statistics::relationship(series, lag, outcome);
                benchmark::DoNotOptimize(Statistics::describe(relationship));
            }
        }
        const auto supplements = Statistics::compareSupplementDays(series);
        benchmark::DoNotOptimize(
            Statistics::describe(supplements, QStringLiteral("without"), QStringLiteral("with")));
        const auto periods = Statistics::compareBeforeAfter(series, QDate(2020, 1, 1));
        benchmark::DoNotOptimize(
            Statistics::describe(periods, QStringLiteral("before"), QStringLiteral("after")));
    }
}
BENCHMARK(BM_AllStatistics)->Unit(benchmark::kMillisecond);

void BM_TQuantile(benchmark::State& state)
{
    double df = 1.5;
    for (auto _ : state) {
        benchmark::DoNotOptimize(TDistribution::quantile(0.975, df));
        df = df < 5000 ? df * 1.7 : 1.5;
    }
}
BENCHMARK(BM_TQuantile)->Unit(benchmark::kMicrosecond);

} // namespace
} // namespace stilla

int main(int argc, char* argv[])
{
    return stilla::bench::runBenchmarks<QCoreApplication>(argc, argv);
}
