#pragma once

// The main of every benchmark program: the Qt application the benchmarks need (App:
// QCoreApplication, or QApplication for widgets, then on the offscreen platform), then Google
// Benchmark with its own command line (--benchmark_filter, --benchmark_repetitions, ...).
#include <QByteArray>
#include <QtGlobal>

#include <benchmark/benchmark.h>

namespace stilla::bench {

template<typename App> int runBenchmarks(int argc, char** argv, bool offscreen = false)
{
    if (offscreen)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    App app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace stilla::bench
