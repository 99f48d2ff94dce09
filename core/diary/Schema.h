#pragma once

#include "core/Result.h"

#include <QCoreApplication>

#include <cstdint>

class QSqlDatabase;

namespace stilla {

/// The diary's schema and its forward migrations.
///
/// Migrations are an ordered list of functions: entry N turns a database at user_version N
/// into version N+1. All the steps a database needs run in one transaction together with the
/// user_version updates, so a database is either at its old version, untouched, or at the
/// newest one, even if the process is killed during the migration. To add a migration, write the
/// function in Schema.cpp, append it to kMigrations and raise DiaryStore::kSchemaVersion (a
/// static_assert checks that the two agree). See docs/diary-storage.md.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(stilla::Schema)

public:
    /// PRAGMA application_id of every Stilla diary ("Stil"), so another program's SQLite file
    /// is recognised and left alone.
    static constexpr std::int32_t kApplicationId = 0x5374696c;

    /// The version the newest migration produces.
    static int latestVersion();

    /// Runs every migration from @p fromVersion up to latestVersion(), all in one transaction.
    /// On any failure nothing changes.
    static Status migrate(QSqlDatabase& db, int fromVersion);
};

} // namespace stilla
