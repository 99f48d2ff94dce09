// DiaryStore: taking the part of the diary an import changes, and putting it back (undo of an
// import). See core/diary/DiarySnapshot.h.
#include "DayTable.h"
#include "DiaryStore.h"
#include "ExperimentTable.h"
#include "LabTable.h"

#include <QDir>

#include <algorithm>
#include <set>

namespace stilla {

namespace {

/// The dates sorted, each once.
std::vector<QDate> distinct(std::vector<QDate> dates)
{
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

bool contains(const std::vector<QDate>& sorted, const QDate& date)
{
    return std::binary_search(sorted.begin(), sorted.end(), date);
}

/// Appends to @p kept the entries of @p stored whose date (@p dateOf) is one of @p sorted.
template<typename T, typename DateOf>
void keepAt(const std::vector<QDate>& sorted, const std::vector<T>& stored, std::vector<T>& kept,
    DateOf dateOf)
{
    for (const T& entry : stored) {
        if (contains(sorted, dateOf(entry)))
            kept.push_back(entry);
    }
}

} // namespace

Result<DiarySnapshot> DiaryStore::snapshot(std::vector<QDate> dates, std::vector<QDate> labDates,
    std::vector<QDate> experimentStarts) const
{
    DiarySnapshot taken;
    taken.dates = distinct(std::move(dates));
    taken.labDates = distinct(std::move(labDates));
    taken.experimentStarts = distinct(std::move(experimentStarts));
    // One read of the range each, not one per date: an import may hold years of days.
    if (!taken.dates.empty()) {
        auto stored = days(taken.dates.front(), taken.dates.back());
        if (!stored)
            return Error {stored.errorMessage()};
        keepAt(taken.dates, *stored, taken.days, [](const DayEntry& day) { return day.date; });
    }
    if (!taken.labDates.empty()) {
        auto stored = m_labs.results(taken.labDates.front(), taken.labDates.back());
        if (!stored)
            return Error {stored.errorMessage()};
        keepAt(taken.labDates, *stored, taken.labs, [](const LabResult& lab) { return lab.date; });
    }
    if (!taken.experimentStarts.empty()) {
        auto stored = m_experiments.all();
        if (!stored)
            return Error {stored.errorMessage()};
        keepAt(taken.experimentStarts, *stored, taken.experiments,
            [](const ExperimentPlan& plan) { return plan.start; });
    }
    return taken;
}

Status DiaryStore::putBack(const DiarySnapshot& snapshot)
{
    if (auto ok = requireWritable(); !ok)
        return ok;
    const Status done = DayTable::inTransaction(m_db, [&]() -> Status {
        for (const QDate& date : snapshot.dates) {
            if (auto removed = DayTable::remove(m_db, date); !removed)
                return Error {removed.errorMessage()};
        }
        for (const DayEntry& stored : snapshot.days) {
            DayEntry day = stored.withoutRowIds();
            if (auto inserted = DayTable::insert(m_db, day); !inserted)
                return inserted;
        }
        for (const QDate& date : snapshot.labDates) {
            LabResult none; // writing an empty result removes the date's row
            none.date = date;
            if (auto removed = LabTable::write(m_db, none); !removed)
                return removed;
        }
        for (const LabResult& result : snapshot.labs) {
            if (auto written = LabTable::write(m_db, result); !written)
                return written;
        }
        if (!snapshot.experimentStarts.empty()) {
            auto stored = ExperimentTable::all(m_db);
            if (!stored)
                return Error {stored.errorMessage()};
            for (const ExperimentPlan& plan : *stored) {
                if (!contains(snapshot.experimentStarts, plan.start))
                    continue;
                if (auto removed = ExperimentTable::erase(m_db, plan.id); !removed)
                    return Error {removed.errorMessage()};
            }
        }
        for (ExperimentPlan plan : snapshot.experiments) {
            if (auto written = ExperimentTable::write(m_db, plan); !written)
                return written;
        }
        return {};
    });
    if (!done) {
        return Error {tr("Could not put the diary %1 back as it was: %2. The diary was not "
                         "changed.")
                          .arg(QDir::toNativeSeparators(m_path), done.errorMessage())};
    }
    emit m_notifier->diaryReset();
    if (!snapshot.labDates.empty())
        emit m_notifier->labResultsChanged();
    if (!snapshot.experimentStarts.empty())
        emit m_notifier->experimentsChanged();
    return {};
}

} // namespace stilla
