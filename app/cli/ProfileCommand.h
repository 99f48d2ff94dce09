#pragma once

#include "Command.h"

namespace stilla::cli {

/// stilla-cli profile: shows or changes the personal profile in the settings file, all or
/// nothing. See docs/safety-rules.md.
class ProfileCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ProfileCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("profile"); }
    static QString summary();
    int run(const QStringList& arguments) override;
};

} // namespace stilla::cli
