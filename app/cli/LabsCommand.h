#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace stilla {
class DiaryStore;
} // namespace stilla

namespace stilla::cli {

/// stilla-cli labs: blood test results in the diary.
///
///   stilla-cli labs add --date YYYY-MM-DD [ferritin=N] [tsat=N] [hb=N] [mg_serum=N]
///   stilla-cli labs list [--from D] [--to D] [--json]
///   stilla-cli labs remove --date YYYY-MM-DD
///
/// Units: ferritin µg/L (= ng/mL), tsat (transferrin saturation) %, hb (haemoglobin) g/L,
/// mg_serum (serum magnesium) mmol/L. add changes only the values it is given and keeps the
/// date's others; a value given as "-" is cleared. After add, the iron notes the new result
/// brings are printed. --json gives an array of objects with the keys date, ferritin, tsat,
/// hb and mg_serum (null when not measured).
class LabsCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::LabsCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("labs"); }
    static QString summary();
    int run(const QStringList& arguments) override;

private:
    QString usageHint() const override;
    int add(const QStringList& arguments);
    int list(const QStringList& arguments);
    int remove(const QStringList& arguments);
};

} // namespace stilla::cli
