#include "CheckCommand.h"

#include "core/Logging.h"
#include "core/diary/DiaryStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace stilla::cli {

QString CheckCommand::summary()
{
    return tr("Check that the diary file is intact.");
}

int CheckCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check the diary file without changing it. Prints ok, or what is wrong (exit code "
           "3 when the diary is damaged)."));
    if (const int code = parse(parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("check takes no arguments."));
    if (!QFileInfo::exists(m_context.diaryFile())) {
        m_out << tr("There is no diary yet in %1; nothing to check.")
                     .arg(QDir::toNativeSeparators(m_context.dataDir()))
              << '\n';
        return Success;
    }
    if (!m_context.startSession())
        return Failure;
    const DiaryStore::FileCheck check = DiaryStore::checkFile(m_context.diaryFile());
    switch (check.problem) {
    case DiaryStore::OpenProblem::None:
        m_out << tr("ok: the diary %1 is intact.")
                     .arg(QDir::toNativeSeparators(m_context.diaryFile()))
              << '\n';
        return Success;
    case DiaryStore::OpenProblem::Damaged:
    case DiaryStore::OpenProblem::NotADatabase:
        qCWarning(lcCli) << "check: the diary is damaged";
        return fail(check.message, DiaryDamaged);
    default:
        return fail(check.message);
    }
}

} // namespace stilla::cli
