#pragma once

#include "Command.h"

namespace stilla::cli {

/// stilla-cli check: whether the diary file is intact, without changing it.
class CheckCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::CheckCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("check"); }
    static QString summary();
    int run(const QStringList& arguments) override;
};

} // namespace stilla::cli
