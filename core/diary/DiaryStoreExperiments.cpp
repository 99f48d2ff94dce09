// DiaryStore: self-experiments. The SQL is in ExperimentTable; this file adds the checks every
// DiaryStore call makes, the messages and the notifications.
#include "DiaryStore.h"
#include "ExperimentTable.h"

#include <QDir>
#include <QLocale>

namespace stilla {

namespace {

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<std::vector<ExperimentPlan>> DiaryStore::experiments() const
{
    if (auto ok = requireOpen(); !ok)
        return Error {ok.errorMessage()};
    auto plans = ExperimentTable::all(m_db);
    if (!plans)
        return Error {tr("Could not read the self-experiments from the diary %1: %2.")
                          .arg(shownPath(m_path), plans.errorMessage())};
    return plans;
}

Result<std::optional<ExperimentPlan>> DiaryStore::currentExperiment() const
{
    auto plans = experiments();
    if (!plans)
        return Error {plans.errorMessage()};
    if (plans->empty())
        return std::optional<ExperimentPlan>();
    return std::optional<ExperimentPlan>(plans->back());
}

Status DiaryStore::saveExperiment(ExperimentPlan& plan)
{
    if (auto ok = requireWritable(); !ok)
        return ok;
    if (const QStringList problems = plan.problems(); !problems.isEmpty())
        return Error {
            tr("The self-experiment was not saved: %1").arg(problems.join(QLatin1Char(' ')))};
    auto existing = ExperimentTable::all(m_db);
    if (!existing)
        return Error {tr("Could not read the self-experiments from the diary %1: %2.")
                          .arg(shownPath(m_path), existing.errorMessage())};
    for (const ExperimentPlan& other : *existing) {
        if (other.id == plan.id)
            continue;
        if (plan.start <= other.lastDay() && other.start <= plan.lastDay())
            return Error {tr("The self-experiment was not saved: its days overlap those of the "
                             "experiment that started on %1. Stop that one first, or start this "
                             "one after it ends (%2).")
                              .arg(QLocale().toString(other.start, QLocale::ShortFormat),
                                  QLocale().toString(other.lastDay(), QLocale::ShortFormat))};
    }
    ExperimentPlan saved = plan;
    if (Status done = ExperimentTable::save(m_db, saved); !done)
        return Error {tr("Could not save the self-experiment in the diary %1: %2. The diary was "
                         "not changed.")
                          .arg(shownPath(m_path), done.errorMessage())};
    plan.id = saved.id;
    emit m_notifier->experimentsChanged();
    return {};
}

Status DiaryStore::removeExperiment(qint64 id)
{
    if (auto ok = requireWritable(); !ok)
        return ok;
    auto removed = ExperimentTable::remove(m_db, id);
    if (!removed)
        return Error {tr("Could not remove the self-experiment from the diary %1: %2. The diary "
                         "was not changed.")
                          .arg(shownPath(m_path), removed.errorMessage())};
    if (*removed)
        emit m_notifier->experimentsChanged();
    return {};
}

} // namespace stilla
