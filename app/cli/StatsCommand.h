#pragma once

#include "CliOptions.h"
#include "Command.h"
#include "core/stats/Statistics.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace stilla {
class DiaryStore;
} // namespace stilla

namespace stilla::cli {

/// stilla-cli stats: how magnesium and RLS severity went together in the diary.
///
///   stilla-cli stats [--from D] [--to D] [--lag N] [--json]
///
/// Pairs the total magnesium of each day with the severity N days later (0-3) and prints n,
/// Pearson's r, Spearman's rho, the 95% interval for r, the least-squares line and the
/// plain-words summary; or (--json) one object with exactly the keys n, pearson_r,
/// spearman_rho, ci95_low, ci95_high, slope, intercept, lag_days, null where undefined. The
/// diary is only read, and never created: without one, n is 0 and the rest null.
class StatsCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::StatsCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("stats"); }
    static QString summary();
    int run(const QStringList& arguments) override;

    /// The JSON object, on one line (no newline).
    static QString toJson(const Statistics::Relationship& relationship);
    /// Aligned lines for people, then Statistics::describe(); @p from and @p to are the first
    /// and last day looked at (invalid when there were none).
    static QString toText(
        const Statistics::Relationship& relationship, const QDate& from, const QDate& to);
};

} // namespace stilla::cli
