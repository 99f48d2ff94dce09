#include "BatchWrite.h"

#include "DayTable.h"
#include "DayValidation.h"
#include "ExperimentTable.h"
#include "LabTable.h"

#include <QLocale>
#include <QStringList>

#include <set>

namespace stilla {

namespace {

/// Lists dates for a message: the first few and how many more.
QString dateList(const std::vector<QDate>& dates)
{
    constexpr std::size_t kShown = 10;
    QStringList parts;
    for (std::size_t i = 0; i < dates.size() && i < kShown; ++i)
        parts << DayValidation::dateText(dates[i]);
    QString text = parts.join(QLatin1String(", "));
    if (dates.size() > kShown)
        text = DiaryStore::tr("%1 and %Ln more", nullptr, int(dates.size() - kShown)).arg(text);
    return text;
}

} // namespace

BatchWrite::BatchWrite(QSqlDatabase& db, ConflictPolicy policy)
    : m_db(db)
    , m_policy(policy)
{ }

Status BatchWrite::check(const std::vector<DayEntry>& days, const std::vector<LabResult>& labs,
    const std::vector<ExperimentPlan>& experiments)
{
    for (const ExperimentPlan& plan : experiments) {
        if (const QStringList problems = plan.problems(); !problems.isEmpty())
            return Error {
                DiaryStore::tr("Nothing was saved: the self-experiment that starts on "
                               "%1 has a problem: %2")
                    .arg(DayValidation::dateText(plan.start), problems.join(QLatin1Char(' ')))};
    }
    std::set<QDate> labDates;
    for (const LabResult& result : labs) {
        QStringList problems = result.problems();
        if (result.isEmpty())
            problems << DiaryStore::tr("It has no value.");
        if (!problems.isEmpty()) {
            return Error {
                DiaryStore::tr("Nothing was saved: the lab results of %1 have a problem: %2")
                    .arg(DayValidation::dateText(result.date), problems.join(QLatin1Char(' ')))};
        }
        if (!labDates.insert(result.date).second) {
            return Error {
                DiaryStore::tr("Nothing was saved: the lab results of %1 appear more than once.")
                    .arg(DayValidation::dateText(result.date))};
        }
    }
    std::vector<DayEntry> entries = days;
    std::set<QDate> seen;
    std::vector<QDate> duplicates;
    for (DayEntry& day : entries) {
        if (const QString errors = DayValidation::errors(day); !errors.isEmpty()) {
            return Error {DiaryStore::tr("Nothing was saved: the day %1 has a problem: %2")
                              .arg(DayValidation::dateText(day.date), errors)};
        }
        if (auto ok = DayTable::normalize(day); !ok) {
            return Error {DiaryStore::tr("Nothing was saved: the day %1 has a problem: %2")
                              .arg(DayValidation::dateText(day.date), ok.errorMessage())};
        }
        if (!seen.insert(day.date).second)
            duplicates.push_back(day.date);
    }
    if (!duplicates.empty()) {
        return Error {DiaryStore::tr("Nothing was saved: these days appear more than once: %1.")
                          .arg(dateList(duplicates))};
    }
    m_days = std::move(entries);
    m_labs = labs;
    m_experiments = experiments;
    return {};
}

Status BatchWrite::write()
{
    Status done = writeDays();
    if (done)
        done = writeLabs();
    if (done && m_dayConflicts.empty() && m_labConflicts.empty())
        done = writeExperiments();
    return done;
}

Status BatchWrite::writeDays()
{
    for (DayEntry& day : m_days) {
        if (day.isEmpty()) {
            ++m_report.skipped;
            continue;
        }
        auto exists = DayTable::exists(m_db, day.date);
        if (!exists)
            return Error {exists.errorMessage()};
        if (*exists) {
            if (m_policy == ConflictPolicy::Fail) {
                m_dayConflicts.push_back(day.date);
                continue;
            }
            if (m_policy == ConflictPolicy::Skip) {
                ++m_report.skipped;
                continue;
            }
            if (auto removed = DayTable::remove(m_db, day.date); !removed)
                return Error {removed.errorMessage()};
            ++m_report.replaced;
        } else {
            ++m_report.added;
        }
        if (m_dayConflicts.empty()) {
            if (Status inserted = DayTable::insert(m_db, day); !inserted)
                return inserted;
        }
    }
    return {};
}

Status BatchWrite::writeLabs()
{
    for (const LabResult& result : m_labs) {
        auto stored = LabTable::result(m_db, result.date);
        if (!stored)
            return Error {stored.errorMessage()};
        if (stored->has_value() && m_policy == ConflictPolicy::Fail) {
            m_labConflicts.push_back(result.date);
            continue;
        }
        if (stored->has_value() && m_policy == ConflictPolicy::Skip) {
            ++m_report.labsSkipped;
            continue;
        }
        if (m_dayConflicts.empty() && m_labConflicts.empty()) {
            const Status written = LabTable::write(m_db, result);
            ++m_report.labsSaved;
            if (!written)
                return written;
        }
    }
    return {};
}

Status BatchWrite::writeExperiments()
{
    auto existing = ExperimentTable::all(m_db);
    if (!existing)
        return Error {existing.errorMessage()};
    for (ExperimentPlan& plan : m_experiments) {
        plan.id = 0;
        for (const ExperimentPlan& stored : *existing) {
            if (stored.start == plan.start)
                plan.id = stored.id;
        }
        if (plan.id != 0 && m_policy == ConflictPolicy::Fail) {
            m_experimentConflicts.push_back(plan.start);
            continue;
        }
        if (plan.id != 0 && m_policy == ConflictPolicy::Skip) {
            ++m_report.experimentsSkipped;
            continue;
        }
        for (const ExperimentPlan& stored : *existing) {
            if (stored.id != plan.id && plan.start <= stored.lastDay()
                && stored.start <= plan.lastDay())
                return Error {DiaryStore::tr("the self-experiment that starts on %1 overlaps the "
                                             "one in the diary that starts on %2; remove one of "
                                             "them from the file")
                                  .arg(QLocale().toString(plan.start, QLocale::ShortFormat),
                                      QLocale().toString(stored.start, QLocale::ShortFormat))};
        }
        if (!m_experimentConflicts.empty())
            continue;
        if (Status written = ExperimentTable::write(m_db, plan); !written)
            return written;
        ++m_report.experimentsSaved;
    }
    return {};
}

QString BatchWrite::conflicts() const
{
    if (!m_dayConflicts.empty()) {
        return DiaryStore::tr("Nothing was saved: these days are already in the diary: %1. "
                              "Choose to skip or replace them.")
            .arg(dateList(m_dayConflicts));
    }
    if (!m_labConflicts.empty()) {
        return DiaryStore::tr("Nothing was saved: the diary already has lab results for %1. "
                              "Choose to skip or replace them.")
            .arg(dateList(m_labConflicts));
    }
    if (!m_experimentConflicts.empty()) {
        return DiaryStore::tr("Nothing was saved: the diary already has the self-experiments "
                              "that start on %1. Choose to skip or replace them.")
            .arg(dateList(m_experimentConflicts));
    }
    return {};
}

} // namespace stilla
