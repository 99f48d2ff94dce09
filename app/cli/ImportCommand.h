#pragma once

#include "Command.h"
#include "core/io/ImportPlan.h"

namespace stilla::cli {

/// stilla-cli import: adds the days, lab results and self-experiments of a JSON, CSV or
/// Cronometer file to the diary (core/io/ImportPlan, as File ▸ Import does). Every day is checked
/// first; nothing is written while there are problems, unless --valid-only.
class ImportCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ImportCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("import"); }
    static QString summary();
    int run(const QStringList& arguments) override;

private:
    void printImport(const ImportPlan::Outcome& outcome);
    void printCronometerImport(const ImportPlan::Outcome& outcome, bool notCompletedLeftOut);
};

} // namespace stilla::cli
