#include "AppPaths.h"
#include "Language.h"
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// True when the command is "report": it draws text into a PDF and so needs a QGuiApplication
/// (fonts). The other commands keep the lighter QCoreApplication.
bool needsGraphics(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--data-dir") == 0) {
            ++i; // skip the folder
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        return std::strcmp(argv[i], "report") == 0;
    }
    return false;
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

    QTextStream out(stdout);
    QTextStream err(stderr);
    stilla::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
