#include "Cli.h"
#include "core/AppPaths.h"
#include "core/Language.h"
#include "core/Settings.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// The command: the first argument that is not an option (nor --data-dir's folder).
const char* commandOf(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--data-dir") == 0) {
            ++i; // skip the folder
            continue;
        }
        if (argv[i][0] != '-')
            return argv[i];
    }
    return "";
}

/// True when the command is "report": it draws text into a PDF and so needs a QGuiApplication
/// (fonts). The other commands keep the lighter QCoreApplication.
bool needsGraphics(int argc, char* argv[])
{
    return std::strcmp(commandOf(argc, argv), "report") == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    stilla::AppPaths::restrictNewFilesToOwner();
    std::unique_ptr<QCoreApplication> app;
    if (needsGraphics(argc, argv)) {
        // No window is ever shown: render offscreen, so it works without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    stilla::AppPaths::setApplicationIdentity();
    // Messages follow the system language, like other command-line tools.
    stilla::Translators translators;
    translators.setLanguage(stilla::Language::fromLocale(QLocale::system()));
    // A reminder is read on the desktop, in the language the person chose in Stilla.
    if (std::strcmp(commandOf(argc, argv), "remind") == 0) {
        const stilla::Settings settings(stilla::AppPaths::settingsFile());
        if (const QString chosen = settings.value(stilla::Settings::Key::Language).toString();
            !chosen.isEmpty())
            translators.setLanguage(chosen);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    stilla::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
