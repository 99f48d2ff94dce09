#include "ReportCommand.h"

#include "CliOptions.h"
#include "app/report/DoctorReport.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "core/diary/DiaryStore.h"
#include "core/io/FieldText.h"
#include "core/nutrition/IntakeTarget.h"
#include "core/safety/ProfileStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

#include <optional>
#include <utility>

namespace stilla::cli {

QString ReportCommand::summary()
{
    return tr("Write a report of the diary for a doctor as a PDF (report --from D --to D "
              "FILE.pdf).");
}

struct ReportCommand::ReportFlags
{
    QCommandLineOption from;
    QCommandLineOption to;
    QCommandLineOption language;
    QCommandLineOption paper;
    QCommandLineOption name;
    QCommandLineOption birthYear;
    QCommandLineOption settings;
};

struct ReportCommand::Request
{
    DoctorReport::Options options;
    QString file; ///< the PDF to write
    QString settings; ///< the settings file with the profile
};

int ReportCommand::run(const QStringList& arguments)
{
    Request request;
    if (const int code = parseReport(arguments, request); code >= 0)
        return code;

    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(tr("Could not make the report: it needs Qt's graphics (a QGuiApplication) "
                       "for the fonts."));
    int code = 1;
    const std::unique_ptr<DiaryStore> store = m_context.openDiary(cli::Access::Read, code);
    if (!store)
        return code;
    Settings settings(request.settings);
    const Profile profile = ProfileStore(settings).load();
    request.options.intakeTarget = IntakeTargets::choice(settings);
    if (Status written = DoctorReport::writePdf(*store, profile, request.options, request.file);
        !written)
        return fail(written.errorMessage());
    m_out << tr("Wrote the report to %1.").arg(QDir::toNativeSeparators(request.file)) << '\n';
    return 0;
}

int ReportCommand::parseReport(const QStringList& arguments, Request& request) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a report of the diary for a doctor to FILE as a PDF: a first page with the "
           "key figures (severity, sleep, magnesium from food and supplements against the "
           "target and the upper limit, supplement forms, side effects, safety notes, iron, "
           "the self-experiment) and the trend, then the details and a table of the days. The "
           "diary is only read."));
    const ReportFlags flags = reportFlags();
    parser.addOptions({flags.from, flags.to, flags.language, flags.paper, flags.name,
        flags.birthYear, flags.settings});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The PDF file to write."));
    if (const int code = cli::parseSubcommand(parser, arguments, m_out, m_err,
            {.usageTail = QStringLiteral("FILE"),
                .errorHint = tr("Run stilla-cli report --help for the options.")});
        code >= 0)
        return code;
    if (const int code = readReport(parser, flags, request); code >= 0)
        return code;
    request.settings = settingsFile(parser, flags.settings);
    return -1;
}

ReportCommand::ReportFlags ReportCommand::reportFlags()
{
    return {.from = QCommandLineOption(QStringLiteral("from"),
                tr("First day of the report, as YYYY-MM-DD."), QStringLiteral("date")),
        .to = QCommandLineOption(QStringLiteral("to"), tr("Last day of the report, as YYYY-MM-DD."),
            QStringLiteral("date")),
        .language = QCommandLineOption(QStringLiteral("lang"),
            tr("The report's language: sv or en (default: the system's)."), QStringLiteral("code")),
        .paper = QCommandLineOption(QStringLiteral("paper"),
            tr("The paper size: a4 or letter (default: the usual one where you live)."),
            QStringLiteral("size")),
        .name = QCommandLineOption(QStringLiteral("name"),
            tr("A name to print on the report (not saved anywhere)."), QStringLiteral("name")),
        .birthYear = QCommandLineOption(QStringLiteral("birth-year"),
            tr("A birth year to print on the report, such as 1961 (not saved anywhere)."),
            QStringLiteral("year")),
        .settings = settingsOption()};
}

int ReportCommand::readReport(
    const QCommandLineParser& parser, const ReportFlags& flags, Request& request) const
{
    DoctorReport::Options& options = request.options;
    for (const QCommandLineOption* option : {&flags.from, &flags.to}) {
        const QString name = option->names().constFirst();
        if (!parser.isSet(*option))
            return usageError(tr("report needs --%1 YYYY-MM-DD.").arg(name));
        const Result<QDate> date = FieldText::parseDate(parser.value(*option));
        if (!date)
            return usageError(QStringLiteral("--%1: %2").arg(name, date.errorMessage()));
        (option == &flags.from ? options.from : options.to) = date.value();
    }
    if (options.from > options.to)
        return usageError(tr("--from is after --to."));
    options.language = parser.isSet(flags.language) ? parser.value(flags.language)
                                                    : Language::fromLocale(QLocale::system());
    if (!Language::isSupported(options.language))
        return usageError(tr("--lang must be sv or en."));
    options.pageSize = DoctorReport::defaultPageSize(QLocale::system());
    if (parser.isSet(flags.paper)) {
        const QString paper = parser.value(flags.paper).toLower();
        if (paper == QLatin1String("a4"))
            options.pageSize = QPageSize(QPageSize::A4);
        else if (paper == QLatin1String("letter"))
            options.pageSize = QPageSize(QPageSize::Letter);
        else
            return usageError(tr("--paper must be a4 or letter."));
    }
    options.created = m_context.clock().today();
    options.name = parser.value(flags.name).simplified();
    if (parser.isSet(flags.birthYear)) {
        bool ok = false;
        options.birthYear = parser.value(flags.birthYear).toInt(&ok);
        if (!ok)
            return usageError(tr("--birth-year must be a year such as 1961, not \"%1\".")
                                  .arg(parser.value(flags.birthYear)));
        if (const Status checked = DoctorReport::check(options); !checked)
            return usageError(QStringLiteral("--birth-year: %1").arg(checked.errorMessage()));
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("report needs exactly one FILE to write the PDF to."));
    request.file = parser.positionalArguments().constFirst();
    return -1;
}

} // namespace stilla::cli
