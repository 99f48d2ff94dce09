#pragma once

#include "Result.h"

#include <QFileDevice>
#include <QString>

namespace stilla {

/// Where Stilla keeps its files. The data folder holds the diary, backups and logs and is
/// always owner-only (0700); nothing in it is meant for anyone else.
class AppPaths
{
public:
    /// Name of the environment variable that overrides the data folder.
    static constexpr char kDataDirEnv[] = "STILLA_DATA_DIR";

    /// The folder to use: @p override (from --data-dir) when given, else $STILLA_DATA_DIR,
    /// else QStandardPaths::AppDataLocation. Returned as an absolute, clean path.
    static QString resolveDataDir(const QString& override = QString());

    /// Creates @p dir (and parents) if needed and makes it owner-only. Fails with a message
    /// naming the folder when it cannot be created, is not a folder or cannot be restricted.
    static Status prepareDataDir(const QString& dir);

    /// True when neither group nor others have any access.
    static bool isOwnerOnly(QFileDevice::Permissions permissions);

    /// Where the log files go inside a data folder.
    static QString logDir(const QString& dataDir);

    /// The diary database inside a data folder: <dataDir>/diary.sqlite.
    static QString diaryFile(const QString& dataDir);
    /// Where automatic backups of the diary go inside a data folder.
    static QString backupDir(const QString& dataDir);

    /// Sets the application name to the app id, so data and settings live in folders named
    /// after it (~/.local/share/org.stilla.Stilla, ~/.config/org.stilla.Stilla).
    static void setApplicationIdentity();

    /// Health data: every file and folder this process creates from now on is readable only by
    /// its owner (umask 077 on Unix).
    static void restrictNewFilesToOwner();

    /// The settings file (window layout, language, appearance), in the user's config folder.
    static QString settingsFile();
};

} // namespace stilla
