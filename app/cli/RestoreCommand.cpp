#include "RestoreCommand.h"

#include "Clock.h"
#include "Logging.h"
#include "diary/DiaryStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace stilla {

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
    // A backup that is not an intact diary changes nothing.
    if (const DiaryStore::FileCheck backup = DiaryStore::checkFile(file);
        backup.problem != DiaryStore::OpenProblem::None)
        return fail(backup.message);

    if (!QFileInfo::exists(m_context.diaryFile())) {
        if (Status installed = DiaryStore::installBackup(file, m_context.diaryFile()); !installed)
            return fail(installed.errorMessage());
    } else if (DiaryStore::OpenResult opened = DiaryStore::open(m_context.diaryFile());
               opened.store) {
        // (Opened for writing: this command holds the data folder.)
        if (Status restored = opened.store->restoreFrom(file); !restored)
            return fail(restored.errorMessage());
        m_out << tr("The diary as it was is kept beside it in %1.")
                     .arg(QDir::toNativeSeparators(m_context.dataDir()))
              << '\n';
    } else if (opened.problem == DiaryStore::OpenProblem::Damaged
        || opened.problem == DiaryStore::OpenProblem::NotADatabase) {
        // Never write to a damaged diary: move it aside whole, then put the backup in place.
        const Result<QString> aside
            = DiaryStore::setAside(m_context.diaryFile(), m_context.clock().now());
        if (!aside)
            return fail(aside.errorMessage());
        m_out
            << tr("The damaged diary was moved to %1.").arg(QDir::toNativeSeparators(aside.value()))
            << '\n';
        if (Status installed = DiaryStore::installBackup(file, m_context.diaryFile()); !installed)
            return fail(installed.errorMessage());
    } else {
        return fail(opened.message,
            opened.problem == DiaryStore::OpenProblem::ReadOnly ? ReadOnly : Failure);
    }
    qCInfo(lcCli) << "Restored the diary from a backup";
    m_out << tr("Restored the diary from %1.").arg(shown) << '\n';
    return Success;
}

} // namespace stilla
