#include "Cli.h"

#include "AppPaths.h"
#include "stilla/Version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace stilla {

namespace {

/// Parses a subcommand's own options; --help prints its help. Returns the exit code to stop
/// with, or -1 to go on.
int parseSubcommand(
    QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << "stilla-cli: " << parser.errorText() << '\n';
        return Cli::UsageError;
    }
    if (parser.isSet(helpOption)) {
        // QCommandLineParser names the running binary; say what the user typed instead.
        QString help = parser.helpText();
        help = help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        out << "Usage: " << arguments.constFirst() << " [options]\n" << help;
        return Cli::Success;
    }
    return -1;
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

Cli::~Cli() = default;

std::vector<Cli::Command> Cli::commands() const
{
    return {
        {QStringLiteral("paths"), tr("Show where Stilla keeps the diary, logs and settings."),
            &Cli::runPaths},
    };
}

QString Cli::globalHelp() const
{
    QString help = tr("Usage: stilla-cli [--data-dir DIR] [--verbose] COMMAND [OPTIONS]\n\n"
                      "Stilla's command line: work with your diary without the window.\n\n"
                      "Global options:\n"
                      "  -h, --help        Show this help and exit.\n"
                      "  -v, --version     Show the version and exit.\n"
                      "  --data-dir DIR    Use the data folder DIR (also: %1).\n"
                      "  --verbose         Also write the log to stderr.\n\n"
                      "Commands:\n")
                       .arg(QString::fromLatin1(AppPaths::kDataDirEnv));
    for (const Command& command : commands())
        help += QStringLiteral("  %1%2\n").arg(command.name, -18).arg(command.summary);
    help += tr("\nRun stilla-cli COMMAND --help for a command's options.\n\n"
               "Exit codes:\n"
               "  0  success\n"
               "  1  the command failed; the message says why\n"
               "  2  bad usage: unknown command or option, or a missing argument\n");
    return help;
}

int Cli::usageError(const QString& message)
{
    m_err << "stilla-cli: " << message << '\n'
          << tr("Run stilla-cli --help for the commands and options.") << '\n';
    m_err.flush();
    return UsageError;
}

int Cli::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(
        QStringList {QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"));
    parser.addOptions({helpOption, versionOption, dataDirOption, verboseOption});

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << globalHelp();
        m_out.flush();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        m_out << "stilla-cli " << version::kVersion << '\n';
        m_out.flush();
        return Success;
    }
    if (parser.isSet(dataDirOption) && parser.value(dataDirOption).isEmpty())
        return usageError(tr("--data-dir needs a folder."));
    m_dataDir = AppPaths::resolveDataDir(parser.value(dataDirOption));
    m_verbose = parser.isSet(verboseOption);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No command given."));
    const QString name = positional.constFirst();
    for (const Command& command : commands()) {
        if (command.name == name) {
            // The subcommand parses its own options; give it a program name to skip.
            QStringList rest = positional;
            rest.first() = QStringLiteral("stilla-cli ") + name;
            const int code = command.run(*this, rest);
            m_out.flush();
            m_err.flush();
            return code;
        }
    }
    return usageError(tr("Unknown command \"%1\".").arg(name));
}

int Cli::runPaths(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show where Stilla keeps the diary, logs and settings."));
    if (const int code = parseSubcommand(parser, arguments, m_out, m_err); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("paths takes no arguments."));
    m_out << tr("Data folder:   %1").arg(QDir::toNativeSeparators(m_dataDir)) << '\n'
          << tr("Log files:     %1").arg(QDir::toNativeSeparators(AppPaths::logDir(m_dataDir)))
          << '\n'
          << tr("Settings file: %1").arg(QDir::toNativeSeparators(AppPaths::settingsFile()))
          << '\n';
    return Success;
}

} // namespace stilla
