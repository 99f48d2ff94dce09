#pragma once

#include "app/cli/Cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace stilla::test {

/// What one stilla-cli command did.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs stilla-cli in this process with @p arguments (the program name is added), capturing
/// what it prints.
inline CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli cli(out, err);
    run.code = cli.run(QStringList {QStringLiteral("stilla-cli")} + arguments);
    out.flush();
    err.flush();
    return run;
}

} // namespace stilla::test
