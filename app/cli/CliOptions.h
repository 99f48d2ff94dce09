#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace stilla::cli {

/// Prints "stilla-cli: <message>" and @p hint (where to find the options) to @p err and
/// returns the usage exit code, 2.
int usageError(QTextStream& err, const QString& message, const QString& hint);

/// What a subcommand adds to the parser's own texts.
struct SubcommandText
{
    QString usageTail = {}; ///< after "[options]" in the usage line, e.g. "FILE"
    QString extraHelp = {}; ///< after the options in --help
    QString errorHint = {}; ///< after a parse error, e.g. where to find the options
};

/// Parses a subcommand's own options; --help prints its help (naming the command as the user
/// typed it). Returns the exit code to stop with, or -1 to go on.
int parseSubcommand(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out,
    QTextStream& err, const SubcommandText& text = {});

/// Reads the optional --from/--to pair: invalid QDates where not given; std::nullopt (and
/// @p error naming the option) when one is not a real date or --from is after --to.
std::optional<std::pair<QDate, QDate>> dateRange(const QCommandLineParser& parser,
    const QCommandLineOption& fromOption, const QCommandLineOption& toOption, QString& error);

/// Reads a --from/--to style date option: an invalid QDate when it is not given, std::nullopt
/// (and @p error naming the option) when it is not a real date.
std::optional<QDate> dateOption(
    const QCommandLineParser& parser, const QCommandLineOption& option, QString& error);

} // namespace stilla::cli
