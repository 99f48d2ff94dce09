#include "DiaryTransfer.h"

#include "app/gui/commands/DiaryUndo.h"
#include "app/gui/commands/ImportCommand.h"
#include "app/gui/widgets/FileDialog.h"
#include "app/gui/widgets/MessageBox.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/io/DiaryIo.h"
#include "core/report/DisplayNames.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

namespace stilla {

namespace {

constexpr int kProblemsShown = 20;

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

DiaryTransfer::DiaryTransfer(
    DiaryStore& store, DiaryUndo& undo, QString backupDir, const Clock& clock, QWidget* parent)
    : QObject(parent)
    , m_store(store)
    , m_undo(undo)
    , m_backupDir(std::move(backupDir))
    , m_folder(documentsFolder())
    , m_clock(clock)
    , m_parent(parent)
{ }

Result<QString> DiaryTransfer::importFile(const QString& path)
{
    auto read = ImportPlan::read(path);
    if (!read)
        return Error {read.errorMessage()};
    ImportPlan& plan = read.value();
    const bool cronometer = plan.format() == ImportPlan::Format::Cronometer;
    const QString name = plan.fileName();
    if (!plan.ok()) {
        const QStringList lines = problemLines(plan.problems(), name);
        if (plan.validCount() == 0)
            return Error {tr("Nothing was imported: no day in %1 could be read.").arg(name)
                + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'))};
        const auto answer = MessageBox::question(m_parent, tr("Problems in the file"),
            (cronometer ? tr(
                 "%Ln row(s) in %1 cannot be imported as they are.", nullptr, plan.invalidCount())
                        : tr("%Ln day(s) in %1 cannot be imported as they are.", nullptr,
                            plan.invalidCount()))
                .arg(name),
            QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel,
            tr("Choose OK to import only the %Ln day(s) without problems, or Cancel to import "
               "nothing and correct the file first.",
                nullptr, plan.validCount())
                + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
        if (answer != QMessageBox::Ok)
            return Error {tr("Nothing was imported.")};
    }
    if (!plan.notCompleted().empty()) {
        const auto answer = MessageBox::question(m_parent, tr("Days not completed"),
            tr("%Ln day(s) in the file are not marked Completed in Cronometer, so their totals "
               "may be partial. Import them too?",
                nullptr, int(plan.notCompleted().size())),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return Error {tr("Nothing was imported.")};
        if (answer == QMessageBox::Yes)
            plan.includeNotCompleted();
    }
    ImportPlan::Choices choices;
    choices.validOnly = true; // the person agreed above, or there were no problems
    if (const auto policy = conflictPolicy(plan); policy)
        choices.onConflict = *policy;
    else
        return Error {policy.errorMessage()};
    if (plan.format() == ImportPlan::Format::Csv && choices.onConflict == ConflictPolicy::Replace) {
        const auto detail = csvDetail(plan);
        if (!detail)
            return Error {detail.errorMessage()};
        choices.csvDetail = *detail;
    }
    auto* command
        = new ImportCommand(m_store, std::move(plan), choices, tr("Import of %1").arg(name));
    if (const Status applied = m_undo.push(command); !applied)
        return Error {applied.errorMessage()};
    // Kept by the history now (a command whose write failed is deleted by the push).
    const ImportPlan::Outcome& outcome = *command->outcome();
    return QString((cronometer ? cronometerSummary(outcome, name) : importSummary(outcome, name))
        + QLatin1Char(' ') + tr("Edit ▸ Undo takes the whole import back."));
}

Result<ConflictPolicy> DiaryTransfer::conflictPolicy(const ImportPlan& plan)
{
    // Never overwrite a day without asking.
    const auto conflicts = plan.conflictsWith(m_store);
    if (!conflicts)
        return Error {conflicts.errorMessage()};
    if (conflicts->total() == 0)
        return ConflictPolicy::Fail;
    QString question
        = tr("%Ln day(s) in the file are already in your diary.", nullptr, conflicts->days);
    if (conflicts->labs > 0)
        question += QLatin1Char(' ')
            + tr("%Ln date(s) of lab results in the file are already in your diary.", nullptr,
                conflicts->labs);
    if (conflicts->experiments > 0)
        question += QLatin1Char(' ')
            + tr("%Ln self-experiment(s) in the file are already in your diary.", nullptr,
                conflicts->experiments);
    QString detail
        = tr("Yes to All replaces them with the file's version; No keeps your diary's version "
             "and imports only the other days; Cancel imports nothing.");
    if (plan.format() == ImportPlan::Format::Csv)
        detail += QLatin1Char(' ')
            + tr("A CSV file holds a summary of each day: what it has no column for (the food "
                 "list, the forms and times of doses, the details of symptoms, remedies and "
                 "medicines) stays as it is in your diary.");
    const auto answer = MessageBox::question(m_parent, tr("Days already in the diary"), question,
        QMessageBox::YesToAll | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel, detail);
    if (answer == QMessageBox::YesToAll)
        return ConflictPolicy::Replace;
    if (answer == QMessageBox::No)
        return ConflictPolicy::Skip;
    return Error {tr("Nothing was imported.")};
}

QString DiaryTransfer::importSummary(const ImportPlan::Outcome& outcome, const QString& name)
{
    const auto& counts = outcome.counts;
    QString message = tr("Imported %Ln day(s) from %1: %L2 new, %L3 replaced, %L4 skipped.",
        nullptr, counts.added + counts.replaced)
                          .arg(name)
                          .arg(counts.added)
                          .arg(counts.replaced)
                          .arg(counts.skipped);
    if (counts.labsSaved + counts.labsSkipped > 0)
        message += QLatin1Char(' ')
            + tr("Lab results: %Ln date(s) imported, %L1 kept as they were.", nullptr,
                counts.labsSaved)
                  .arg(counts.labsSkipped);
    if (counts.experimentsSaved + counts.experimentsSkipped > 0)
        message += QLatin1Char(' ')
            + tr("Self-experiments: %Ln imported, %L1 kept as they were.", nullptr,
                counts.experimentsSaved)
                  .arg(counts.experimentsSkipped);
    return message;
}

QString DiaryTransfer::cronometerSummary(const ImportPlan::Outcome& outcome, const QString& name)
{
    QString message = tr("Took the magnesium from food of %Ln day(s) from the Cronometer file "
                         "%1, as one line a day named Cronometer; your own food lines were kept.",
        nullptr, outcome.days)
                          .arg(name);
    if (!outcome.leftOut.isEmpty())
        message += QLatin1Char(' ') + outcome.leftOut;
    return message;
}

QStringList DiaryTransfer::problemLines(
    const std::vector<ImportProblem>& problems, const QString& name)
{
    QStringList lines;
    for (std::size_t i = 0; i < problems.size() && i < kProblemsShown; ++i)
        lines << problems[i].toText(name);
    if (problems.size() > kProblemsShown)
        lines << tr("… and %Ln more.", nullptr, int(problems.size()) - kProblemsShown);
    return lines;
}

Result<CsvDetail> DiaryTransfer::csvDetail(const ImportPlan& plan)
{
    const auto losses = plan.detailLosses(m_store);
    if (!losses)
        return Error {losses.errorMessage()};
    if (losses->empty())
        return CsvDetail::Keep; // nothing would be lost either way
    QStringList lines;
    const QLocale locale;
    for (std::size_t i = 0; i < losses->size() && i < kProblemsShown; ++i) {
        const CsvDetailLoss& loss = losses->at(i);
        QStringList what;
        if (loss.foodLines > 0)
            what << tr("%Ln food line(s)", nullptr, loss.foodLines);
        if (loss.doses > 0)
            what << tr("%Ln dose(s) with their forms and times", nullptr, loss.doses);
        lines << QStringLiteral("%1: %2").arg(
            locale.toString(loss.date, QLocale::ShortFormat), DisplayNames::list(what));
    }
    if (losses->size() > kProblemsShown)
        lines << tr("… and %Ln more.", nullptr, int(losses->size()) - kProblemsShown);
    const int choice
        = MessageBox::choose(m_parent, QMessageBox::Question, tr("Keep the diary's detail?"),
            tr("On %Ln day(s) the file's magnesium totals differ from your diary's. A CSV file has "
               "only totals, so taking them would turn these days' food lists and doses into one "
               "line each.",
                nullptr, int(losses->size())),
            lines.join(QLatin1Char('\n')),
            {{tr("&Keep the Diary's Detail"), QMessageBox::AcceptRole},
                {tr("&Use the File's Totals"), QMessageBox::DestructiveRole},
                {MessageBox::buttonText(QMessageBox::Cancel), QMessageBox::RejectRole}});
    if (choice == 0)
        return CsvDetail::Keep;
    if (choice == 1)
        return CsvDetail::Replace;
    return Error {tr("Nothing was imported.")};
}

void DiaryTransfer::importInteractive()
{
    const QString path = FileDialog::openFileName(m_parent, tr("Import into the Diary"), m_folder,
        tr("Diary files (*.json *.csv);;JSON (*.json);;CSV, from Stilla or Cronometer (*.csv)"));
    if (path.isEmpty())
        return;
    m_folder = QFileInfo(path).absolutePath();
    const auto result = importFile(path);
    if (result)
        MessageBox::inform(
            m_parent, QMessageBox::Information, tr("Import finished"), result.value());
    else
        MessageBox::inform(m_parent, QMessageBox::Warning, tr("Import"), result.errorMessage());
}

void DiaryTransfer::exportInteractive()
{
    const QString jsonFilter = tr("JSON, every detail (*.json)");
    const QString csvFilter = tr("CSV, one row a day for spreadsheets (*.csv)");
    QString filter = jsonFilter;
    const QString suggested
        = m_folder + QLatin1Char('/') + tr("stilla-diary") + QStringLiteral(".json");
    QString path = FileDialog::saveFileName(m_parent, tr("Export the Diary"), suggested,
        jsonFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return;
    m_folder = QFileInfo(path).absolutePath();
    DiaryFormat format = filter == csvFilter ? DiaryFormat::Csv : DiaryFormat::Json;
    if (const auto fromName = DiaryIo::formatFromFileName(path))
        format = *fromName;
    else
        path += format == DiaryFormat::Csv ? QStringLiteral(".csv") : QStringLiteral(".json");
    const auto exported = DiaryIo::exportDiary(m_store, format);
    const Status written = !exported ? Status(Error {exported.errorMessage()})
                                     : DiaryIo::writeFile(path, exported->data);
    if (!written) {
        MessageBox::inform(
            m_parent, QMessageBox::Warning, tr("Export failed"), written.errorMessage());
        return;
    }
    MessageBox::inform(
        m_parent, QMessageBox::Information, tr("Export finished"), exported->describe(path));
}

void DiaryTransfer::backupInteractive()
{
    const QString suggested = m_folder + QLatin1Char('/')
        + tr("stilla-backup-%1").arg(m_clock.today().toString(Qt::ISODate))
        + QStringLiteral(".sqlite");
    const QString path = FileDialog::saveFileName(
        m_parent, tr("Back Up the Diary"), suggested, tr("Stilla backups (*.sqlite)"));
    if (path.isEmpty())
        return;
    m_folder = QFileInfo(path).absolutePath();
    if (const Status made = m_store.backupTo(path); !made) {
        MessageBox::inform(
            m_parent, QMessageBox::Warning, tr("Backup failed"), made.errorMessage());
        return;
    }
    MessageBox::inform(m_parent, QMessageBox::Information, tr("Backup finished"),
        tr("The diary was backed up to %1.").arg(QDir::toNativeSeparators(path)));
}

void DiaryTransfer::restoreInteractive()
{
    const QString path = FileDialog::openFileName(
        m_parent, tr("Restore a Backup"), m_backupDir, tr("Stilla backups (*.sqlite)"));
    if (path.isEmpty())
        return;
    const auto answer = MessageBox::question(m_parent, tr("Restore this backup?"),
        tr("Replace your diary with the backup %1?").arg(QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        tr("Entries made since the backup will no longer be in the diary. A copy of the diary "
           "as it is now is kept beside it."));
    if (answer != QMessageBox::Yes)
        return;
    if (const Status restored = m_store.restoreFrom(path, m_clock.now()); !restored) {
        MessageBox::inform(
            m_parent, QMessageBox::Warning, tr("Restore failed"), restored.errorMessage());
        return;
    }
    MessageBox::inform(
        m_parent, QMessageBox::Information, tr("Restore finished"), tr("The backup was restored."));
}

} // namespace stilla
