#pragma once

#include "ImportProblem.h"
#include "core/diary/DayEntry.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>
#include <vector>

namespace stilla {

/// Cronometer's "Daily Nutrition" export (a nutrition tracker people use for micronutrients): a
/// CSV file with a header row (Date, Energy (kcal), …, Magnesium (mg), …, Caffeine (mg), …,
/// Completed, the nutrient columns in any order), one row a day, dates as YYYY-MM-DD. Stilla
/// takes each day's Magnesium (mg) as that day's magnesium from food: one line (source
/// "import", food id "cronometer", named "Cronometer") that replaces the day's earlier
/// Cronometer line and never the person's own food lines. docs/import-cronometer.md.
class CronometerCsv
{
    Q_DECLARE_TR_FUNCTIONS(stilla::CronometerCsv)

public:
    static constexpr char kFoodId[] = "cronometer";
    static constexpr char kMagnesiumColumn[] = "Magnesium (mg)";

    struct Day
    {
        QDate date;
        double magnesiumMg = 0;
        std::optional<double> caffeineMg;
        int line = 0;
    };
    struct Report
    {
        std::vector<Day> days; ///< rows to import, in file order
        std::vector<QDate> notCompleted; ///< rows left out: the day was not marked Completed
        std::vector<QDate> withoutMagnesium; ///< rows left out: no magnesium value
        std::vector<ImportProblem> problems; ///< in file order
        bool ok() const { return problems.empty(); }
    };

    /// True when @p data starts with a header that has Date and Magnesium (mg): what File ▸
    /// Import and stilla-cli import look for in a .csv file.
    static bool looksLike(const QByteArray& data);

    /// Reads and checks every row. A file without a Magnesium (mg) column is refused with one
    /// problem saying so. Rows whose Completed cell is not true are left out (listed in
    /// notCompleted) unless @p includeNotCompleted; a file without a Completed column counts
    /// every day as completed.
    static Report read(const QByteArray& data, bool includeNotCompleted = false);

    /// @p stored (or a new day when it has no date) with its Cronometer line set to @p day's
    /// magnesium: an earlier Cronometer line is replaced, the other food lines stay.
    static DayEntry apply(const DayEntry& stored, const Day& day);

    /// What the import left out and the file's caffeine, for people, in the UI language:
    /// days not marked Completed, days without a magnesium value, and the caffeine (shown,
    /// not converted to servings). Empty when there is nothing to say.
    static QString describeLeftOut(const Report& report);
};

} // namespace stilla
