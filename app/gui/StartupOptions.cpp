#include "StartupOptions.h"

#include "core/AppPaths.h"
#include "core/Language.h"
#include "stilla/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace stilla {

StartupOptions::Outcome StartupOptions::parse(
    const QStringList& arguments, StartupOptions& options, QString& message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("stilla::StartupOptions",
        "Stilla: a calm companion for people with restless legs syndrome who want to find out "
        "whether magnesium helps them."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("stilla::StartupOptions", "Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("stilla::StartupOptions", "Show the version and exit."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate(
            "stilla::StartupOptions", "Use language <lang> for this session: sv or en."),
        QStringLiteral("lang"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QCoreApplication::translate(
            "stilla::StartupOptions", "Open at <page>: guide, diary, foods or charts."),
        QStringLiteral("page"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QCoreApplication::translate("stilla::StartupOptions",
            "Keep the diary in <dir> instead of the usual data folder (also: the %1 environment "
            "variable).")
            .arg(QString::fromLatin1(AppPaths::kDataDirEnv)),
        QStringLiteral("dir"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
        QCoreApplication::translate("stilla::StartupOptions", "Also write the log to stderr."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("stilla::StartupOptions",
            "Explore Stilla with a made-up diary of ten years. It lives in a temporary folder and "
            "is removed when Stilla closes; your own diary and settings are not touched."));
    QCommandLineOption firstPaintOption(QStringLiteral("quit-after-first-paint"),
        QStringLiteral("Diagnostic: quit as soon as the main window has been painted."));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({helpOption, versionOption, langOption, pageOption, dataDirOption,
        verboseOption, demoOption, firstPaintOption});

    if (!parser.parse(arguments)) {
        message = parser.errorText();
        return Outcome::UsageError;
    }
    if (parser.isSet(helpOption)) {
        // No application object exists yet, so the parser cannot know the program's name.
        const QString help = parser.helpText();
        message = QStringLiteral("Usage: stilla [options]\n")
            + help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        return Outcome::Exit;
    }
    if (parser.isSet(versionOption)) {
        message = QStringLiteral("stilla %1\n").arg(QString::fromLatin1(version::kVersion));
        return Outcome::Exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        message = QCoreApplication::translate(
            "stilla::StartupOptions", "Unexpected argument: %1. Run stilla --help for the options.")
                      .arg(parser.positionalArguments().constFirst());
        return Outcome::UsageError;
    }
    if (parser.isSet(langOption)) {
        options.language = parser.value(langOption);
        if (!Language::isSupported(options.language)) {
            message = QCoreApplication::translate(
                "stilla::StartupOptions", "Unknown language \"%1\" for --lang: use sv or en.")
                          .arg(options.language);
            return Outcome::UsageError;
        }
    }
    if (parser.isSet(pageOption)) {
        const QString name = parser.value(pageOption);
        options.page = MainWindow::pageFromName(name);
        if (!options.page || *options.page == MainWindow::PageId::Settings) {
            message = QCoreApplication::translate("stilla::StartupOptions",
                "Unknown page \"%1\" for --page: use guide, diary, foods or charts.")
                          .arg(name);
            return Outcome::UsageError;
        }
    }
    if (parser.isSet(dataDirOption)) {
        options.dataDir = parser.value(dataDirOption);
        if (options.dataDir.isEmpty()) {
            message = QCoreApplication::translate(
                "stilla::StartupOptions", "--data-dir needs a folder.");
            return Outcome::UsageError;
        }
    }
    options.verbose = parser.isSet(verboseOption);
    options.demo = parser.isSet(demoOption);
    if (options.demo && !options.dataDir.isEmpty()) {
        message = QCoreApplication::translate("stilla::StartupOptions",
            "--demo uses a temporary folder of its own: leave out --data-dir.");
        return Outcome::UsageError;
    }
    options.quitAfterFirstPaint = parser.isSet(firstPaintOption);
    return Outcome::Run;
}

} // namespace stilla
