#pragma once

#include "core/reminder/Reminder.h"

#include <QString>

namespace stilla {

class Clock;
class DiaryStore;
class DiaryUndo;
class PreparedFoods;
class Settings;
class Translators;

/// The services the GUI is built from, handed down through constructors (no globals).
struct AppContext
{
    Settings& settings;
    Translators& translators;
    const Clock& clock;
    QString dataDir;
    QString logFile;
    /// The open diary; null only when it could not be opened (the pages then say so).
    DiaryStore* diary = nullptr;
    /// The one undo history of the diary; set whenever diary is (every page's writes go
    /// through it).
    DiaryUndo* undo = nullptr;
    /// True for `stilla --demo`: a made-up diary in a temporary folder (the window says so).
    bool demo = false;
    /// The food catalogue being made ready in the background; null to load it when needed.
    PreparedFoods* foods = nullptr;
    /// Where the reminders' systemd units go; empty for the user's (XDG_CONFIG_HOME).
    QString reminderConfigHome {};
    /// Runs `systemctl --user`; empty for the real one.
    ReminderInstaller::Systemctl systemctl {};
};

} // namespace stilla
