#pragma once

#include "Result.h"
#include "io/ImportPlan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QTextStream;

namespace stilla {

class DiaryStore;
class InstanceLock;
class LogSession;

/// stilla-cli: global options, then a subcommand with its own options.
///
/// Exit codes: 0 success, 1 the command failed (the message says why), 2 bad usage
/// (unknown command or option, missing argument), 3 the diary is damaged or not a diary (it is
/// never written to then), 4 the data folder is in use: Stilla's window (or another writing
/// command) has it open, so a command that writes refuses, 5 the diary or its folder is
/// read-only, so a command that writes refuses. Output goes to the streams given, so tests can
/// run it in-process.
///
/// Only the commands that need the diary open it; they first create the data folder (0700)
/// and start logging, as the GUI does. Commands that write (import, restore, profile set) take
/// the data folder's InstanceLock for as long as they run; commands that only read take it when
/// it is free, and otherwise open the diary read-only beside the window (SQLite's WAL lets
/// readers run while it writes).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(stilla::Cli)

public:
    enum ExitCode {
        Success = 0,
        Failure = 1,
        UsageError = 2,
        DiaryDamaged = 3,
        InUse = 4,
        ReadOnly = 5
    };
    /// What a command does with the diary.
    enum class Access { Read, Write };

    Cli(QTextStream& out, QTextStream& err);
    ~Cli();

    /// Runs with @p arguments, program name first.
    int run(const QStringList& arguments);

private:
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(Cli&, const QStringList&)> run;
    };

    std::vector<Command> commands() const;
    QString globalHelp() const;
    int usageError(const QString& message);
    int runPaths(const QStringList& arguments);
    int runImport(const QStringList& arguments);
    void printImport(const ImportPlan::Outcome& outcome);
    void printCronometerImport(const ImportPlan::Outcome& outcome, bool notCompletedLeftOut);
    int runExport(const QStringList& arguments);
    int runBackup(const QStringList& arguments);
    int runRestore(const QStringList& arguments);
    int runCheck(const QStringList& arguments);
    // The profile and safety commands, in CliSafety.cpp.
    int runProfile(const QStringList& arguments);
    int runSafety(const QStringList& arguments);

    /// Prints @p message to stderr and returns @p code.
    int fail(const QString& message, int code = Failure);
    /// Creates the data folder and starts logging (once). False, with a message, on failure.
    bool startSession();
    /// Opens the diary, creating it when @p create is set. On failure prints why and sets
    /// @p code (DiaryDamaged for a damaged diary or a file that is not one, InUse or ReadOnly
    /// when a command that writes may not).
    std::unique_ptr<DiaryStore> openDiary(bool create, Access access, int& code);
    /// Takes the data folder for @p command, which writes. On failure prints why and sets
    /// @p code (InUse, ReadOnly or Failure).
    bool lockForWriting(const QString& command, int& code);
    QString diaryFile() const;

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_dataDir;
    QString m_command; ///< the subcommand running, for messages
    bool m_verbose = false;
    std::unique_ptr<LogSession> m_log;
    std::unique_ptr<InstanceLock> m_lock;
};

} // namespace stilla
