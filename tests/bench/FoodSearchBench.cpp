// Google Benchmark for the food search: every prefix (1 to 12 characters) of realistic
// queries in both languages, as typed into the food picker, over the whole catalogue.
//
//   build/<dir>/tests/food_search_bench
//
// BM_TypingEveryPrefix reports the mean per query; BM_QueryDistribution reports, as counters,
// the median and the worst case over all the queries (each query's time being the best of a
// few runs, so a scheduler hiccup does not count as the search's worst case). Nothing here
// asserts a time.
#include "BenchMain.h"
#include "core/foods/FoodCatalogue.h"
#include "core/foods/FoodSearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <limits>
#include <memory>

namespace {

using namespace stilla;

struct Fixture
{
    FoodCatalogue catalogue;
    std::unique_ptr<FoodSearch> search;
    std::vector<std::pair<QString, QString>> queries; // text, language
};

const Fixture& fixture()
{
    static const Fixture* loaded = [] {
        auto catalogue = FoodCatalogue::load();
        if (!catalogue) {
            std::fprintf(stderr, "%s\n", qPrintable(catalogue.errorMessage()));
            std::exit(1);
        }
        auto* f = new Fixture {std::move(catalogue).value(), nullptr, {}};
        f->search = std::make_unique<FoodSearch>(f->catalogue);
        const char* swedish[] = {"spenat", "grönkål", "pumpafrön", "rå spenat", "linser kokta",
            "bananer", "yoghurt", "mandlar", "makrill", "tonfisk", "avokado", "lättmjölk",
            "havregryn", "kyckling", "potatis", "knäckebröd", "mörk choklad", "ägg", "ost",
            "kidneybönor", "filmjölk", "rågbröd", "lax", "solrosfrö", "gronkal", "spinat"};
        const char* english[]
            = {"spinach", "kale", "pumpkin seeds", "spinach raw", "lentils", "bananas", "yogurt",
                "almonds", "mackerel", "tuna", "avocado", "skim milk", "oatmeal", "chicken breast",
                "potato", "whole wheat bread", "dark chocolate", "egg", "cheddar", "black beans",
                "brown rice", "salmon", "sunflower", "spinch", "cashews", "broccoli raw"};
        const auto addPrefixes = [f](const char* text, const char* language) {
            const QString full = QString::fromUtf8(text);
            for (qsizetype n = 1; n <= std::min<qsizetype>(full.size(), 12); ++n)
                f->queries.emplace_back(full.left(n), QLatin1String(language));
        };
        for (const char* text : swedish)
            addPrefixes(text, "sv");
        for (const char* text : english)
            addPrefixes(text, "en");
        return f;
    }();
    return *loaded;
}

void BM_BuildIndex(benchmark::State& state)
{
    const Fixture& f = fixture();
    for (auto _ : state) {
        FoodSearch search(f.catalogue);
        benchmark::DoNotOptimize(&search);
    }
}
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond);

void BM_LoadCatalogue(benchmark::State& state)
{
    for (auto _ : state) {
        auto catalogue = FoodCatalogue::load();
        benchmark::DoNotOptimize(catalogue.ok());
    }
}
BENCHMARK(BM_LoadCatalogue)->Unit(benchmark::kMillisecond);

void BM_TypingEveryPrefix(benchmark::State& state)
{
    const Fixture& f = fixture();
    std::size_t i = 0;
    FoodQuery query;
    for (auto _ : state) {
        const auto& [text, language] = f.queries[i++ % f.queries.size()];
        query.text = text;
        query.language = language;
        auto matches = f.search->search(query);
        benchmark::DoNotOptimize(matches.data());
    }
    state.counters["queries"] = double(f.queries.size());
}
BENCHMARK(BM_TypingEveryPrefix)->Unit(benchmark::kMicrosecond);

void BM_QueryDistribution(benchmark::State& state)
{
    const Fixture& f = fixture();
    constexpr int kRuns = 5;
    std::vector<double> times;
    for (auto _ : state) {
        times.clear();
        for (const auto& [text, language] : f.queries) {
            FoodQuery query;
            query.text = text;
            query.language = language;
            qint64 best = std::numeric_limits<qint64>::max();
            for (int run = 0; run < kRuns; ++run) {
                QElapsedTimer timer;
                timer.start();
                auto matches = f.search->search(query);
                benchmark::DoNotOptimize(matches.data());
                best = std::min(best, timer.nsecsElapsed());
            }
            times.push_back(double(best) / 1000.0);
        }
    }
    std::sort(times.begin(), times.end());
    state.counters["queries"] = double(times.size());
    state.counters["median_us"] = times[times.size() / 2];
    state.counters["p95_us"] = times[times.size() * 95 / 100];
    state.counters["worst_us"] = times.back();
}
BENCHMARK(BM_QueryDistribution)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char* argv[])
{
    return stilla::bench::runBenchmarks<QCoreApplication>(argc, argv);
}
