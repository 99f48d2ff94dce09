#include "Logging.h"

#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace stilla {

// Warnings and worse by default: info and debug messages are for the log file, which a
// LogSession opens them to. Before a session starts (a second window that hands over to the
// first, stilla-cli taking the folder's lock) they went to stderr among the program's own
// messages.
Q_LOGGING_CATEGORY(lcApp, "stilla.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "stilla.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCore, "stilla.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiary, "stilla.diary", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSafety, "stilla.safety", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIo, "stilla.io", QtWarningMsg)

namespace {

QtMessageHandler g_previousHandler = nullptr;

spdlog::level::level_enum toSpdlogLevel(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void routeQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const char* category = context.category ? context.category : "default";
    spdlog::log(toSpdlogLevel(type), "[{}] {}", category, message.toStdString());
    if (type == QtFatalMsg) {
        spdlog::default_logger()->flush();
        std::abort();
    }
}

} // namespace

Result<std::unique_ptr<LogSession>> LogSession::start(const LoggingOptions& options)
{
    if (auto prepared = AppPaths::prepareDataDir(options.directory); !prepared)
        return Error {prepared.errorMessage()};

    const QString filePath = QDir(options.directory).filePath(QString::fromLatin1(kFileName));
    std::vector<spdlog::sink_ptr> sinks;
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QDir::toNativeSeparators(filePath).toStdString(), options.maxFileBytes,
            options.maxFiles));
    } catch (const spdlog::spdlog_ex& e) {
        return Error {
            QCoreApplication::translate("stilla::LogSession", "Could not open the log file %1: %2")
                .arg(QDir::toNativeSeparators(filePath), QString::fromLocal8Bit(e.what()))};
    }
    // Owner-only even when the process did not restrict its umask (the app and CLI do).
    QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (options.verbose)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());

    auto logger = std::make_shared<spdlog::logger>("stilla", sinks.begin(), sinks.end());
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
    logger->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);

    QLoggingCategory::setFilterRules(options.verbose
            ? QStringLiteral("stilla.*.info=true\nstilla.*.debug=true")
            : QStringLiteral("stilla.*.info=true"));
    g_previousHandler = qInstallMessageHandler(routeQtMessage);
    return std::unique_ptr<LogSession>(new LogSession(filePath));
}

LogSession::LogSession(QString filePath)
    : m_filePath(std::move(filePath))
{ }

LogSession::~LogSession()
{
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    QLoggingCategory::setFilterRules(QString()); // warnings and worse again, to stderr
    spdlog::default_logger()->flush();
    // Replace the file logger so nothing writes to a closed session's file.
    spdlog::set_default_logger(std::make_shared<spdlog::logger>(
        "stilla", std::make_shared<spdlog::sinks::stderr_color_sink_mt>()));
}

void LogSession::flush()
{
    spdlog::default_logger()->flush();
}

} // namespace stilla
