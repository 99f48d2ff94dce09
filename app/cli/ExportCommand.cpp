#include "ExportCommand.h"

#include "core/diary/DiaryStore.h"
#include "core/io/DiaryIo.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace stilla::cli {

QString ExportCommand::summary()
{
    return tr("Write the diary, or some days of it, as JSON or CSV.");
}

int ExportCommand::run(const QStringList& arguments)
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
    if (const int code = parse(parser, arguments); code >= 0)
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
    const std::unique_ptr<DiaryStore> store = m_context.openDiary(cli::Access::Read, code);
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
    m_out << exported->describe(file) << '\n';
    return Success;
}

} // namespace stilla::cli
