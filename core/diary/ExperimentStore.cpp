#include "ExperimentStore.h"

#include "DiaryStore.h"
#include "ExperimentTable.h"

#include <QLocale>

namespace stilla {

Result<std::vector<ExperimentPlan>> ExperimentStore::all() const
{
    if (auto ok = m_diary.requireOpen(); !ok)
        return Error {ok.errorMessage()};
    auto plans = ExperimentTable::all(m_diary.m_db);
    if (!plans)
        return Error {DiaryStore::tr("Could not read the self-experiments from the diary %1: %2.")
                          .arg(m_diary.shownPath(), plans.errorMessage())};
    return plans;
}

Result<std::optional<ExperimentPlan>> ExperimentStore::current() const
{
    auto plans = all();
    if (!plans)
        return Error {plans.errorMessage()};
    if (plans->empty())
        return std::optional<ExperimentPlan>();
    return std::optional<ExperimentPlan>(plans->back());
}

Status ExperimentStore::save(ExperimentPlan& plan)
{
    if (auto ok = m_diary.requireWritable(); !ok)
        return ok;
    if (const QStringList problems = plan.problems(); !problems.isEmpty())
        return Error {DiaryStore::tr("The self-experiment was not saved: %1")
                          .arg(problems.join(QLatin1Char(' ')))};
    auto existing = all();
    if (!existing)
        return Error {existing.errorMessage()};
    for (const ExperimentPlan& other : *existing) {
        if (other.id == plan.id)
            continue;
        if (plan.start <= other.lastDay() && other.start <= plan.lastDay())
            return Error {
                DiaryStore::tr("The self-experiment was not saved: its days overlap those of the "
                               "experiment that started on %1. Stop that one first, or start this "
                               "one after it ends (%2).")
                    .arg(QLocale().toString(other.start, QLocale::ShortFormat),
                        QLocale().toString(other.lastDay(), QLocale::ShortFormat))};
    }
    ExperimentPlan saved = plan;
    if (Status done = ExperimentTable::save(m_diary.m_db, saved); !done)
        return Error {
            DiaryStore::tr("Could not save the self-experiment in the diary %1: %2. The diary was "
                           "not changed.")
                .arg(m_diary.shownPath(), done.errorMessage())};
    plan.id = saved.id;
    emit m_diary.m_notifier->experimentsChanged();
    return {};
}

Status ExperimentStore::remove(qint64 id)
{
    if (auto ok = m_diary.requireWritable(); !ok)
        return ok;
    auto removed = ExperimentTable::remove(m_diary.m_db, id);
    if (!removed)
        return Error {
            DiaryStore::tr("Could not remove the self-experiment from the diary %1: %2. The diary "
                           "was not changed.")
                .arg(m_diary.shownPath(), removed.errorMessage())};
    if (*removed)
        emit m_diary.m_notifier->experimentsChanged();
    return {};
}

} // namespace stilla
