#pragma once

#include "core/diary/DayEntry.h"
#include "core/experiment/ExperimentPlan.h"
#include "core/labs/LabResult.h"

#include <QString>

#include <vector>

namespace stilla {

/// One thing wrong with an import file, pinned to where it is.
struct ImportProblem
{
    int line = 0; ///< 1-based line in the file; 0 when the problem is about the whole file
    int column = 0; ///< 1-based character in the line, when known (JSON syntax, UTF-8)
    QString field; ///< CSV column name or JSON path ("days[3].sleep.quality"); may be empty
    QString message; ///< for people, in the UI language

    /// "FILE:LINE: field: message", leaving out the parts that are not known. With a column:
    /// "FILE:LINE:COLUMN: ...", as compilers write it.
    QString toText(const QString& fileName) const
    {
        QString text = fileName;
        if (line > 0) {
            text += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                text += QLatin1Char(':') + QString::number(column);
        }
        text += QStringLiteral(": ");
        if (!field.isEmpty())
            text += field + QStringLiteral(": ");
        text += message;
        return text;
    }

    bool operator==(const ImportProblem&) const = default;
};

/// What reading an import file found: the days that passed every check, and every problem.
/// The caller decides: import nothing while there are problems, or, when the person chooses
/// so, only the valid days.
struct ImportReport
{
    /// valid days, in file order, without row ids; in date order when the file was of an older
    /// format whose nights were moved to the morning they ended on
    std::vector<DayEntry> days;
    /// valid lab results (JSON only), in file order
    std::vector<LabResult> labs;
    /// valid self-experiments (JSON only), in file order, without row ids
    std::vector<ExperimentPlan> experiments;
    std::vector<ImportProblem> problems; ///< in file order
    int dayCount = 0; ///< days (rows or JSON entries) found in the file, valid or not
    int validCount = 0; ///< the file's days without problems, as counted in the file
    /// The file was of an older format, whose nights were moved to the morning they ended on:
    /// @c days may then hold up to twice validCount days (a morning the file lacked) or fewer
    /// (a day that held only its night).
    bool nightsMoved = false;

    bool ok() const { return problems.empty(); }
};

} // namespace stilla
