#pragma once

#include "Command.h"

namespace stilla::cli {

/// stilla-cli export: the diary, or some days of it, as JSON or CSV, to a file or stdout.
class ExportCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ExportCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("export"); }
    static QString summary();
    int run(const QStringList& arguments) override;
};

} // namespace stilla::cli
