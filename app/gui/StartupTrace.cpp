#include "StartupTrace.h"

#include <chrono>
#include <cstdio>

namespace stilla {

StartupTrace::StartupTrace(bool enabled)
    : m_enabled(enabled)
{
    m_started.start();
}

void StartupTrace::step(const char* step) const
{
    if (m_enabled)
        print(step, double(m_started.nsecsElapsed()) / 1e6);
}

void StartupTrace::print(const char* step, double elapsedMs)
{
    // The wall clock as well, which a script can compare with the time it started the program.
    const long long now = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch())
                              .count();
    std::fprintf(stderr, "stilla: %s after %.1f ms (at %lld ns)\n", step, elapsedMs, now);
}

} // namespace stilla
