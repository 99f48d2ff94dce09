#include "PrintToFile.h"

#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QSaveFile>
#include <QTemporaryFile>

namespace stilla {

PrintToFile::PrintToFile(QPrinter& printer)
    : m_printer(printer)
    , m_target(printer.outputFileName())
{
    if (m_target.isEmpty())
        return;
    const QFileInfo target(m_target);
    m_temporary = std::make_unique<QTemporaryFile>(
        target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX.printing")));
    if (!m_temporary->open()) {
        m_temporary.reset(); // print in place, as Qt would; commit() then has nothing to do
        return;
    }
    m_temporary->close();
    m_printer.setOutputFileName(m_temporary->fileName());
}

PrintToFile::~PrintToFile()
{
    if (!m_target.isEmpty())
        m_printer.setOutputFileName(m_target);
}

Status PrintToFile::commit()
{
    if (!m_temporary)
        return {};
    const QString shown = QDir::toNativeSeparators(m_target);
    if (!m_temporary->open())
        return Error {tr("Could not read what was printed for %1: %2. %1 was not changed.")
                          .arg(shown, m_temporary->errorString())};
    const QByteArray printed = m_temporary->readAll();
    m_temporary->close();
    if (printed.isEmpty())
        return {}; // nothing was printed to the file
    QSaveFile file(m_target);
    if (!file.open(QIODevice::WriteOnly) || file.write(printed) != printed.size()
        || !file.commit()) {
        return Error {tr("Could not save %1: %2. Check that the folder exists, that you may "
                         "write to it and that the disk has space.")
                          .arg(shown, file.errorString())};
    }
    return {};
}

} // namespace stilla
