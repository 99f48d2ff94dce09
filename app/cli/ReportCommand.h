#pragma once

#include "CliOptions.h"
#include "Command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineParser;
class QTextStream;

namespace stilla {
class Clock;
class DiaryStore;
} // namespace stilla

namespace stilla::cli {

/// stilla-cli report: the report for the doctor as a PDF.
///
///   stilla-cli report --from D --to D [--lang sv|en] [--paper a4|letter] [--settings FILE]
///                     FILE.pdf
///
/// The safety notes use the profile in Stilla's settings file (or --settings FILE). The diary
/// is only read, never created. Exit codes as the other commands: 2 for bad usage (the message
/// names the option), 1 when the report could not be made or written (it names the file).
/// Needs a QGuiApplication (stilla-cli's main makes one, offscreen, for this command).
class ReportCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ReportCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("report"); }
    static QString summary();
    int run(const QStringList& arguments) override;

private:
    /// The options report takes, as QCommandLineOptions (defined in the .cpp).
    struct ReportFlags;
    /// What report was asked for: the report's options, the PDF file and the settings file
    /// (defined in the .cpp).
    struct Request;

    /// Parses report's arguments into @p request: -1 to go on, else the exit code (after
    /// --help, or a usage error naming what is wrong).
    int parseReport(const QStringList& arguments, Request& request) const;
    static ReportFlags reportFlags();
    /// Reads the report's options and the FILE from @p parser: -1 to go on, else a usage
    /// error naming the option.
    int readReport(
        const QCommandLineParser& parser, const ReportFlags& flags, Request& request) const;
};

} // namespace stilla::cli
