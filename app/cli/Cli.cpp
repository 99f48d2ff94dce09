#include "Cli.h"

#include "AppPaths.h"
#include "CliOptions.h"
#include "Clock.h"
#include "ExperimentCommand.h"
#include "FoodsCommand.h"
#include "InstanceLock.h"
#include "LabsCommand.h"
#include "Logging.h"
#include "RemindCommand.h"
#include "ReportCommand.h"
#include "StatsCommand.h"
#include "diary/DiaryStore.h"
#include "io/DiaryIo.h"
#include "io/FieldText.h"
#include "io/ImportPlan.h"
#include "stilla/Version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace stilla {

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
        {QStringLiteral("import"), tr("Add days from a JSON or CSV file to the diary."),
            &Cli::runImport},
        {QStringLiteral("export"), tr("Write the diary, or some days of it, as JSON or CSV."),
            &Cli::runExport},
        {QStringLiteral("backup"), tr("Save a copy of the diary to a file."), &Cli::runBackup},
        {QStringLiteral("restore"),
            tr("Replace the diary with a backup; the current diary is kept aside."),
            &Cli::runRestore},
        {QStringLiteral("check"), tr("Check that the diary file is intact."), &Cli::runCheck},
        {QStringLiteral("foods"),
            tr("Search the food catalogue for magnesium per 100\u00A0g (foods search QUERY)."),
            [](Cli& cli, const QStringList& arguments) {
                FoodsCommand command(cli.m_out, cli.m_err, cli.diaryFile(),
                    [&cli](int& code) { return cli.openDiary(false, Access::Read, code); });
                return command.run(arguments);
            }},
        {QStringLiteral("profile"),
            tr("Show or change your profile: conditions, regular medicines, dose limit."),
            &Cli::runProfile},
        {QStringLiteral("safety"), tr("List the safety notes for one day of the diary."),
            &Cli::runSafety},
        {QStringLiteral("labs"),
            tr("Keep blood test results: ferritin, transferrin saturation, haemoglobin, serum "
               "magnesium (labs add, list or remove)."),
            [](Cli& cli, const QStringList& arguments) {
                LabsCommand command(cli.m_out, cli.m_err, [&cli](bool write, int& code) {
                    return cli.openDiary(write, write ? Access::Write : Access::Read, code);
                });
                return command.run(arguments);
            }},
        {QStringLiteral("experiment"),
            tr("Plan and follow a self-experiment: does magnesium help you? (experiment plan, "
               "show, pause, resume, stop or result)."),
            [](Cli& cli, const QStringList& arguments) {
                ExperimentCommand command(cli.m_out, cli.m_err, AppPaths::settingsFile(),
                    SystemClock().today(), [&cli](bool write, int& code) {
                        return cli.openDiary(write, write ? Access::Write : Access::Read, code);
                    });
                return command.run(arguments);
            }},
        {QStringLiteral("stats"),
            tr("Show how magnesium and RLS severity went together, and how sure that is."),
            [](Cli& cli, const QStringList& arguments) {
                StatsCommand command(cli.m_out, cli.m_err, cli.diaryFile(),
                    [&cli](int& code) { return cli.openDiary(false, Access::Read, code); });
                return command.run(arguments);
            }},
        {QStringLiteral("remind"),
            tr("Remind you to fill in the diary with a desktop notification; remind on and off "
               "switch the daily reminder on and off."),
            [](Cli& cli, const QStringList& arguments) {
                RemindCommand command(cli.m_out, cli.m_err, AppPaths::settingsFile(), cli.m_dataDir,
                    SystemClock().today(),
                    [&cli](int& code) { return cli.openDiary(false, Access::Read, code); });
                return command.run(arguments);
            }},
        {QStringLiteral("report"),
            tr("Write a report of the diary for a doctor as a PDF (report --from D --to D "
               "FILE.pdf)."),
            [](Cli& cli, const QStringList& arguments) {
                const SystemClock clock;
                ReportCommand command(
                    cli.m_out, cli.m_err, AppPaths::settingsFile(),
                    [&cli](int& code) { return cli.openDiary(false, Access::Read, code); }, clock);
                return command.run(arguments);
            }},
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
    m_dataDir = AppPaths::resolveDataDir(parser.value(dataDirOption));
    m_verbose = parser.isSet(verboseOption);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No command given."));
    const QString& name = positional.constFirst();
    for (const Command& command : commands()) {
        if (command.name == name) {
            // The subcommand parses its own options; give it a program name to skip.
            QStringList rest = positional;
            rest.first() = QStringLiteral("stilla-cli ") + name;
            m_command = name;
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
    if (const int code = cli::parseSubcommand(parser, arguments, m_out, m_err); code >= 0)
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

// ---- the diary commands ----------------------------------------------------------------------

int Cli::fail(const QString& message, int code)
{
    m_err << "stilla-cli: " << message << '\n';
    return code;
}

QString Cli::diaryFile() const
{
    return AppPaths::diaryFile(m_dataDir);
}

int Cli::runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add the days in FILE to the diary. Every day is checked first; if anything is "
           "wrong, each problem is listed as FILE:LINE: field: message and nothing is "
           "imported."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        tr("The file's format: json, csv or cronometer (Cronometer's Daily Nutrition export; "
           "default: from the file name, and a .csv file with Cronometer's columns is read as "
           "one)."),
        QStringLiteral("format"));
    const QCommandLineOption notCompletedOption(QStringLiteral("include-not-completed"),
        tr("With a Cronometer file, also take the days not marked Completed."));
    const QCommandLineOption conflictOption(QStringLiteral("on-conflict"),
        tr("What to do with a day that is already in the diary: fail (default: import "
           "nothing), skip (keep the diary's day) or replace."),
        QStringLiteral("policy"), QStringLiteral("fail"));
    const QCommandLineOption validOnlyOption(QStringLiteral("valid-only"),
        tr("Import the valid days even when other days have problems."));
    const QCommandLineOption detailOption(QStringLiteral("csv-detail"),
        tr("With --on-conflict=replace and a CSV file, for a day whose magnesium totals differ "
           "from the diary's: keep (default: keep the diary's food list and doses) or replace "
           "(each total becomes one line). What CSV has no column for is always kept."),
        QStringLiteral("detail"), QStringLiteral("keep"));
    parser.addOptions(
        {formatOption, conflictOption, validOnlyOption, detailOption, notCompletedOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The JSON or CSV file to import."));
    if (const int code = cli::parseSubcommand(parser, arguments, m_out, m_err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("import needs exactly one FILE."));
    const QString file = parser.positionalArguments().constFirst();

    std::optional<ImportPlan::Format> format;
    if (parser.isSet(formatOption)) {
        format = ImportPlan::formatFromName(parser.value(formatOption));
        if (!format)
            return usageError(tr("--format must be json, csv or cronometer."));
    } else if (!DiaryIo::formatFromFileName(file)) {
        return usageError(
            tr("Cannot tell the format of %1 from its name; add --format json or --format csv.")
                .arg(file));
    }
    ImportPlan::Choices choices;
    const QString policyName = parser.value(conflictOption);
    if (policyName == QLatin1String("skip"))
        choices.onConflict = ConflictPolicy::Skip;
    else if (policyName == QLatin1String("replace"))
        choices.onConflict = ConflictPolicy::Replace;
    else if (policyName != QLatin1String("fail"))
        return usageError(tr("--on-conflict must be fail, skip or replace."));
    choices.validOnly = parser.isSet(validOnlyOption);
    const QString detailName = parser.value(detailOption);
    if (detailName != QLatin1String("keep") && detailName != QLatin1String("replace"))
        return usageError(tr("--csv-detail must be keep or replace."));
    choices.csvDetail
        = detailName == QLatin1String("replace") ? CsvDetail::Replace : CsvDetail::Keep;

    // The data folder first (nothing else may write the diary meanwhile), then logging, so
    // reading the file is logged like the rest; the diary itself is only created once the file
    // has passed its checks.
    int code = Failure;
    if (!lockForWriting(QStringLiteral("import"), code))
        return code;
    if (!startSession())
        return Failure;
    auto read = ImportPlan::read(file, format);
    if (!read)
        return fail(read.errorMessage());
    ImportPlan& plan = read.value();
    const bool cronometer = plan.format() == ImportPlan::Format::Cronometer;
    if (cronometer && parser.isSet(notCompletedOption))
        plan.includeNotCompleted();
    const QString shown = QDir::toNativeSeparators(file);
    for (const ImportProblem& problem : plan.problems())
        m_err << problem.toText(shown) << '\n';
    if (!plan.ok()) {
        if (!choices.validOnly || plan.validCount() == 0)
            return fail(tr("Nothing was imported: %Ln problem(s) in %1. Correct the file, or "
                           "use --valid-only to import only the valid days.",
                "", int(plan.problems().size()))
                            .arg(shown));
        m_err << tr("Importing only the %Ln valid day(s).", "", plan.validCount()) << '\n';
    }

    const std::unique_ptr<DiaryStore> store = openDiary(true, Access::Write, code);
    if (!store)
        return code;
    const auto applied = plan.apply(*store, choices);
    if (!applied) {
        QString message = applied.errorMessage();
        if (choices.onConflict == ConflictPolicy::Fail && !cronometer)
            message += QLatin1Char(' ')
                + tr("To keep the diary's days use --on-conflict=skip; to overwrite them, "
                     "--on-conflict=replace.");
        return fail(message);
    }
    if (cronometer)
        printCronometerImport(*applied, !plan.notCompleted().empty());
    else
        printImport(*applied);
    return Success;
}

void Cli::printImport(const ImportPlan::Outcome& outcome)
{
    const DiaryStore::SaveManyReport& counts = outcome.counts;
    m_out << tr("Imported %Ln day(s)", "", counts.added + counts.replaced)
          << tr(" (%L1 added, %L2 replaced, %L3 skipped).")
                 .arg(counts.added)
                 .arg(counts.replaced)
                 .arg(counts.skipped)
          << '\n';
    if (counts.labsSaved + counts.labsSkipped > 0) {
        m_out << tr("Imported %Ln lab result(s)", "", counts.labsSaved)
              << tr(" (%1 skipped).").arg(counts.labsSkipped) << '\n';
    }
    if (counts.experimentsSaved + counts.experimentsSkipped > 0) {
        m_out << tr("Imported %Ln self-experiment(s)", "", counts.experimentsSaved)
              << tr(" (%1 skipped).").arg(counts.experimentsSkipped) << '\n';
    }
    if (!outcome.detailKept.empty()) {
        QStringList dates;
        for (const CsvDetailLoss& loss : outcome.detailKept)
            dates << loss.date.toString(Qt::ISODate);
        m_out << tr("Kept the diary's food lists and doses on %Ln day(s) whose totals in the "
                    "file differ: %1. Use --csv-detail=replace to take the file's totals.",
            "", int(outcome.detailKept.size()))
                     .arg(dates.join(QStringLiteral(", ")))
              << '\n';
    }
}

void Cli::printCronometerImport(const ImportPlan::Outcome& outcome, bool notCompletedLeftOut)
{
    m_out << tr("Took the magnesium from food of %Ln day(s) from Cronometer (%L1 new days, %L2 "
                "days already in the diary, whose own food lines were kept).",
        "", outcome.days)
                 .arg(outcome.counts.added)
                 .arg(outcome.counts.replaced)
          << '\n';
    if (!outcome.leftOut.isEmpty()) {
        m_out << outcome.leftOut;
        if (notCompletedLeftOut)
            m_out << ' ' << tr("Use --include-not-completed to take them too.");
        m_out << '\n';
    }
}

int Cli::runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the diary's days to FILE, or to standard output when FILE is -."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        tr("json (every field) or csv (one row a day; a summary). Default: from the file "
           "name."),
        QStringLiteral("format"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("First day to export, as YYYY-MM-DD."), QStringLiteral("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("Last day to export, as YYYY-MM-DD."), QStringLiteral("date"));
    parser.addOptions({formatOption, fromOption, toOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Where to write, or - for stdout."));
    if (const int code = cli::parseSubcommand(parser, arguments, m_out, m_err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("export needs exactly one FILE (or - for standard output)."));
    const QString file = parser.positionalArguments().constFirst();
    const bool toStdout = file == QLatin1String("-");

    std::optional<DiaryFormat> format;
    if (parser.isSet(formatOption))
        format = DiaryIo::formatFromName(parser.value(formatOption));
    else if (!toStdout)
        format = DiaryIo::formatFromFileName(file);
    if (!format)
        return usageError(parser.isSet(formatOption) ? tr("--format must be json or csv.")
                                                     : tr("Add --format json or --format csv."));
    QString error;
    const auto range = cli::dateRange(parser, fromOption, toOption, error);
    if (!range)
        return usageError(error);
    const auto& [from, to] = *range;

    int code = Failure;
    const std::unique_ptr<DiaryStore> store = openDiary(false, Access::Read, code);
    if (!store)
        return code;
    // JSON carries the lab results and self-experiments of the same dates; CSV has no place
    // for them.
    const Result<DiaryIo::Exported> exported = DiaryIo::exportDiary(*store, *format, from, to);
    if (!exported)
        return fail(exported.errorMessage());
    if (toStdout) {
        m_out << QString::fromUtf8(exported->data);
        return Success;
    }
    if (Status written = DiaryIo::writeFile(file, exported->data); !written)
        return fail(written.errorMessage());
    m_out
        << tr("Exported %Ln day(s) to %1.", "", exported->days).arg(QDir::toNativeSeparators(file))
        << '\n';
    return Success;
}

int Cli::runBackup(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Save a consistent copy of the diary to FILE."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The backup file to write."));
    if (const int code = cli::parseSubcommand(parser, arguments, m_out, m_err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("backup needs exactly one FILE."));
    const QString file = parser.positionalArguments().constFirst();
    int code = Failure;
    const std::unique_ptr<DiaryStore> store = openDiary(false, Access::Read, code);
    if (!store)
        return code;
    if (Status saved = store->backupTo(file); !saved)
        return fail(saved.errorMessage());
    m_out << tr("Backed up the diary to %1.").arg(QDir::toNativeSeparators(file)) << '\n';
    return Success;
}

int Cli::runRestore(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replace the diary with the backup FILE. The backup is checked first; the current "
           "diary is kept beside it, and a damaged one is moved aside."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The backup to restore."));
    if (const int code = cli::parseSubcommand(parser, arguments, m_out, m_err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("restore needs exactly one FILE."));
    const QString file = parser.positionalArguments().constFirst();
    const QString shown = QDir::toNativeSeparators(file);
    if (!QFileInfo(file).isFile())
        return fail(tr("The backup %1 does not exist.").arg(shown));
    if (int code = Failure; !lockForWriting(QStringLiteral("restore"), code))
        return code;
    if (!startSession())
        return Failure;
    // A backup that is not an intact diary changes nothing.
    if (const DiaryStore::FileCheck backup = DiaryStore::checkFile(file);
        backup.problem != DiaryStore::OpenProblem::None)
        return fail(backup.message);

    if (!QFileInfo::exists(diaryFile())) {
        if (Status installed = DiaryStore::installBackup(file, diaryFile()); !installed)
            return fail(installed.errorMessage());
    } else if (DiaryStore::OpenResult opened = DiaryStore::open(diaryFile()); opened.store) {
        // (Opened for writing: this command holds the data folder.)
        if (Status restored = opened.store->restoreFrom(file); !restored)
            return fail(restored.errorMessage());
        m_out << tr("The diary as it was is kept beside it in %1.")
                     .arg(QDir::toNativeSeparators(m_dataDir))
              << '\n';
    } else if (opened.problem == DiaryStore::OpenProblem::Damaged
        || opened.problem == DiaryStore::OpenProblem::NotADatabase) {
        // Never write to a damaged diary: move it aside whole, then put the backup in place.
        const Result<QString> aside = DiaryStore::setAside(diaryFile(), SystemClock().now());
        if (!aside)
            return fail(aside.errorMessage());
        m_out
            << tr("The damaged diary was moved to %1.").arg(QDir::toNativeSeparators(aside.value()))
            << '\n';
        if (Status installed = DiaryStore::installBackup(file, diaryFile()); !installed)
            return fail(installed.errorMessage());
    } else {
        return fail(opened.message,
            opened.problem == DiaryStore::OpenProblem::ReadOnly ? ReadOnly : Failure);
    }
    qCInfo(lcCli) << "Restored the diary from a backup";
    m_out << tr("Restored the diary from %1.").arg(shown) << '\n';
    return Success;
}

int Cli::runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check the diary file without changing it. Prints ok, or what is wrong (exit code "
           "3 when the diary is damaged)."));
    if (const int code = cli::parseSubcommand(parser, arguments, m_out, m_err); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("check takes no arguments."));
    if (!QFileInfo::exists(diaryFile())) {
        m_out << tr("There is no diary yet in %1; nothing to check.")
                     .arg(QDir::toNativeSeparators(m_dataDir))
              << '\n';
        return Success;
    }
    if (!startSession())
        return Failure;
    const DiaryStore::FileCheck check = DiaryStore::checkFile(diaryFile());
    switch (check.problem) {
    case DiaryStore::OpenProblem::None:
        m_out << tr("ok: the diary %1 is intact.").arg(QDir::toNativeSeparators(diaryFile()))
              << '\n';
        return Success;
    case DiaryStore::OpenProblem::Damaged:
    case DiaryStore::OpenProblem::NotADatabase:
        qCWarning(lcCli) << "check: the diary is damaged";
        return fail(check.message, DiaryDamaged);
    default:
        return fail(check.message);
    }
}

} // namespace stilla
