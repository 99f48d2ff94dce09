#pragma once

#include "core/diary/DayEntry.h"

#include <QDate>
#include <QTime>

#include <optional>
#include <vector>

namespace stilla {

/// When symptoms began, in the first and in the last four weeks of a period: symptoms that
/// start earlier in the day over months are one of the signs of augmentation with dopamine
/// medicines for RLS (AASM 2024, as the guide's "Medicines and RLS" says), and a clinician
/// asks for it. Only days with a clock time count; the time-of-day choices without a time
/// (afternoon, evening, night) are left out.
///
/// Times are ordered from 06:00, RLS's quietest hours, so that 23:30 comes before 00:30; the
/// median of each window is the median of the minutes after 06:00 (as Python's
/// statistics.median and numpy.median define it: the mean of the two middle values of an even
/// count; goldens in tests/core/SymptomOnsetTest.cpp), rounded to the minute.
struct SymptomOnset
{
    struct Window
    {
        QDate from;
        QDate to;
        int days = 0; ///< days in the window with a clock time symptoms began
        /// The median time; none with fewer than kLeastTimes days.
        std::optional<QTime> median;
    };
    Window first;
    Window last;

    static constexpr int kWindowDays = 28;
    static constexpr int kLeastTimes = 5;

    /// How many minutes earlier in the day the last window's median is than the first's
    /// (negative when later); none unless both windows have a median.
    std::optional<int> earlierByMinutes() const;

    /// The first and the last kWindowDays of from..to, from @p days (days outside the period
    /// are left out); none for a period shorter than two windows, where they would overlap.
    static std::optional<SymptomOnset> compare(
        const std::vector<DayEntry>& days, const QDate& from, const QDate& to);
    /// Minutes after 06:00, 0..1439.
    static int minutesFromMorning(const QTime& time);
};

} // namespace stilla
