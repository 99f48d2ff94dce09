// Storage over the ten-year demo diary (core/demo/DemoDiary): open, save one day (WAL,
// synchronous=FULL, on the disk the temporary folder is on), read every day, export and import
// CSV.
// Targets from issue 9: save < 20 ms median, open < 50 ms, import < 1 s, export < 0.5 s.
// Run: build/<dir>/tests/bench/storage_bench
#include "BenchMain.h"
#include "core/demo/DemoDiary.h"
#include "core/diary/DiaryStore.h"
#include "core/io/DiaryIo.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <memory>

namespace stilla {
namespace {

const QDate kLastDay(2026, 11, 24);
constexpr quint32 kSeed = 20261124;

/// A temporary folder holding the ten-year diary, made once for all benchmarks.
class TenYearDiary
{
public:
    TenYearDiary()
        : m_days(DemoDiary::generate(kLastDay, 10, kSeed))
    {
        auto opened = DiaryStore::open(path());
        if (!opened.store)
            qFatal("storage_bench: could not open %s: %s", qPrintable(path()),
                qPrintable(opened.message));
        if (const auto saved = opened.store->saveMany(m_days, ConflictPolicy::Fail); !saved)
            qFatal("storage_bench: could not write the ten-year diary: %s",
                qPrintable(saved.errorMessage()));
        m_csv = DiaryIo::serialize(DiaryFormat::Csv, m_days);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("diary.sqlite")); }
    /// The diary opened for one benchmark; null, and the benchmark skipped, when it cannot be.
    std::unique_ptr<DiaryStore> open(benchmark::State& state) const
    {
        auto opened = DiaryStore::open(path());
        if (!opened.store)
            state.SkipWithError("open failed");
        return std::move(opened.store);
    }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    const std::vector<DayEntry>& days() const { return m_days; }
    const QByteArray& csv() const { return m_csv; }

    static TenYearDiary& instance()
    {
        static TenYearDiary diary;
        return diary;
    }

private:
    QTemporaryDir m_dir;
    std::vector<DayEntry> m_days;
    QByteArray m_csv;
};

void BM_OpenTenYears(benchmark::State& state)
{
    const TenYearDiary& diary = TenYearDiary::instance();
    for (auto _ : state) {
        auto opened = DiaryStore::open(diary.path());
        if (!opened.store)
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(opened.store.get());
    }
}
BENCHMARK(BM_OpenTenYears)->Unit(benchmark::kMillisecond);

void BM_SaveOneDay(benchmark::State& state)
{
    const TenYearDiary& diary = TenYearDiary::instance();
    const std::unique_ptr<DiaryStore> store = diary.open(state);
    if (!store)
        return;
    DayEntry day = diary.days().back();
    int round = 0;
    for (auto _ : state) {
        day.notes = QStringLiteral("Saved %1 times").arg(++round);
        const auto saved = store->save(day);
        if (!saved)
            state.SkipWithError("save failed");
    }
}
BENCHMARK(BM_SaveOneDay)->Unit(benchmark::kMillisecond);

/// Reading every day back (what the charts' day cache and an export read first).
void BM_ReadTenYears(benchmark::State& state)
{
    const TenYearDiary& diary = TenYearDiary::instance();
    const std::unique_ptr<DiaryStore> store = diary.open(state);
    if (!store)
        return;
    for (auto _ : state) {
        const auto days = store->days(QDate(), QDate());
        if (!days || days.value().size() != diary.days().size()) {
            state.SkipWithError("read failed");
            break;
        }
        benchmark::DoNotOptimize(days.value().data());
    }
}
BENCHMARK(BM_ReadTenYears)->Unit(benchmark::kMillisecond);

void BM_ExportCsvTenYears(benchmark::State& state)
{
    const TenYearDiary& diary = TenYearDiary::instance();
    const std::unique_ptr<DiaryStore> store = diary.open(state);
    if (!store)
        return;
    const QString target = diary.file(QStringLiteral("export.csv"));
    for (auto _ : state) {
        const auto days = store->days(QDate(), QDate());
        if (!days || !DiaryIo::exportFile(target, DiaryFormat::Csv, days.value()))
            state.SkipWithError("export failed");
    }
}
BENCHMARK(BM_ExportCsvTenYears)->Unit(benchmark::kMillisecond);

void BM_ImportCsvTenYears(benchmark::State& state)
{
    const TenYearDiary& diary = TenYearDiary::instance();
    static int round = 0; // one new file per import, across repetitions too
    for (auto _ : state) {
        // Each import goes into a new, empty diary, as a newcomer's first import would.
        state.PauseTiming();
        auto opened = DiaryStore::open(diary.file(QStringLiteral("import-%1.sqlite").arg(++round)));
        state.ResumeTiming();
        if (!opened.store) {
            state.SkipWithError("open failed");
            break;
        }
        const ImportReport report = DiaryIo::parse(DiaryFormat::Csv, diary.csv());
        if (!opened.store->saveMany(report.days, ConflictPolicy::Fail)) {
            state.SkipWithError("import failed");
            break;
        }
    }
}
BENCHMARK(BM_ImportCsvTenYears)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace stilla

int main(int argc, char* argv[])
{
    return stilla::bench::runBenchmarks<QCoreApplication>(argc, argv);
}
