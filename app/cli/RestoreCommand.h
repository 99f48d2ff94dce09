#pragma once

#include "Command.h"

namespace stilla::cli {

/// stilla-cli restore: replaces the diary with a backup, keeping the current diary aside.
class RestoreCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::RestoreCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("restore"); }
    static QString summary();
    int run(const QStringList& arguments) override;
};

} // namespace stilla::cli
