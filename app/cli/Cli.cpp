#include "Cli.h"

#include "BackupCommand.h"
#include "CheckCommand.h"
#include "CliOptions.h"
#include "ExperimentCommand.h"
#include "ExportCommand.h"
#include "FoodsCommand.h"
#include "ImportCommand.h"
#include "LabsCommand.h"
#include "PathsCommand.h"
#include "ProfileCommand.h"
#include "RemindCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "SafetyCommand.h"
#include "StatsCommand.h"
#include "core/AppPaths.h"
#include "core/Clock.h"
#include "stilla/Version.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace stilla {

namespace {

template<typename C> Cli::Entry entry()
{
    return {C::name(), C::summary(), [](cli::Context& context) -> std::unique_ptr<cli::Command> {
                return std::make_unique<C>(context);
            }};
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

std::vector<Cli::Entry> Cli::commands()
{
    // In the order the help lists them.
    return {entry<cli::PathsCommand>(), entry<cli::ImportCommand>(), entry<cli::ExportCommand>(),
        entry<cli::BackupCommand>(), entry<cli::RestoreCommand>(), entry<cli::CheckCommand>(),
        entry<cli::FoodsCommand>(), entry<cli::ProfileCommand>(), entry<cli::SafetyCommand>(),
        entry<cli::LabsCommand>(), entry<cli::ExperimentCommand>(), entry<cli::StatsCommand>(),
        entry<cli::RemindCommand>(), entry<cli::ReportCommand>()};
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
    for (const Entry& command : commands())
        help += QStringLiteral("  %1%2\n").arg(command.name, -18).arg(command.summary);
    help += tr("\nRun stilla-cli COMMAND --help for a command's options.\n\n"
               "Exit codes:\n"
               "  0  success\n"
               "  1  the command failed; the message says why\n"
               "  2  bad usage: unknown command or option, or a missing argument\n"
               "  3  the diary is damaged or is not a Stilla diary; nothing was written to it\n"
               "  4  the data folder is in use: Stilla's window (or another command that\n"
               "     writes) has it open, so a command that writes did nothing; commands that\n"
               "     only read work while it is open\n"
               "  5  the diary or the data folder is read-only, so a command that writes did\n"
               "     nothing\n");
    return help;
}

int Cli::usageError(const QString& message)
{
    return cli::usageError(
        m_err, message, tr("Run stilla-cli --help for the commands and options."));
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
    const SystemClock clock;
    cli::Context context(m_out, m_err, clock, AppPaths::resolveDataDir(parser.value(dataDirOption)),
        parser.isSet(verboseOption));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No command given."));
    const QString& name = positional.constFirst();
    for (const Entry& command : commands()) {
        if (command.name == name) {
            // The subcommand parses its own options; give it a program name to skip.
            QStringList rest = positional;
            rest.first() = QStringLiteral("stilla-cli ") + name;
            context.setCommand(name);
            const int code = command.make(context)->run(rest);
            m_out.flush();
            m_err.flush();
            return code;
        }
    }
    return usageError(tr("Unknown command \"%1\".").arg(name));
}

} // namespace stilla
