#pragma once

#include "CliOptions.h"
#include "Command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QTextStream;

namespace stilla {
class DiaryStore;
struct FoodMatch;
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
    /// What foods search was asked for.
    struct SearchOptions
    {
        QString text; ///< the QUERY words, joined by spaces
        int limit = 0;
        QString language; ///< "sv" or "en"
        bool json = false;
    };

    QString usageHint() const override;
    int search(const QStringList& arguments);
    /// Parses foods search's arguments into @p options: -1 to go on, else the exit code (after
    /// --help, or a usage error naming what is wrong).
    int parseSearch(const QStringList& arguments, SearchOptions& options) const;
    /// The matches as an aligned table with a header, the groups in @p language.
    void printTable(const std::vector<FoodMatch>& matches, const QString& language) const;
};

} // namespace stilla::cli
