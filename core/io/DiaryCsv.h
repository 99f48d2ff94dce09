#pragma once

#include "ImportProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace stilla {

/// What a CSV row does to the food list and doses of a stored day when its total differs from
/// the day's: CSV carries only totals.
enum class CsvDetail {
    Keep, ///< keep the diary's food list (doses) and leave the row's differing total aside
    Replace, ///< the row's total becomes the day's one food line (one dose)
};

/// A stored day whose food list or doses a CSV row would turn into one total.
struct CsvDetailLoss
{
    QDate date;
    int foodLines = 0; ///< stored food lines that would become one; 0 when the foods stay
    int doses = 0; ///< stored doses (with their forms and times) that would become one
    bool operator==(const CsvDetailLoss&) const = default;
};

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

    /// A CSV row @p row (as read()) over the @p stored day of the same date, for an import that
    /// replaces days: the fields CSV carries come from the row and everything else stays as
    /// stored (sleep times CSV has no column for, the symptoms' details, remedies, medicines,
    /// side effects). Where the row's food (supplement) total equals the stored one to
    /// kTotalPrecisionMg, the stored food list (doses) stays as it is. Where it differs and the
    /// stored list has detail (several lines, real foods, a dose's form, time or route),
    /// @p detail decides, and @p loss, when given, names what Replace takes away.
    static DayEntry merge(const DayEntry& stored, const DayEntry& row, CsvDetail detail,
        CsvDetailLoss* loss = nullptr);

    /// Totals are written, and read, to the nearest 0.01 mg: no sum of the diary's values shows
    /// binary noise ("254.04", never "254.04000000000002"), and a file reads back as it was.
    static constexpr double kTotalPrecisionMg = 0.01;
};

} // namespace stilla
