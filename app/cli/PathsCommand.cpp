#include "PathsCommand.h"

#include "core/AppPaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace stilla::cli {

QString PathsCommand::summary()
{
    return tr("Show where Stilla keeps the diary, logs and settings.");
}

int PathsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show where Stilla keeps the diary, logs and settings."));
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("paths takes no arguments."));
    m_out << tr("Data folder:   %1").arg(QDir::toNativeSeparators(m_context.dataDir())) << '\n'
          << tr("Log files:     %1")
                 .arg(QDir::toNativeSeparators(AppPaths::logDir(m_context.dataDir())))
          << '\n'
          << tr("Settings file: %1").arg(QDir::toNativeSeparators(AppPaths::settingsFile()))
          << '\n';
    return Success;
}

} // namespace stilla::cli
