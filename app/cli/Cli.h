#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QTextStream;

namespace stilla {

class DiaryStore;
class LogSession;

/// stilla-cli: global options, then a subcommand with its own options.
///
/// Exit codes: 0 success, 1 the command failed (the message says why), 2 bad usage
/// (unknown command or option, missing argument), 3 the diary is damaged or not a diary (it is
/// never written to then). Output goes to the streams given, so tests can run it in-process.
///
/// Only the commands that need the diary open it; they first create the data folder (0700)
/// and start logging, as the GUI does.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(stilla::Cli)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2, DiaryDamaged = 3 };

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
    /// @p code (DiaryDamaged for a damaged diary or a file that is not one).
    std::unique_ptr<DiaryStore> openDiary(bool create, int& code);
    QString diaryFile() const;

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_dataDir;
    bool m_verbose = false;
    std::unique_ptr<LogSession> m_log;
};

} // namespace stilla
