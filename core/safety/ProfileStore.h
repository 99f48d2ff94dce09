#pragma once

#include "Profile.h"
#include "core/Logging.h"

#include <QLoggingCategory>

namespace stilla {

class Settings;

/// Reads and writes the personal Profile in the settings file (the "profile/" keys of
/// Settings), which the app and stilla-cli share. Nothing of it leaves the machine.
///
/// Loading is forgiving: a value that is not understood (an unknown name, edited by hand) is
/// left out and logged, never an error, so a damaged entry cannot keep the app from starting.
class ProfileStore
{
public:
    explicit ProfileStore(Settings& settings);

    Profile load() const;
    /// Writes @p profile (medications normalized: known order, no duplicates) and syncs the
    /// file. Settings::sync() tells whether the file could be written.
    void save(const Profile& profile);

private:
    Settings& m_settings;
};

} // namespace stilla
