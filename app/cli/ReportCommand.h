#pragma once

#include "CliOptions.h"
#include "Command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

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
};

} // namespace stilla::cli
