#include "BackupCommand.h"

#include "core/diary/DiaryStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace stilla::cli {

QString BackupCommand::summary()
{
    return tr("Save a copy of the diary to a file.");
}

int BackupCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Save a consistent copy of the diary to FILE."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The backup file to write."));
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("backup needs exactly one FILE."));
    const QString file = parser.positionalArguments().constFirst();
    int code = Failure;
    const std::unique_ptr<DiaryStore> store = m_context.openDiary(cli::Access::Read, code);
    if (!store)
        return code;
    if (Status saved = store->backupTo(file); !saved)
        return fail(saved.errorMessage());
    m_out << tr("Backed up the diary to %1.").arg(QDir::toNativeSeparators(file)) << '\n';
    return Success;
}

} // namespace stilla::cli
