#pragma once

#include "Result.h"

#include <QLoggingCategory>
#include <QString>

#include <cstddef>
#include <memory>

namespace stilla {

// One Qt logging category per module ("stilla.<module>"), all declared and defined here so
// the message handler, --verbose and QT_LOGGING_RULES treat them alike:
Q_DECLARE_LOGGING_CATEGORY(lcApp) ///< stilla.app: the windows, pages and dialogs (app/)
Q_DECLARE_LOGGING_CATEGORY(lcCli) ///< stilla.cli: stilla-cli's commands (app/cli)
Q_DECLARE_LOGGING_CATEGORY(lcCore) ///< stilla.core: the rest of core (language, lock, paths)
Q_DECLARE_LOGGING_CATEGORY(lcDiary) ///< stilla.diary: storage, backups, checks (core/diary)
Q_DECLARE_LOGGING_CATEGORY(lcSafety) ///< stilla.safety: the profile and the rules (core/safety)
Q_DECLARE_LOGGING_CATEGORY(lcIo) ///< stilla.io: import and export (core/io)

struct LoggingOptions
{
    QString directory; ///< Folder for the rotating log file (created owner-only).
    bool verbose = false; ///< Also log to stderr, and include debug messages.
    std::size_t maxFileBytes = 1024 * 1024;
    std::size_t maxFiles = 3;
};

/// The process's logging for as long as it lives: spdlog writes a size-bounded rotating file
/// (and stderr with --verbose), and Qt's own messages (qDebug, qCWarning, ...) are routed into
/// it. Logs hold events and errors, never diary contents. Destroying it flushes and restores
/// Qt's previous message handler.
class LogSession
{
public:
    static Result<std::unique_ptr<LogSession>> start(const LoggingOptions& options);
    ~LogSession();

    LogSession(const LogSession&) = delete;
    LogSession& operator=(const LogSession&) = delete;

    QString filePath() const { return m_filePath; }
    void flush();

    static constexpr char kFileName[] = "stilla.log";

private:
    explicit LogSession(QString filePath);
    QString m_filePath;
};

} // namespace stilla
