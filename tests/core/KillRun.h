#pragma once

// What the kill tests (DiaryKillTest.cpp, DiaryKillFileTest.cpp) share between the four kinds of
// work: starting diary_kill_child, killing it at a random moment, reading what it reported, and the
// figures each kind prints.
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <iostream>
#include <random>
#include <string>
#include <thread>

namespace stilla::test {

/// Kill points per kind: STILLA_KILL_POINTS (default 200) over the four kinds of work.
inline int killPointsPerKind()
{
    constexpr int kDefaultTotal = 200;
    constexpr int kKinds = 4;
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("STILLA_KILL_POINTS", &ok);
    const int total = ok && fromEnv > 0 ? fromEnv : kDefaultTotal;
    return std::max(1, total / kKinds);
}

/// One run of the child: the complete lines it printed, and whether it was killed.
struct ChildRun
{
    bool started = false;
    bool killed = false;
    int exitCode = 0;
    QList<QByteArray> lines; ///< complete lines only: a line cut off by the kill is dropped
    QByteArray errors;

    /// Lines starting with @p word.
    QList<QList<QByteArray>> reports(const char* word) const
    {
        QList<QList<QByteArray>> found;
        for (const QByteArray& line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.value(0) == word)
                found.append(parts);
        }
        return found;
    }
};

inline void collect(QProcess& child, ChildRun& run)
{
    QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    lines.removeLast(); // "" after the last newline, or an unfinished line
    run.lines = lines;
    run.errors = child.readAllStandardError();
    run.exitCode = child.exitCode();
}

/// How a run of the child is meant to end.
enum class Ending {
    /// It runs to its end: every sanitizer check stays on, leak detection at exit included, so
    /// anything on its stderr is a finding or the child's own error.
    Exits,
    /// It may be SIGKILLed on purpose. Leak detection is off: LeakSanitizer checks at exit from
    /// a tracer task outside the child's thread group, and a kill that lands during that check
    /// leaves the tracer to print "Unable to get registers from thread N" about a child that
    /// was killed, not leaking. A killed child has nothing to say about leaks; every other
    /// sanitizer check and the child's own error reports stay on, so its stderr must still be
    /// empty. (Without the sanitizers the option is read by nothing.)
    MayBeKilled,
};

/// The child's environment for @p ending: the test's own, with leak detection off when the
/// child may be killed. ASAN_OPTIONS is read after the built-in defaults
/// (tests/sanitizers/SanitizerDefaults.cpp.in), so the later detect_leaks wins.
inline QProcessEnvironment childEnvironment(Ending ending)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (ending == Ending::MayBeKilled) {
        QString options = environment.value(QStringLiteral("ASAN_OPTIONS"));
        if (!options.isEmpty())
            options += u':';
        environment.insert(
            QStringLiteral("ASAN_OPTIONS"), options + QStringLiteral("detect_leaks=0"));
    }
    return environment;
}

/// Starts the kill-test child with @p arguments; false if it could not be started.
inline bool startChild(QProcess& child, const QStringList& arguments, Ending ending)
{
    child.setProcessEnvironment(childEnvironment(ending));
    child.start(QStringLiteral(STILLA_DIARY_KILL_CHILD), arguments);
    return child.waitForStarted();
}

/// Runs the child with @p arguments to its end, with every sanitizer check on.
inline ChildRun runToEnd(const QStringList& arguments)
{
    ChildRun run;
    QProcess child;
    run.started = startChild(child, arguments, Ending::Exits);
    if (!run.started)
        return run;
    child.waitForFinished(-1);
    collect(child, run);
    return run;
}

/// Starts the child with @p arguments and SIGKILLs it after @p delay, unless it finished first.
inline ChildRun runAndKill(const QStringList& arguments, std::chrono::milliseconds delay)
{
    ChildRun run;
    QProcess child;
    run.started = startChild(child, arguments, Ending::MayBeKilled);
    if (!run.started)
        return run;
    // Waiting reads the child's output as it comes, so it never blocks on a full pipe.
    if (!child.waitForFinished(int(delay.count()))) {
        child.kill(); // SIGKILL
        run.killed = true;
    }
    child.waitForFinished(-1);
    collect(child, run);
    return run;
}

/// Starts the child, waits until it prints @p marker (it is about to do the work under test),
/// then SIGKILLs it after @p delay unless it finished first.
inline ChildRun runAndKillAfter(
    const QStringList& arguments, const QByteArray& marker, std::chrono::microseconds delay)
{
    ChildRun run;
    QProcess child;
    run.started = startChild(child, arguments, Ending::MayBeKilled);
    if (!run.started)
        return run;
    QByteArray seen;
    while (!seen.contains(QByteArray(marker + '\n')) && child.waitForReadyRead(10000))
        seen += child.peek(child.bytesAvailable());
    std::this_thread::sleep_for(delay);
    if (child.state() != QProcess::NotRunning && !child.waitForFinished(0)) {
        child.kill();
        run.killed = true;
    }
    child.waitForFinished(-1);
    collect(child, run);
    return run;
}

/// One round of a kind's loop. Round 0 runs the child to its end with @p steps as its last
/// argument (a few saves, imports or backups), so that every step the kind does is reported and
/// checked however slow the machine is: killed after a random delay, a loaded machine could
/// kill every round before its first report (CI once saw no restore in 50 rounds). Every later
/// round is killed after @p delay, with @p arguments as they are.
inline ChildRun runRound(
    int round, QStringList arguments, const QString& steps, std::chrono::milliseconds delay)
{
    if (round > 0)
        return runAndKill(arguments, delay);
    arguments.last() = steps;
    return runToEnd(arguments);
}

/// How long the child takes from @p marker to its exit, in microseconds (the longest of a
/// few runs), to spread the kill points of a short piece of work over all of it.
template<typename Prepare>
long long timeAfterMarker(const QByteArray& marker, int runs, Prepare prepare)
{
    long long longest = 0;
    for (int i = 0; i < runs; ++i) {
        const QStringList arguments = prepare(i);
        QProcess child;
        if (!startChild(child, arguments, Ending::Exits))
            return 0;
        QByteArray seen;
        while (!seen.contains(QByteArray(marker + '\n')) && child.waitForReadyRead(10000))
            seen += child.peek(child.bytesAvailable());
        QElapsedTimer timer;
        timer.start();
        child.waitForFinished(-1);
        longest = std::max(longest, timer.nsecsElapsed() / 1000);
    }
    return longest;
}

/// The one line each kind prints, so CI logs show the figures.
inline void printSummary(const std::string& line)
{
    std::cout << "[ kill test ] " << line << std::endl;
}

/// The longest a round waits before it kills the child.
inline constexpr int kMaxDelayMs = 400;

/// Rounds go on until this kind has its kill points, or three times as many rounds ran.
inline bool moreRounds(int kills, int rounds)
{
    const int points = killPointsPerKind();
    return kills < points && rounds < 3 * points;
}

/// "saves: 60 rounds, 50 kills", the start of each kind's summary line.
inline QString kindLine(const char* kind, int rounds, int kills)
{
    return QStringLiteral("%1: %2 rounds, %3 kills")
        .arg(QLatin1String(kind))
        .arg(rounds)
        .arg(kills);
}

} // namespace stilla::test
