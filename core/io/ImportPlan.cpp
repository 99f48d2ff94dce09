#include "ImportPlan.h"

#include "DiaryIo.h"
#include "core/Logging.h"

#include <QFileInfo>

#include <algorithm>
#include <set>

namespace stilla {

std::optional<ImportPlan::Format> ImportPlan::formatFromName(const QString& name)
{
    if (name.compare(QLatin1String("cronometer"), Qt::CaseInsensitive) == 0)
        return Format::Cronometer;
    if (const auto format = DiaryIo::formatFromName(name))
        return *format == DiaryFormat::Csv ? Format::Csv : Format::Json;
    return std::nullopt;
}

Result<ImportPlan> ImportPlan::read(const QString& path, std::optional<Format> format)
{
    ImportPlan plan;
    plan.m_fileName = QFileInfo(path).fileName();
    const bool named = format.has_value();
    if (!named) {
        const auto fromName = DiaryIo::formatFromFileName(path);
        if (!fromName)
            return Error {tr("%1 is neither a .json nor a .csv file, so Stilla cannot tell how "
                             "to read it.")
                              .arg(plan.m_fileName)};
        format = *fromName == DiaryFormat::Csv ? Format::Csv : Format::Json;
    }
    const Result<QByteArray> data = DiaryIo::readFile(path);
    if (!data) {
        // Whatever the format, the file gives one problem without a line.
        plan.m_format = *format;
        auto& problems = plan.m_format == Format::Cronometer ? plan.m_cronometer.problems
                                                             : plan.m_diary.problems;
        problems.push_back({0, 0, QString(), data.errorMessage()});
        return plan;
    }
    if (!named && *format == Format::Csv && CronometerCsv::looksLike(data.value()))
        format = Format::Cronometer;
    plan.m_format = *format;
    if (plan.m_format == Format::Cronometer) {
        plan.m_data = data.value();
        plan.m_cronometer = CronometerCsv::read(plan.m_data);
    } else {
        plan.m_diary = DiaryIo::parse(
            plan.m_format == Format::Csv ? DiaryFormat::Csv : DiaryFormat::Json, data.value());
    }
    return plan;
}

const std::vector<ImportProblem>& ImportPlan::problems() const
{
    return m_format == Format::Cronometer ? m_cronometer.problems : m_diary.problems;
}

int ImportPlan::invalidCount() const
{
    if (m_format == Format::Cronometer)
        return int(m_cronometer.problems.size());
    return std::max(0, m_diary.dayCount - m_diary.validCount);
}

int ImportPlan::validCount() const
{
    return int(m_format == Format::Cronometer ? m_cronometer.days.size() : m_diary.days.size());
}

const std::vector<QDate>& ImportPlan::notCompleted() const
{
    return m_cronometer.notCompleted;
}

void ImportPlan::includeNotCompleted()
{
    if (m_format == Format::Cronometer && !m_data.isEmpty())
        m_cronometer = CronometerCsv::read(m_data, true);
}

Result<ImportPlan::Conflicts> ImportPlan::conflictsWith(const DiaryStore& store) const
{
    Conflicts conflicts;
    if (m_format == Format::Cronometer)
        return conflicts;
    const auto dates = store.datesWithEntries(QDate(), QDate());
    if (!dates)
        return Error {dates.errorMessage()};
    const std::set<QDate> existing(dates->begin(), dates->end());
    for (const DayEntry& day : m_diary.days)
        conflicts.days += existing.count(day.date) ? 1 : 0;
    for (const LabResult& result : m_diary.labs) {
        const auto stored = store.labs().result(result.date);
        if (!stored)
            return Error {stored.errorMessage()};
        conflicts.labs += stored->has_value() ? 1 : 0;
    }
    if (!m_diary.experiments.empty()) {
        const auto stored = store.experiments().all();
        if (!stored)
            return Error {stored.errorMessage()};
        for (const ExperimentPlan& plan : m_diary.experiments) {
            conflicts.experiments += std::any_of(stored->begin(), stored->end(),
                [&plan](const ExperimentPlan& other) { return other.start == plan.start; });
        }
    }
    return conflicts;
}

Result<std::vector<CsvDetailLoss>> ImportPlan::detailLosses(const DiaryStore& store) const
{
    if (m_format != Format::Csv)
        return std::vector<CsvDetailLoss>();
    auto merged = DiaryIo::mergeCsv(store, m_diary.days, CsvDetail::Keep);
    if (!merged)
        return Error {merged.errorMessage()};
    return std::move(merged->losses);
}

Result<ImportPlan::Outcome> ImportPlan::apply(DiaryStore& store, const Choices& choices) const
{
    if (validCount() == 0)
        return Error {tr("Nothing was imported: no day in %1 could be read.").arg(m_fileName)};
    if (!ok() && !choices.validOnly)
        return Error {
            tr("Nothing was imported: %Ln problem(s) in %1.", nullptr, int(problems().size()))
                .arg(m_fileName)};
    Outcome outcome;
    if (m_format == Format::Cronometer) {
        const auto days = DiaryIo::mergeCronometer(store, m_cronometer);
        if (!days)
            return Error {days.errorMessage()};
        const auto saved = store.saveMany(*days, ConflictPolicy::Replace);
        if (!saved)
            return Error {saved.errorMessage()};
        outcome.counts = *saved;
        outcome.days = int(days->size());
        outcome.leftOut = CronometerCsv::describeLeftOut(m_cronometer);
        qCInfo(lcIo) << "imported Cronometer magnesium for" << outcome.days << "days";
        return outcome;
    }
    std::vector<DayEntry> days = m_diary.days;
    if (m_format == Format::Csv && choices.onConflict == ConflictPolicy::Replace) {
        auto merged = DiaryIo::mergeCsv(store, std::move(days), choices.csvDetail);
        if (!merged)
            return Error {merged.errorMessage()};
        days = std::move(merged->days);
        if (choices.csvDetail == CsvDetail::Keep)
            outcome.detailKept = std::move(merged->losses);
    }
    const auto saved = store.saveMany(days, choices.onConflict, m_diary.labs, m_diary.experiments);
    if (!saved)
        return Error {saved.errorMessage()};
    outcome.counts = *saved;
    outcome.days = int(days.size());
    qCInfo(lcIo) << "imported" << outcome.counts.added << "new and" << outcome.counts.replaced
                 << "replaced days; skipped" << outcome.counts.skipped;
    return outcome;
}

Result<DiarySnapshot> ImportPlan::snapshotOf(const DiaryStore& store) const
{
    std::vector<QDate> dates;
    if (m_format == Format::Cronometer) {
        for (const CronometerCsv::Day& day : m_cronometer.days)
            dates.push_back(day.date);
        return store.snapshot(std::move(dates), {}, {});
    }
    for (const DayEntry& day : m_diary.days)
        dates.push_back(day.date);
    std::vector<QDate> labDates;
    for (const LabResult& result : m_diary.labs)
        labDates.push_back(result.date);
    std::vector<QDate> starts;
    for (const ExperimentPlan& plan : m_diary.experiments)
        starts.push_back(plan.start);
    return store.snapshot(std::move(dates), std::move(labDates), std::move(starts));
}

} // namespace stilla
