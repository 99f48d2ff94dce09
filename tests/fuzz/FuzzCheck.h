#pragma once

// Shared by the fuzz targets: quiet set-up, and invariants that abort, so libFuzzer (or the
// corpus replay in ctest) records the input as a crash.

#include "core/diary/DayValidation.h"
#include "core/io/DiaryIo.h"
#include "core/io/FieldText.h"
#include "core/io/ImportProblem.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace stilla::fuzz {

/// Keeps Stilla's own info logging (one line per parse) off stderr, where it would flood the
/// fuzzer's output and slow it down.
inline void quietLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("stilla.*=false"));
}

[[noreturn]] inline void fail(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
    std::abort();
}

#define STILLA_FUZZ_CHECK(condition)                                                               \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::stilla::fuzz::fail(#condition, __FILE__, __LINE__);                                  \
    } while (false)

/// Lines in @p data, counting LF, CR and CRLF each as a break (CRLF counted twice is fine for a
/// bound).
inline int lineBound(const QByteArray& data)
{
    return int(data.count('\n') + data.count('\r')) + 1;
}

/// What every import report must hold, whatever the input: problems that say something and
/// point inside the file, no more of them than the limit, only valid days (each date once), and
/// a problem for every day that was left out.
inline void checkReport(const ImportReport& report, const QByteArray& data)
{
    STILLA_FUZZ_CHECK(report.problems.size() <= std::size_t(FieldText::kMaxProblems));
    STILLA_FUZZ_CHECK(report.validCount >= 0 && report.validCount <= report.dayCount);
    if (report.ok())
        STILLA_FUZZ_CHECK(report.validCount == report.dayCount);
    // An older file's nights move to the morning they ended on: a morning the file lacked is
    // added, a day that held only its night goes.
    if (report.nightsMoved)
        STILLA_FUZZ_CHECK(report.days.size() <= 2 * std::size_t(report.validCount));
    else
        STILLA_FUZZ_CHECK(report.days.size() == std::size_t(report.validCount));
    const int lines = lineBound(data);
    for (const ImportProblem& problem : report.problems) {
        STILLA_FUZZ_CHECK(!problem.message.isEmpty());
        STILLA_FUZZ_CHECK(problem.line >= 0 && problem.line <= lines);
        STILLA_FUZZ_CHECK(problem.column >= 0);
    }
    QSet<QDate> dates;
    for (const DayEntry& day : report.days) {
        STILLA_FUZZ_CHECK(day.date.isValid());
        STILLA_FUZZ_CHECK(!dates.contains(day.date));
        dates.insert(day.date);
        STILLA_FUZZ_CHECK(DayValidation::isSavable(day));
    }
}

/// @p days sorted by date, as both writers order them.
inline std::vector<DayEntry> byDate(std::vector<DayEntry> days)
{
    std::stable_sort(days.begin(), days.end(),
        [](const DayEntry& a, const DayEntry& b) { return a.date < b.date; });
    return days;
}

/// One input for an import target: the report's invariants, and that whatever days were read
/// survive a write and a second read in @p format unchanged (and are written the same again).
inline void checkImport(DiaryFormat format, const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const ImportReport report = DiaryIo::parse(format, input);
    checkReport(report, input);
    // Every lab result read is one the diary would take.
    for (const LabResult& result : report.labs)
        STILLA_FUZZ_CHECK(result.problems().isEmpty() && !result.isEmpty());
    if (report.days.empty() && report.labs.empty())
        return;
    const QByteArray written = DiaryIo::serialize(format, report.days, report.labs);
    const ImportReport again = DiaryIo::parse(format, written);
    STILLA_FUZZ_CHECK(again.ok());
    STILLA_FUZZ_CHECK(again.days == byDate(report.days));
    if (format == DiaryFormat::Json) {
        std::vector<LabResult> labs = report.labs;
        std::stable_sort(labs.begin(), labs.end(),
            [](const LabResult& a, const LabResult& b) { return a.date < b.date; });
        STILLA_FUZZ_CHECK(again.labs == labs);
    }
    STILLA_FUZZ_CHECK(DiaryIo::serialize(format, again.days, again.labs) == written);
}

} // namespace stilla::fuzz
