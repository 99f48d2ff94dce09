// stilla-cli import of Cronometer's "Daily Nutrition" export: each day's Magnesium (mg) becomes
// that day's Cronometer food line (core/io/CronometerCsv, docs/import-cronometer.md).
#include "Cli.h"
#include "Logging.h"
#include "diary/DiaryStore.h"
#include "io/DiaryIo.h"

#include <QDir>
#include <QTextStream>

namespace stilla {

int Cli::importCronometer(const QString& file, bool includeNotCompleted, bool validOnly)
{
    const Result<QByteArray> data = DiaryIo::readFile(file);
    if (!data)
        return fail(data.errorMessage());
    const CronometerCsv::Report report = CronometerCsv::read(data.value(), includeNotCompleted);
    const QString shown = QDir::toNativeSeparators(file);
    for (const ImportProblem& problem : report.problems)
        m_err << problem.toText(shown) << '\n';
    if (!report.ok() && (!validOnly || report.days.empty()))
        return fail(tr("Nothing was imported: %Ln problem(s) in %1. Correct the file, or use "
                       "--valid-only to import only the valid days.",
            "", int(report.problems.size()))
                        .arg(shown));

    int code = Failure;
    const std::unique_ptr<DiaryStore> store = openDiary(true, Access::Write, code);
    if (!store)
        return code;
    const Result<std::vector<DayEntry>> days = DiaryIo::mergeCronometer(*store, report);
    if (!days)
        return fail(days.errorMessage());
    const Result<DiaryStore::SaveManyReport> saved
        = store->saveMany(days.value(), ConflictPolicy::Replace);
    if (!saved)
        return fail(saved.errorMessage());
    qCInfo(lcCli) << "Imported Cronometer magnesium for" << days->size() << "days";
    m_out << tr("Took the magnesium from food of %Ln day(s) from Cronometer (%L1 new days, %L2 "
                "days already in the diary, whose own food lines were kept).",
        "", int(days->size()))
                 .arg(saved->added)
                 .arg(saved->replaced)
          << '\n';
    if (const QString leftOut = CronometerCsv::describeLeftOut(report); !leftOut.isEmpty()) {
        m_out << leftOut;
        if (!report.notCompleted.empty())
            m_out << ' ' << tr("Use --include-not-completed to take them too.");
        m_out << '\n';
    }
    return Success;
}

} // namespace stilla
