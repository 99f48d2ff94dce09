#pragma once

#include "ImportProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace stilla {

/// The diary as CSV: one row a day, for spreadsheets. A summary: only the columns below are
/// kept (see docs/diary-csv.md). UTF-8 with a header row, RFC 4180 quoting, LF line ends
/// (CRLF and a byte-order mark are accepted on import). A row's sleep is the night that ended
/// on the morning of its date, so the bedtime column is "bedtime_night_before".
class DiaryCsv
{
    Q_DECLARE_TR_FUNCTIONS(stilla::DiaryCsv)

public:
    /// The bedtime column of files written before a day held the night that ended on its
    /// morning (Stilla 0.1.0 and earlier): a file with it has its nights moved to the following
    /// day on import.
    static constexpr char kOldBedtimeColumn[] = "bedtime";

    /// The columns, in the order they are written.
    static const QStringList& columns();

    /// @p days as CSV, sorted by date. Food and supplement magnesium are the day's totals.
    static QByteArray write(std::vector<DayEntry> days);

    /// Reads and checks every row. Each magnesium total becomes one aggregate line ("import"
    /// food with an empty food id; an Other, oral supplement without a time). A supplement
    /// total of 0 means none was taken and records no dose. A file with the old "bedtime"
    /// column in place of "bedtime_night_before" has each night moved to the following day
    /// (nightsMovedToTheMorningAfter()).
    static ImportReport read(const QByteArray& data);
};

} // namespace stilla
