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
