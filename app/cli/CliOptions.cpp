#include "CliOptions.h"

#include "io/FieldText.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace stilla::cli {

int parseSubcommand(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out,
    QTextStream& err, const QString& extraHelp)
{
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << "stilla-cli: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        // QCommandLineParser names the running binary; say what the user typed instead.
        QString help = parser.helpText();
        help = help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        out << "Usage: " << arguments.constFirst() << " [options]\n" << help << extraHelp;
        return 0;
    }
    return -1;
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
