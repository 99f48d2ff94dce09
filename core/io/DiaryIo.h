#pragma once

#include "CronometerCsv.h"
#include "DiaryCsv.h"
#include "ImportProblem.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

class QIODevice;

namespace stilla {

class DiaryStore;

enum class DiaryFormat { Json, Csv };

/// Reading and writing diary files: the one entry point for import and export, whatever the
/// format. Reads refuse files over FieldText::kMaxFileBytes; writes are atomic (QSaveFile), so
/// an export that fails leaves any earlier file as it was.
class DiaryIo
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DiaryIo)

public:
    /// "json" or "csv" (any case); std::nullopt for anything else.
    static std::optional<DiaryFormat> formatFromName(const QString& name);
    /// From a file name's extension (.json, .csv).
    static std::optional<DiaryFormat> formatFromFileName(const QString& fileName);
    static QString formatName(DiaryFormat format);

    /// @p labs and @p experiments go into JSON only; CSV is one row a day and has no place for
    /// them.
    static QByteArray serialize(DiaryFormat format, const std::vector<DayEntry>& days,
        const std::vector<LabResult>& labs = {},
        const std::vector<ExperimentPlan>& experiments = {});

    struct Exported
    {
        QByteArray data;
        int days = 0;
        int labResults = 0; ///< written (JSON), or of the dates and left out (CSV)
        int experiments = 0; ///< likewise
        DiaryFormat format = DiaryFormat::Json;
        /// "Exported 664 days to FILE." and what came with them, or, in CSV, what did not:
        /// the message File ▸ Export and stilla-cli export give.
        QString describe(const QString& file) const;
    };
    /// What File ▸ Export and stilla-cli export write: the days of @p store from @p from to
    /// @p to (every day when both are invalid) and, in JSON, the lab results of those dates and
    /// the self-experiments whose days overlap them.
    struct CsvMerged
    {
        std::vector<DayEntry> days;
        std::vector<CsvDetailLoss> losses; ///< what CsvDetail::Replace takes away, by date
    };
    /// For a CSV import that replaces days: each of @p days already in @p store becomes
    /// DiaryCsv::merge() of the stored day and the row, so the detail CSV does not carry is
    /// kept; @p detail decides for the days whose totals differ. Days not in the diary stay as
    /// they are.
    static Result<CsvMerged> mergeCsv(
        const DiaryStore& store, std::vector<DayEntry> days, CsvDetail detail);

    /// The days of a Cronometer import over the diary's: each day's Cronometer line set
    /// (CronometerCsv::apply), everything else as stored. Save them with ConflictPolicy::Replace.
    static Result<std::vector<DayEntry>> mergeCronometer(
        const DiaryStore& store, const CronometerCsv::Report& report);

    static Result<Exported> exportDiary(
        const DiaryStore& store, DiaryFormat format, const QDate& from = {}, const QDate& to = {});
    static ImportReport parse(DiaryFormat format, const QByteArray& data);

    /// Reads all of @p device, refusing more than the size limit. @p name is for messages.
    static Result<QByteArray> read(QIODevice& device, const QString& name);
    static Result<QByteArray> readFile(const QString& path);
    /// Reads and parses @p path; a file that cannot be read gives one problem without a line.
    static ImportReport importFile(const QString& path, DiaryFormat format);

    /// Writes all of @p data to @p device. @p name is for messages.
    static Status write(QIODevice& device, const QByteArray& data, const QString& name);
    /// Writes @p path atomically: all of @p data, or nothing changes.
    static Status writeFile(const QString& path, const QByteArray& data);
    static Status exportFile(const QString& path, DiaryFormat format,
        const std::vector<DayEntry>& days, const std::vector<LabResult>& labs = {});
};

} // namespace stilla
