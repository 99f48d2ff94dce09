#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace stilla::cli {

/// Parses a subcommand's own options; --help prints its help (naming the command as the user
/// typed it, then @p extraHelp). Returns the exit code to stop with, or -1 to go on.
int parseSubcommand(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out,
    QTextStream& err, const QString& extraHelp = QString());

/// Reads a --from/--to style date option: an invalid QDate when it is not given, std::nullopt
/// (and @p error naming the option) when it is not a real date.
std::optional<QDate> dateOption(
    const QCommandLineParser& parser, const QCommandLineOption& option, QString& error);

} // namespace stilla::cli
