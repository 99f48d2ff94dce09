#pragma once

#include <QString>

namespace stilla {

class Clock;
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
};

} // namespace stilla
