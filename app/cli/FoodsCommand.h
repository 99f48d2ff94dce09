#pragma once

#include "CliOptions.h"
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

/// stilla-cli foods: search the food catalogue.
///
///   stilla-cli foods search QUERY... [--limit N] [--json] [--lang sv|en]
///
/// Prints the best matches first: id, source (slv, usda or custom), name, group and mg of
/// magnesium per 100 g, as an aligned table or (--json) an array of objects with exactly the
/// keys id, source, name, group, mg_per_100g. The user's own foods, favourites and recent
/// foods come from the diary when there is one; a search never creates a diary.
class FoodsCommand final : public cli::Command
{
    Q_DECLARE_TR_FUNCTIONS(stilla::FoodsCommand)

public:
    using Command::Command;
    static QString name() { return QStringLiteral("foods"); }
    static QString summary();
    int run(const QStringList& arguments) override;

private:
    QString usageHint() const override;
    int search(const QStringList& arguments);
};

} // namespace stilla::cli
