#pragma once

#include "Command.h"

namespace stilla::cli {

/// stilla-cli safety: the safety notes for one day of the diary, from the article's rules and the
/// profile. See docs/safety-rules.md.
class SafetyCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::SafetyCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("safety"); }
    static QString summary();
    int run(const QStringList& arguments) override;
};

} // namespace stilla::cli
