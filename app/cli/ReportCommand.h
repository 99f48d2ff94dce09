#pragma once

#include "CliOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace stilla {

class Clock;
class DiaryStore;

/// stilla-cli report: the report for the doctor as a PDF.
///
///   stilla-cli report --from D --to D [--lang sv|en] [--paper a4|letter] [--settings FILE]
///                     FILE.pdf
///
/// The safety notes use the profile in Stilla's settings file (or --settings FILE). The diary
/// is only read, never created. Exit codes as the other commands: 2 for bad usage (the message
/// names the option), 1 when the report could not be made or written (it names the file).
/// Needs a QGuiApplication (stilla-cli's main makes one, offscreen, for this command).
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ReportCommand)

public:
    using DiaryOpener = cli::DiaryOpener;

    ReportCommand(QTextStream& out, QTextStream& err, QString defaultSettingsFile,
        DiaryOpener openDiary, const Clock& clock);
    ~ReportCommand();

    /// @p arguments: the command's name ("stilla-cli report") and its options.
    int run(const QStringList& arguments);

private:
    int usageError(const QString& message);
    int fail(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_defaultSettingsFile;
    DiaryOpener m_openDiary;
    const Clock& m_clock;
};

} // namespace stilla
