#pragma once

#include "CronometerCsv.h"
#include "DiaryCsv.h"
#include "ImportProblem.h"
#include "core/Result.h"
#include "core/diary/DiaryStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace stilla {

/// One import into the diary, planned before anything is written. The file is read and checked
/// once; what it would change in the diary is counted; apply() writes exactly what was chosen,
/// in one transaction. File ▸ Import asks the person each choice, stilla-cli import takes them
/// from its options: both import through this one plan, so they cannot drift apart.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(stilla::ImportPlan)

public:
    enum class Format {
        Json, ///< Stilla's JSON: days, lab results and self-experiments
        Csv, ///< Stilla's CSV: one row a day of totals
        Cronometer, ///< Cronometer's Daily Nutrition export: each day's magnesium from food
    };

    /// "json", "csv" or "cronometer" (any case); std::nullopt for anything else.
    static std::optional<Format> formatFromName(const QString& name);

    /// What the person (or the command line) decided.
    struct Choices
    {
        /// Import the days without problems even when other days have some.
        bool validOnly = false;
        /// What to do with a day, lab date or self-experiment already in the diary (not used
        /// for Cronometer, which only ever sets its own line of a day).
        ConflictPolicy onConflict = ConflictPolicy::Fail;
        /// CSV with Replace: a day whose totals differ keeps its food list and doses, or not.
        CsvDetail csvDetail = CsvDetail::Keep;
    };

    /// What the file has that the diary already holds.
    struct Conflicts
    {
        int days = 0;
        int labs = 0; ///< dates of lab results
        int experiments = 0; ///< self-experiments with the same start
        int total() const { return days + labs + experiments; }
    };

    /// What apply() wrote.
    struct Outcome
    {
        DiaryStore::SaveManyReport counts;
        int days = 0; ///< the days written or skipped, as the file had them
        /// CSV with CsvDetail::Keep: the days whose differing totals left their detail as it was
        std::vector<CsvDetailLoss> detailKept;
        /// Cronometer: what was left out and the file's caffeine, in words (may be empty)
        QString leftOut;
    };

    /// Reads and checks @p path. @p format as named; without one, from the file's name (.json,
    /// .csv), and a .csv file with Cronometer's columns is read as Cronometer's. An Error only
    /// when the format cannot be told; a file that cannot be read gives one problem.
    static Result<ImportPlan> read(const QString& path, std::optional<Format> format = {});

    Format format() const { return m_format; }
    /// The file's name, as problems and messages show it.
    const QString& fileName() const { return m_fileName; }

    /// Every problem in the file, in file order.
    const std::vector<ImportProblem>& problems() const;
    bool ok() const { return problems().empty(); }
    /// Days (or Cronometer rows) with problems, which are never imported.
    int invalidCount() const;
    /// Days that can be imported as they are.
    int validCount() const;

    /// Cronometer: the days left out because Cronometer does not mark them Completed.
    const std::vector<QDate>& notCompleted() const;
    /// Cronometer: take the days not marked Completed too (reads the rows again).
    void includeNotCompleted();

    /// What the file has that @p store already holds. Always none for Cronometer, whose import
    /// changes only its own food line of a day and keeps the rest.
    Result<Conflicts> conflictsWith(const DiaryStore& store) const;
    /// CSV: the days of @p store whose food lists and doses would become one total each if
    /// the file replaced them with CsvDetail::Replace. Empty for the other formats.
    Result<std::vector<CsvDetailLoss>> detailLosses(const DiaryStore& store) const;

    /// Writes the file's valid days, lab results and self-experiments into @p store as
    /// @p choices say, all in one transaction. Refuses, writing nothing, a file with problems
    /// unless Choices::validOnly, and a file with nothing valid in it.
    Result<Outcome> apply(DiaryStore& store, const Choices& choices) const;
    /// What @p store holds at every day, lab date and self-experiment start apply() may write,
    /// taken before it so that DiaryStore::putBack() can undo the import.
    Result<DiarySnapshot> snapshotOf(const DiaryStore& store) const;

private:
    ImportPlan() = default;

    Format m_format = Format::Json;
    QString m_fileName;
    ImportReport m_diary; ///< Json and Csv
    QByteArray m_data; ///< Cronometer: the file, to read again with the days not completed
    CronometerCsv::Report m_cronometer;
};

} // namespace stilla
