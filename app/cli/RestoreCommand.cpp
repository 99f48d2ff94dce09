#include "RestoreCommand.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/diary/DiaryRecovery.h"
#include "core/diary/DiaryStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace stilla::cli {

QString RestoreCommand::summary()
{
    return tr("Replace the diary with a backup; the current diary is kept aside.");
}

int RestoreCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replace the diary with the backup FILE. The backup is checked first; the current "
           "diary is kept beside it, and a damaged one is moved aside."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The backup to restore."));
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("restore needs exactly one FILE."));
    const QString file = parser.positionalArguments().constFirst();
    const QString shown = QDir::toNativeSeparators(file);
    if (!QFileInfo(file).isFile())
        return fail(tr("The backup %1 does not exist.").arg(shown));
    if (int code = Failure; !m_context.lockForWriting(code))
        return code;
    if (!m_context.startSession())
        return Failure;
    const DiaryRecovery::Restored restored
        = DiaryRecovery::restore(m_context.diaryFile(), file, m_context.clock().now());
    if (!restored.damagedAsideTo.isEmpty())
        m_out << tr("The damaged diary was moved to %1.")
                     .arg(QDir::toNativeSeparators(restored.damagedAsideTo))
              << '\n';
    if (!restored.status)
        return fail(restored.status.errorMessage(),
            restored.problem == DiaryStore::OpenProblem::ReadOnly ? ReadOnly : Failure);
    if (restored.keptBeside)
        m_out << tr("The diary as it was is kept beside it in %1.")
                     .arg(QDir::toNativeSeparators(m_context.dataDir()))
              << '\n';
    qCInfo(lcCli) << "Restored the diary from a backup";
    m_out << tr("Restored the diary from %1.").arg(shown) << '\n';
    return Success;
}

} // namespace stilla::cli
