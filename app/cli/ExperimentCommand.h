#pragma once

#include "CliOptions.h"
#include "Command.h"
#include "core/diary/DiaryStore.h"
#include "core/experiment/ExperimentPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace stilla {
class DiaryStore;
struct ExperimentResult;
} // namespace stilla

namespace stilla::cli {

/// stilla-cli experiment: the planned self-experiment (docs/statistics.md, "Self-experiment").
///
///   stilla-cli experiment plan --start D --pattern ABAB --phase-days N --washout-days W
///                              --dose MG [--form FORM] [--outcome NAME] [--settings FILE]
///   stilla-cli experiment show [--date D] [--json]
///   stilla-cli experiment pause|resume|stop [--date D]
///   stilla-cli experiment result [--to D] [--json]
///
/// plan checks the dose against the safety rules and the profile and refuses a plan that
/// brings a warning. Dates default to today.
class ExperimentCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ExperimentCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("experiment"); }
    static QString summary();
    int run(const QStringList& arguments) override;

    /// The --json of result: outcome, pattern, phase_days, washout_days, n_a, n_b, mean_a,
    /// mean_b, difference, ci95_low, ci95_high, maxlags, adherence_b, verdict.
    static QString resultJson(const ExperimentPlan& plan, const ExperimentResult& result);

private:
    /// The options experiment plan takes, as QCommandLineOptions (defined in the .cpp).
    struct PlanFlags;

    QString usageHint() const override;
    int plan(const QStringList& arguments);
    /// Parses experiment plan's arguments into @p plan and @p settings (the settings file with
    /// the profile): -1 to go on, else the exit code (after --help, or a usage error).
    int parsePlan(const QStringList& arguments, ExperimentPlan& plan, QString& settings) const;
    static PlanFlags planFlags();
    /// Reads the plan from @p parser's values: -1 to go on, else a usage error naming the
    /// option or, for a plan that does not hold together, its problems.
    int readPlan(
        const QCommandLineParser& parser, const PlanFlags& flags, ExperimentPlan& plan) const;
    /// Prints the safety notes on @p plan's dose for the profile in @p settings: -1 to go on,
    /// else the exit code after saying the plan was not saved.
    int checkSafety(const ExperimentPlan& plan, const QString& settings) const;
    int show(const QStringList& arguments);
    int change(const QString& action, const QStringList& arguments);
    int result(const QStringList& arguments);
    struct Opened
    {
        std::unique_ptr<DiaryStore> store;
        ExperimentPlan plan;
        QDate day; ///< the date option's day, today when not given
    };
    /// Parses @p arguments, reads @p dateOption and opens the diary with its current
    /// experiment: -1 when the command goes on with @p opened, else the exit code.
    int prepare(QCommandLineParser& parser, const QStringList& arguments,
        const QCommandLineOption& dateOption, bool write, Opened& opened);
    /// The diary's current experiment; on failure prints why, sets @p code and returns null.
    std::unique_ptr<DiaryStore> openWithExperiment(bool write, ExperimentPlan& plan, int& code);
};

} // namespace stilla::cli
