#include "AppPaths.h"
#include "Language.h"
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    stilla::AppPaths::restrictNewFilesToOwner();
    QCoreApplication app(argc, argv);
    stilla::AppPaths::setApplicationIdentity();
    // Messages follow the system language, like other command-line tools.
    stilla::Translators translators;
    translators.setLanguage(stilla::Language::fromLocale(QLocale::system()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    stilla::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
