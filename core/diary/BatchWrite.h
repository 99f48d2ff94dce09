#pragma once

#include "DiaryStore.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace stilla {

/// The work of DiaryStore::saveMany: everything that is to be written is checked before
/// anything is, then the days, lab results and self-experiments are written inside the
/// caller's transaction, counting what was done and noting what is already stored. Internal to
/// core/diary; its messages are DiaryStore's (DiaryStore::tr()).
class BatchWrite
{
public:
    BatchWrite(QSqlDatabase& db, ConflictPolicy policy);

    /// Takes what is to be written, checked: a self-experiment or lab result with problems, a
    /// lab date twice, a day with a validation error or a date twice refuses it all, with the
    /// message "Nothing was saved: ...". The days are kept as they will be stored.
    Status check(const std::vector<DayEntry>& days, const std::vector<LabResult>& labs,
        const std::vector<ExperimentPlan>& experiments);
    /// Inside the caller's transaction: writes the days, then the lab results, then the
    /// self-experiments. With ConflictPolicy::Fail nothing more is written once something is
    /// found already stored; conflicts() then says what, and the caller rolls back.
    Status write();

    /// "Nothing was saved: these days are already in the diary ...", or the lab results or
    /// self-experiments already there; empty when nothing stood in the way.
    QString conflicts() const;
    const DiaryStore::SaveManyReport& report() const { return m_report; }

private:
    Status writeDays();
    Status writeLabs();
    /// The starts already stored go to m_experimentConflicts (Fail); nothing is written while
    /// there are conflicts.
    Status writeExperiments();

    QSqlDatabase& m_db;
    ConflictPolicy m_policy;
    std::vector<DayEntry> m_days;
    std::vector<LabResult> m_labs;
    std::vector<ExperimentPlan> m_experiments;
    DiaryStore::SaveManyReport m_report;
    std::vector<QDate> m_dayConflicts;
    std::vector<QDate> m_labConflicts;
    std::vector<QDate> m_experimentConflicts;
};

} // namespace stilla
