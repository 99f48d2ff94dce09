#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPrinter;
class QTemporaryFile;

namespace stilla {

/// Atomic printing to a file. When a QPrinter prints to a file (the print dialog's "Print to
/// File", the print preview's PDF export), Qt writes that file in place, so a print cut short
/// would leave half a PDF under the chosen name. While this object lives the printer writes to a
/// temporary file beside it instead; commit() then puts what was printed in place with
/// QSaveFile (written to a temporary file, flushed to disk, renamed over the target). Not
/// committed, the temporary file is removed and the chosen file stays as it was. The printer's
/// own file name is put back either way.
class PrintToFile
{
    Q_DECLARE_TR_FUNCTIONS(stilla::PrintToFile)

public:
    explicit PrintToFile(QPrinter& printer);
    ~PrintToFile();
    PrintToFile(const PrintToFile&) = delete;
    PrintToFile& operator=(const PrintToFile&) = delete;

    /// True when the printer prints to a file (it has an output file name).
    bool isFile() const { return !m_target.isEmpty(); }
    /// After the painting has ended: moves what was printed to the chosen file. Nothing
    /// printed (a preview, a cancelled print) leaves the chosen file alone and succeeds.
    Status commit();

private:
    QPrinter& m_printer;
    QString m_target;
    std::unique_ptr<QTemporaryFile> m_temporary;
};

} // namespace stilla
