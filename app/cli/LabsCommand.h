#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace stilla {

class DiaryStore;

/// stilla-cli labs: blood test results in the diary.
///
///   stilla-cli labs add --date YYYY-MM-DD [ferritin=N] [tsat=N] [hb=N] [mg_serum=N]
///   stilla-cli labs list [--from D] [--to D] [--json]
///   stilla-cli labs remove --date YYYY-MM-DD
///
/// Units: ferritin µg/L (= ng/mL), tsat (transferrin saturation) %, hb (haemoglobin) g/L,
/// mg_serum (serum magnesium) mmol/L. add changes only the values it is given and keeps the
/// date's others; a value given as "-" is cleared. After add, the iron notes the new result
/// brings are printed. --json gives an array of objects with the keys date, ferritin, tsat,
/// hb and mg_serum (null when not measured).
class LabsCommand
{
    Q_DECLARE_TR_FUNCTIONS(stilla::LabsCommand)

public:
    /// Opens the diary (creating it when @p write); on failure prints why, sets the exit code
    /// and returns null.
    using DiaryOpener = std::function<std::unique_ptr<DiaryStore>(bool write, int& code)>;

    LabsCommand(QTextStream& out, QTextStream& err, DiaryOpener openDiary);

    /// @p arguments: the command's name ("stilla-cli labs") and what follows it.
    int run(const QStringList& arguments);

private:
    int add(const QStringList& arguments);
    int list(const QStringList& arguments);
    int remove(const QStringList& arguments);
    int usageError(const QString& message);
    int fail(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    DiaryOpener m_openDiary;
};

} // namespace stilla
