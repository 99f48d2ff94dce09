#pragma once

#include "Command.h"

namespace stilla::cli {

/// stilla-cli backup: a consistent copy of the diary in a file.
class BackupCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::BackupCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("backup"); }
    static QString summary();
    int run(const QStringList& arguments) override;
};

} // namespace stilla::cli
