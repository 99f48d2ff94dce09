#include "StartupOptions.h"

#include "core/AppPaths.h"
#include "core/Language.h"
#include "stilla/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace stilla {

namespace {

/// The options stilla understands.
struct KnownOptions
{
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption lang;
    QCommandLineOption page;
    QCommandLineOption dataDir;
    QCommandLineOption verbose;
    QCommandLineOption demo;
    QCommandLineOption firstPaint;
    QCommandLineOption traceStartup;
};

KnownOptions knownOptions()
{
    KnownOptions known {
        {{QStringLiteral("h"), QStringLiteral("help")},
            QCoreApplication::translate("stilla::StartupOptions", "Show this help and exit.")},
        {{QStringLiteral("v"), QStringLiteral("version")},
            QCoreApplication::translate("stilla::StartupOptions", "Show the version and exit.")},
        {QStringLiteral("lang"),
            QCoreApplication::translate(
                "stilla::StartupOptions", "Use language <lang> for this session: sv or en."),
            QStringLiteral("lang")},
        {QStringLiteral("page"),
            QCoreApplication::translate(
                "stilla::StartupOptions", "Open at <page>: guide, diary, foods or charts."),
            QStringLiteral("page")},
        {QStringLiteral("data-dir"),
            QCoreApplication::translate("stilla::StartupOptions",
                "Keep the diary in <dir> instead of the usual data folder (also: the %1 "
                "environment variable).")
                .arg(QString::fromLatin1(AppPaths::kDataDirEnv)),
            QStringLiteral("dir")},
        {QStringLiteral("verbose"),
            QCoreApplication::translate("stilla::StartupOptions", "Also write the log to stderr.")},
        {QStringLiteral("demo"),
            QCoreApplication::translate("stilla::StartupOptions",
                "Explore Stilla with a made-up diary of ten years. It lives in a temporary folder "
                "and is removed when Stilla closes; your own diary and settings are not touched.")},
        {QStringLiteral("quit-after-first-paint"),
            QStringLiteral("Diagnostic: quit as soon as the main window has been painted.")},
        {QStringLiteral("trace-startup"),
            QStringLiteral("Diagnostic: print when each step of the start-up ends.")},
    };
    known.firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    known.traceStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    return known;
}

/// Reads the options that take a value into @p options; false, with @p message saying what is
/// wrong, when one is not understood.
bool readValues(const QCommandLineParser& parser, const KnownOptions& known,
    StartupOptions& options, QString& message)
{
    if (parser.isSet(known.lang)) {
        options.language = parser.value(known.lang);
        if (!Language::isSupported(options.language)) {
            message = QCoreApplication::translate(
                "stilla::StartupOptions", "Unknown language \"%1\" for --lang: use sv or en.")
                          .arg(options.language);
            return false;
        }
    }
    if (parser.isSet(known.page)) {
        const QString name = parser.value(known.page);
        options.page = MainWindow::pageFromName(name);
        if (!options.page || *options.page == MainWindow::PageId::Settings) {
            message = QCoreApplication::translate("stilla::StartupOptions",
                "Unknown page \"%1\" for --page: use guide, diary, foods or charts.")
                          .arg(name);
            return false;
        }
    }
    if (parser.isSet(known.dataDir)) {
        options.dataDir = parser.value(known.dataDir);
        if (options.dataDir.isEmpty()) {
            message = QCoreApplication::translate(
                "stilla::StartupOptions", "--data-dir needs a folder.");
            return false;
        }
    }
    return true;
}

} // namespace

StartupOptions::Outcome StartupOptions::parse(
    const QStringList& arguments, StartupOptions& options, QString& message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("stilla::StartupOptions",
        "Stilla: a calm companion for people with restless legs syndrome who want to find out "
        "whether magnesium helps them."));
    const KnownOptions known = knownOptions();
    parser.addOptions({known.help, known.version, known.lang, known.page, known.dataDir,
        known.verbose, known.demo, known.firstPaint, known.traceStartup});

    if (!parser.parse(arguments)) {
        message = parser.errorText();
        return Outcome::UsageError;
    }
    if (parser.isSet(known.help)) {
        // No application object exists yet, so the parser cannot know the program's name.
        const QString help = parser.helpText();
        message = QStringLiteral("Usage: stilla [options]\n")
            + help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        return Outcome::Exit;
    }
    if (parser.isSet(known.version)) {
        message = QStringLiteral("stilla %1\n").arg(QString::fromLatin1(version::kVersion));
        return Outcome::Exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        message = QCoreApplication::translate(
            "stilla::StartupOptions", "Unexpected argument: %1. Run stilla --help for the options.")
                      .arg(parser.positionalArguments().constFirst());
        return Outcome::UsageError;
    }
    if (!readValues(parser, known, options, message))
        return Outcome::UsageError;
    options.verbose = parser.isSet(known.verbose);
    options.demo = parser.isSet(known.demo);
    if (options.demo && !options.dataDir.isEmpty()) {
        message = QCoreApplication::translate("stilla::StartupOptions",
            "--demo uses a temporary folder of its own: leave out --data-dir.");
        return Outcome::UsageError;
    }
    options.quitAfterFirstPaint = parser.isSet(known.firstPaint);
    options.traceStartup = parser.isSet(known.traceStartup);
    return Outcome::Run;
}

} // namespace stilla
