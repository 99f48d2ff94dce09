#pragma once

#include "Command.h"

namespace stilla::cli {

/// stilla-cli paths: where Stilla keeps the diary, the logs and the settings.
class PathsCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::PathsCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("paths"); }
    static QString summary();
    int run(const QStringList& arguments) override;
};

} // namespace stilla::cli
