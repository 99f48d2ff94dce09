#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QTextStream;

namespace stilla {

namespace cli {
class Command;
}

/// stilla-cli: the global options, then one command with its own options. Cli is only the
/// registry: each command is a cli::Command in its own file (app/cli/*Command), run with a
/// cli::Context that gives it the streams, the clock, the data folder and the diary.
///
/// Exit codes (cli::ExitCode): 0 success, 1 the command failed (the message says why), 2 bad
/// usage (unknown command or option, missing argument), 3 the diary is damaged or not a diary
/// (it is never written to then), 4 the data folder is in use: Stilla's window (or another
/// writing command) has it open, so a command that writes refuses, 5 the diary or its folder
/// is read-only, so a command that writes refuses. Output goes to the streams given, so tests
/// can run it in-process.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(stilla::Cli)

public:
    using enum cli::ExitCode;

    /// One command: its name, its line in the help, and how to make it.
    struct Entry
    {
        QString name;
        QString summary;
        std::function<std::unique_ptr<cli::Command>(cli::Context&)> make;
    };

    Cli(QTextStream& out, QTextStream& err);

    /// Runs with @p arguments, program name first.
    int run(const QStringList& arguments);

    /// Every command, in the order the help lists them.
    static std::vector<Entry> commands();

private:
    QString globalHelp() const;
    int usageError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace stilla
