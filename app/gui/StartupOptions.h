#pragma once

#include "MainWindow.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace stilla {

/// What `stilla` was asked to do on its command line.
struct StartupOptions
{
    QString language; ///< "sv" or "en"; empty = remembered choice or system locale
    std::optional<MainWindow::PageId> page; ///< page to open instead of the last one
    QString dataDir; ///< --data-dir, empty when not given
    bool verbose = false;
    /// --demo: a made-up ten-year diary in a temporary folder, removed at exit; the user's
    /// diary and settings are never touched.
    bool demo = false;
    /// --quit-after-first-paint (diagnostic, for scripts/bench.sh): quit right after the main
    /// window's first paint; with --verbose, print the milliseconds it took to stderr.
    bool quitAfterFirstPaint = false;
    /// --trace-startup (diagnostic, for scripts/bench.sh): print to stderr when each
    /// step of the start-up ends, the first paint included (StartupTrace).
    bool traceStartup = false;

    enum class Outcome {
        Run, ///< start the GUI
        Exit, ///< --help or --version: print message to stdout, exit 0
        UsageError, ///< bad option: print message to stderr, exit 2
    };

    /// Parses @p arguments (program name first). Needs no QApplication, so --help and
    /// --version work without a display. @p message receives help, version or error text.
    static Outcome parse(const QStringList& arguments, StartupOptions& options, QString& message);
};

} // namespace stilla
