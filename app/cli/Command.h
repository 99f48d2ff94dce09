#pragma once

#include "CliContext.h"
#include "CliOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace stilla::cli {

/// One stilla-cli command: parses its own options and does its work through the Context.
/// Each command is one class in its own file with a static name() and summary() for the
/// registry (Cli) and the global help.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::cli::Command)

public:
    explicit Command(Context& context);
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    /// @p arguments: "stilla-cli NAME" and what follows the command's name.
    virtual int run(const QStringList& arguments) = 0;

protected:
    using enum ExitCode;

    /// What a usage error adds: where to read the options.
    virtual QString usageHint() const;
    /// Prints "stilla-cli: @p message" and usageHint() and returns UsageError.
    int usageError(const QString& message) const;
    /// Prints "stilla-cli: @p message" and returns @p code.
    int fail(const QString& message, int code = Failure) const
    {
        return m_context.fail(message, code);
    }
    /// Parses the command's options (cli::parseSubcommand): the exit code to stop with, or -1
    /// to go on.
    int parse(QCommandLineParser& parser, const QStringList& arguments,
        const SubcommandText& text = {}) const;

    /// --settings FILE: the profile from another settings file than Stilla's.
    static QCommandLineOption settingsOption();
    /// The file --settings names, or Stilla's settings file.
    QString settingsFile(const QCommandLineParser& parser, const QCommandLineOption& option) const;

    Context& m_context;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace stilla::cli
