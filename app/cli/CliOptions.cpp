#include "CliOptions.h"

#include "core/io/FieldText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace stilla::cli {

int parseSubcommand(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out,
    QTextStream& err, const SubcommandText& text)
{
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << "stilla-cli: " << parser.errorText() << '\n';
        if (!text.errorHint.isEmpty())
            err << text.errorHint << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        // QCommandLineParser names the running binary; say what the user typed instead.
        QString help = parser.helpText();
        help = help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        out << "Usage: " << arguments.constFirst() << " [options]";
        if (!text.usageTail.isEmpty())
            out << ' ' << text.usageTail;
        out << '\n' << help << text.extraHelp;
        return 0;
    }
    return -1;
}

std::optional<std::pair<QDate, QDate>> dateRange(const QCommandLineParser& parser,
    const QCommandLineOption& fromOption, const QCommandLineOption& toOption, QString& error)
{
    const std::optional<QDate> from = dateOption(parser, fromOption, error);
    const std::optional<QDate> to = from ? dateOption(parser, toOption, error) : std::nullopt;
    if (!from || !to)
        return std::nullopt;
    if (from->isValid() && to->isValid() && *from > *to) {
        error = QCoreApplication::translate("stilla::Cli", "--from is after --to.");
        return std::nullopt;
    }
    return std::pair {*from, *to};
}

int usageError(QTextStream& err, const QString& message, const QString& hint)
{
    err << "stilla-cli: " << message << '\n' << hint << '\n';
    err.flush();
    return 2;
}

std::optional<QDate> dateOption(
    const QCommandLineParser& parser, const QCommandLineOption& option, QString& error)
{
    if (!parser.isSet(option))
        return QDate();
    const Result<QDate> date = FieldText::parseDate(parser.value(option));
    if (!date) {
        error = QStringLiteral("--%1: %2").arg(option.names().constFirst(), date.errorMessage());
        return std::nullopt;
    }
    return date.value();
}

} // namespace stilla::cli
