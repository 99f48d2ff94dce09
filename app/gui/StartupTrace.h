#pragma once

#include <QElapsedTimer>

namespace stilla {

/// The start-up's steps, timed. With `stilla --trace-startup` (a diagnostic, for
/// scripts/bench.sh) each step prints one line to stderr as it ends,
///     stilla: <step> after <ms> ms (at <wall clock> ns)
/// and the first paint prints the same line (FirstPaintWatcher), so that a script can time each
/// step from the moment it started the program (docs/performance.md, "Where the start-up time
/// goes"). Without the option a step costs one test of a flag.
class StartupTrace
{
public:
    /// Starts the clock: made first thing in runGui.
    explicit StartupTrace(bool enabled);

    /// Prints the line for @p step when enabled.
    void step(const char* step) const;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    const QElapsedTimer& started() const { return m_started; }

    /// Prints the line for @p step, @p elapsedMs after the start.
    static void print(const char* step, double elapsedMs);

private:
    QElapsedTimer m_started;
    bool m_enabled;
};

} // namespace stilla
