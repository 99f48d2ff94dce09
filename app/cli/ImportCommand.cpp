#include "ImportCommand.h"

#include "core/diary/DiaryStore.h"
#include "core/io/DiaryIo.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace stilla::cli {

QString ImportCommand::summary()
{
    return tr("Add days from a JSON or CSV file to the diary.");
}

int ImportCommand::run(const QStringList& arguments)
{
    ImportOptions options;
    if (const int code = parseImport(arguments, options); code >= 0)
        return code;
    const ImportPlan::Choices& choices = options.choices;

    // The data folder first (nothing else may write the diary meanwhile; taking it starts the
    // log, so reading the file is logged like the rest); the diary itself is only created once
    // the file has passed its checks.
    int code = Failure;
    if (!m_context.lockForWriting(code))
        return code;
    auto read = ImportPlan::read(options.file, options.format);
    if (!read)
        return fail(read.errorMessage());
    ImportPlan& plan = read.value();
    const bool cronometer = plan.format() == ImportPlan::Format::Cronometer;
    if (cronometer && options.includeNotCompleted)
        plan.includeNotCompleted();
    if (const int stop = checkProblems(plan, options.file, choices.validOnly); stop >= 0)
        return stop;

    const std::unique_ptr<DiaryStore> store = m_context.openDiary(cli::Access::Write, code);
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

int ImportCommand::parseImport(const QStringList& arguments, ImportOptions& options) const
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
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("import needs exactly one FILE."));
    options.file = parser.positionalArguments().constFirst();

    if (parser.isSet(formatOption)) {
        options.format = ImportPlan::formatFromName(parser.value(formatOption));
        if (!options.format)
            return usageError(tr("--format must be json, csv or cronometer."));
    } else if (!DiaryIo::formatFromFileName(options.file)) {
        return usageError(
            tr("Cannot tell the format of %1 from its name; add --format json or --format csv.")
                .arg(options.file));
    }
    ImportPlan::Choices& choices = options.choices;
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
    options.includeNotCompleted = parser.isSet(notCompletedOption);
    return -1;
}

int ImportCommand::checkProblems(const ImportPlan& plan, const QString& file, bool validOnly) const
{
    const QString shown = QDir::toNativeSeparators(file);
    for (const ImportProblem& problem : plan.problems())
        m_err << problem.toText(shown) << '\n';
    if (plan.ok())
        return -1;
    if (!validOnly || plan.validCount() == 0)
        return fail(tr("Nothing was imported: %Ln problem(s) in %1. Correct the file, or "
                       "use --valid-only to import only the valid days.",
            "", int(plan.problems().size()))
                        .arg(shown));
    m_err << tr("Importing only the %Ln valid day(s).", "", plan.validCount()) << '\n';
    return -1;
}

void ImportCommand::printImport(const ImportPlan::Outcome& outcome)
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

void ImportCommand::printCronometerImport(
    const ImportPlan::Outcome& outcome, bool notCompletedLeftOut)
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

} // namespace stilla::cli
