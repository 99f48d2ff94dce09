// The commands' access to the data folder and the diary: the log, the data folder's lock for the
// commands that write, and opening the diary for writing, or for reading beside Stilla's window.
// See docs/reliability.md.
#include "CliContext.h"

#include "core/AppPaths.h"
#include "core/InstanceLock.h"
#include "core/Logging.h"
#include "core/diary/DiaryRecovery.h"
#include "core/diary/DiaryStore.h"
#include "stilla/Version.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace stilla::cli {

Context::Context(
    QTextStream& out, QTextStream& err, const Clock& clock, QString dataDir, bool verbose)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_dataDir(std::move(dataDir))
    , m_verbose(verbose)
{ }

Context::~Context() = default;

QString Context::diaryFile() const
{
    return AppPaths::diaryFile(m_dataDir);
}

QString Context::settingsFile() const
{
    return AppPaths::settingsFile();
}

int Context::fail(const QString& message, int code) const
{
    m_err << "stilla-cli: " << message << '\n';
    return code;
}

bool Context::startSession()
{
    if (m_sessionStarted)
        return true;
    if (Status prepared = AppPaths::prepareDataDir(m_dataDir); !prepared) {
        fail(prepared.errorMessage());
        return false;
    }
    m_sessionStarted = true;
    auto log = LogSession::start({AppPaths::logDir(m_dataDir), m_verbose});
    if (!log) {
        // Not fatal: the command can still run without a log file.
        m_err << "stilla-cli: " << log.errorMessage() << '\n';
        return true;
    }
    m_log = std::move(log).value();
    qCInfo(lcCli) << "stilla-cli" << version::kVersion << "starting";
    return true;
}

bool Context::lockForWriting(int& code)
{
    code = Failure;
    if (m_lock && m_lock->isHeld())
        return true;
    // The log first: what taking the lock logs goes to the log file, not between the
    // command's own messages on stderr.
    if (!startSession())
        return false;
    const QString shown = QDir::toNativeSeparators(m_dataDir);
    m_lock = std::make_unique<InstanceLock>(m_dataDir);
    switch (m_lock->acquire()) {
    case InstanceLock::Outcome::Acquired:
        code = Success;
        return true;
    case InstanceLock::Outcome::HeldByOther:
        code = InUse;
        fail(tr("%1 has the data folder %2 open, so stilla-cli %3 may not change the diary now: "
                "only one program at a time may write it. Close Stilla's window (or wait for "
                "the other command to finish) and run the command again. Commands that only "
                "read, such as export, backup, check and stats, work while it is open.")
                 .arg(InstanceLock::describe(m_lock->holder()), shown, m_command),
            code);
        return false;
    case InstanceLock::Outcome::ReadOnlyFolder:
        code = ReadOnly;
        fail(tr("The data folder %1 is read-only, so stilla-cli %2 cannot change the diary. "
                "Make the folder writable, then try again.")
                 .arg(shown, m_command),
            code);
        return false;
    case InstanceLock::Outcome::Failed:
        fail(m_lock->message());
        return false;
    }
    return false;
}

std::unique_ptr<DiaryStore> Context::openDiary(Access access, int& code)
{
    code = Failure;
    if (access == Access::Read && !QFileInfo::exists(diaryFile())) {
        fail(tr("There is no diary yet in %1. Use --data-dir to choose the data folder that "
                "holds it.")
                 .arg(QDir::toNativeSeparators(m_dataDir)));
        return nullptr;
    }
    // A command that only reads takes the folder when it is free (and so may update an older
    // diary); when the window has it, it reads beside it, read-only.
    QString readOnlyReason;
    if (!startSession())
        return nullptr;
    if (access == Access::Write) {
        if (!lockForWriting(code))
            return nullptr;
        code = Failure;
    } else if (!m_lock || !m_lock->isHeld()) {
        m_lock = std::make_unique<InstanceLock>(m_dataDir);
        switch (m_lock->acquire()) {
        case InstanceLock::Outcome::Acquired:
            break;
        case InstanceLock::Outcome::HeldByOther:
            readOnlyReason = tr("%1 has the data folder open; stilla-cli only reads it.")
                                 .arg(InstanceLock::describe(m_lock->holder()));
            break;
        case InstanceLock::Outcome::ReadOnlyFolder:
            readOnlyReason
                = tr("The data folder %1 is read-only.").arg(QDir::toNativeSeparators(m_dataDir));
            break;
        case InstanceLock::Outcome::Failed:
            readOnlyReason = m_lock->message();
            break;
        }
    }
    // A diary that cannot be written can still be read.
    DiaryStore::OpenResult opened = DiaryRecovery::open(diaryFile(), readOnlyReason,
        access == Access::Read ? DiaryRecovery::Fallback::ReadOnly : DiaryRecovery::Fallback::None);
    if (opened.problem != DiaryStore::OpenProblem::None || !opened.store) {
        switch (opened.problem) {
        case DiaryStore::OpenProblem::Damaged:
        case DiaryStore::OpenProblem::NotADatabase:
            code = DiaryDamaged;
            break;
        case DiaryStore::OpenProblem::ReadOnly:
            code = ReadOnly;
            break;
        case DiaryStore::OpenProblem::Locked:
            code = InUse;
            break;
        default:
            code = Failure;
            break;
        }
        fail(opened.message);
        return nullptr;
    }
    code = Success;
    return std::move(opened.store);
}

} // namespace stilla::cli
