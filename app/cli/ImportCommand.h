#pragma once

#include "Command.h"
#include "core/io/ImportPlan.h"

#include <optional>

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
    /// What import was asked for.
    struct ImportOptions
    {
        QString file;
        std::optional<ImportPlan::Format> format; ///< nullopt: from the file's name or content
        ImportPlan::Choices choices;
        bool includeNotCompleted = false; ///< --include-not-completed
    };

    /// Parses import's arguments into @p options: -1 to go on, else the exit code (after
    /// --help, or a usage error naming what is wrong).
    int parseImport(const QStringList& arguments, ImportOptions& options) const;
    /// Lists the problems of @p plan, read from @p file: -1 to go on (none, or --valid-only
    /// and some valid days), else the exit code after saying that nothing was imported.
    int checkProblems(const ImportPlan& plan, const QString& file, bool validOnly) const;
    void printImport(const ImportPlan::Outcome& outcome);
    void printCronometerImport(const ImportPlan::Outcome& outcome, bool notCompletedLeftOut);
};

} // namespace stilla::cli
