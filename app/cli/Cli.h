#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QTextStream;

namespace stilla {

/// stilla-cli: global options, then a subcommand with its own options.
///
/// Exit codes: 0 success, 1 the command failed (the message says why), 2 bad usage
/// (unknown command or option, missing argument). Output goes to the streams given, so
/// tests can run it in-process.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(stilla::Cli)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    Cli(QTextStream& out, QTextStream& err);
    ~Cli();

    /// Runs with @p arguments, program name first.
    int run(const QStringList& arguments);

    /// The data folder in use (after run() parsed --data-dir).
    QString dataDir() const { return m_dataDir; }

private:
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(Cli&, const QStringList&)> run;
    };

    std::vector<Command> commands() const;
    QString globalHelp() const;
    int usageError(const QString& message);
    int runPaths(const QStringList& arguments);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_dataDir;
    bool m_verbose = false;
};

} // namespace stilla
