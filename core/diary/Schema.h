#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <cstdint>

class QSqlDatabase;

namespace stilla {

/// The diary's schema and its forward migrations.
///
/// Migrations are an ordered list of functions: entry N turns a database at user_version N
/// into version N+1. Each runs in its own transaction together with the user_version update,
/// so a database is always at exactly one version. To add a migration, write the function in
/// Schema.cpp, append it to kMigrations and raise DiaryStore::kSchemaVersion (a static_assert
/// checks that the two agree). See docs/diary-storage.md.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(stilla::Schema)

public:
    /// PRAGMA application_id of every Stilla diary ("Stil"), so another program's SQLite file
    /// is recognised and left alone.
    static constexpr std::int32_t kApplicationId = 0x5374696c;

    /// The version the newest migration produces.
    static int latestVersion();

    /// Runs every migration from @p fromVersion up to latestVersion(), each in a transaction.
    /// Stops at the first failure; the versions already reached stay committed.
    static Status migrate(QSqlDatabase& db, int fromVersion);
};

} // namespace stilla
