#pragma once

#include "core/Result.h"
#include "core/experiment/ExperimentPlan.h"

#include <vector>

class QSqlDatabase;

namespace stilla {

/// The experiment and experiment_pause tables of the diary (schema version 6). Internal to
/// core/diary; DiaryStore is the only user, and it adds where the diary is to the messages.
class ExperimentTable
{
public:
    /// Every experiment, oldest start first, with its pauses.
    static Result<std::vector<ExperimentPlan>> all(QSqlDatabase& db);
    /// Inserts @p plan (id 0; the new id is set) or replaces the row of its id and its pauses,
    /// in one transaction. The caller has validated it.
    static Status save(QSqlDatabase& db, ExperimentPlan& plan);
    /// The same within the caller's transaction.
    static Status write(QSqlDatabase& db, ExperimentPlan& plan);
    /// Removes the experiment of @p id and its pauses; true when there was one.
    static Result<bool> remove(QSqlDatabase& db, qint64 id);
    /// The same within the caller's transaction.
    static Result<bool> erase(QSqlDatabase& db, qint64 id);
};

} // namespace stilla
