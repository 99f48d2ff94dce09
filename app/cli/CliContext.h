#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextStream;

namespace stilla {

class Clock;
class DiaryStore;
class InstanceLock;
class LogSession;

namespace cli {

/// stilla-cli's exit codes; `stilla-cli --help` lists them.
enum ExitCode {
    Success = 0,
    Failure = 1, ///< the command failed; the message says why
    UsageError = 2, ///< unknown command or option, or a missing argument
    DiaryDamaged = 3, ///< the diary is damaged or not a diary; it was not written to
    InUse = 4, ///< Stilla's window or another writing command has the data folder
    ReadOnly = 5, ///< the diary or its folder is read-only, so a command that writes refused
};

/// What a command does with the diary.
enum class Access {
    Read, ///< only reads; never creates the diary, and reads beside the window when it has it
    Write, ///< creates the diary when there is none and holds the data folder while it runs
};

/// What every command runs with: its output streams, the clock, the data folder and the one
/// way to the diary. Only the commands that need the diary open it: the data folder is created
/// (0700) and logging starts then, as in the window. A command that writes takes the data
/// folder's InstanceLock for as long as it runs; a command that reads takes it when it is free
/// and otherwise opens the diary read-only beside the window (SQLite's WAL lets readers run
/// while it writes). See docs/reliability.md.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(stilla::Cli)

public:
    Context(QTextStream& out, QTextStream& err, const Clock& clock, QString dataDir, bool verbose);
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    QTextStream& out() const { return m_out; }
    QTextStream& err() const { return m_err; }
    const Clock& clock() const { return m_clock; }
    const QString& dataDir() const { return m_dataDir; }
    QString diaryFile() const;
    /// Stilla's settings file (the profile, the language, the reminders).
    QString settingsFile() const;
    /// The command running, as typed ("import"), for messages.
    const QString& command() const { return m_command; }
    void setCommand(const QString& command) { m_command = command; }

    /// Prints "stilla-cli: @p message" to stderr and returns @p code.
    int fail(const QString& message, int code = Failure) const;
    /// Creates the data folder and starts logging (once). False, with a message, on failure.
    bool startSession();
    /// Starts the session, then takes the data folder for the command, which writes. On
    /// failure prints why and sets @p code (InUse, ReadOnly or Failure).
    bool lockForWriting(int& code);
    /// Opens the diary for @p access. On failure prints why and sets @p code (DiaryDamaged for
    /// a damaged diary or a file that is not one, InUse or ReadOnly when a command that writes
    /// may not) and returns null.
    std::unique_ptr<DiaryStore> openDiary(Access access, int& code);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    QString m_dataDir;
    QString m_command;
    bool m_verbose = false;
    std::unique_ptr<LogSession> m_log;
    bool m_sessionStarted = false; ///< also when the log file could not be opened
    std::unique_ptr<InstanceLock> m_lock;
};

} // namespace cli
} // namespace stilla
