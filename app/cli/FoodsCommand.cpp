#include "FoodsCommand.h"

#include "CliOptions.h"
#include "core/Language.h"
#include "core/diary/DiaryStore.h"
#include "core/foods/FoodCatalogue.h"
#include "core/foods/FoodGroups.h"
#include "core/foods/FoodLibrary.h"
#include "core/foods/FoodSearch.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace stilla::cli {

namespace {

constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 100000;

/// A number for people and scripts alike: "79", "0.5", never a thousands separator.
QString mgText(double value)
{
    return QString::number(value, 'g', 10);
}

/// The --json output: an array of objects with exactly the keys id, source, name, group,
/// mg_per_100g.
QString matchesJson(const std::vector<FoodMatch>& matches)
{
    QJsonArray array;
    for (const FoodMatch& match : matches) {
        const Food& food = *match.food;
        array.append(QJsonObject {{QStringLiteral("id"), food.id},
            {QStringLiteral("source"), toName(food.source)}, {QStringLiteral("name"), food.name},
            {QStringLiteral("group"), food.group},
            {QStringLiteral("mg_per_100g"), food.magnesiumPer100g}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

/// @p rows (the first one the header) as lines of columns two spaces apart, each as wide as
/// its widest cell; the last column, the number, right-aligned.
QString alignedTable(const std::vector<QStringList>& rows)
{
    std::vector<qsizetype> widths(std::size_t(rows.front().size()), 0);
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], row.at(c).size());
    }
    QString table;
    for (const QStringList& cells : rows) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const qsizetype width = widths[std::size_t(c)];
            if (c + 1 == cells.size())
                table += cells.at(c).rightJustified(width); // the number, right-aligned
            else
                table += cells.at(c).leftJustified(width) + QStringLiteral("  ");
        }
        table += QLatin1Char('\n');
    }
    return table;
}

} // namespace

QString FoodsCommand::summary()
{
    return tr("Search the food catalogue for magnesium per 100\u00A0g (foods search QUERY).");
}

QString FoodsCommand::usageHint() const
{
    return tr("Run stilla-cli foods search --help for the options.");
}

int FoodsCommand::run(const QStringList& arguments)
{
    const QString action = arguments.size() > 1 ? arguments.at(1) : QString();
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        m_out << tr("Usage: stilla-cli foods search QUERY [--limit N] [--json] [--lang sv|en]\n\n"
                    "Search the food catalogue (Swedish Food Agency, USDA SR28 and your own "
                    "foods) for magnesium per 100\u00A0g.\n");
        return 0;
    }
    if (action != QLatin1String("search"))
        return usageError(action.isEmpty()
                ? tr("foods needs an action: search.")
                : tr("Unknown foods action \"%1\"; the action is search.").arg(action));
    QStringList rest = arguments.mid(1);
    rest.first() = arguments.constFirst() + QStringLiteral(" search");
    return search(rest);
}

int FoodsCommand::search(const QStringList& arguments)
{
    SearchOptions options;
    if (const int code = parseSearch(arguments, options); code >= 0)
        return code;

    // Never create a diary for a search; use one that is there.
    std::unique_ptr<DiaryStore> store;
    if (QFileInfo::exists(m_context.diaryFile())) {
        int code = 0;
        store = m_context.openDiary(cli::Access::Read, code);
    }
    FoodLibrary library(store.get());
    if (!library.load(PreparedFoods::loadNow()))
        return fail(library.error());
    if (store && !library.error().isEmpty()) {
        m_err << "stilla-cli: " << library.error() << '\n';
        m_err << tr("Searching without your own foods.") << '\n';
    } else if (!store && QFileInfo::exists(m_context.diaryFile())) {
        m_err << tr("Searching without your own foods.") << '\n';
    }
    FoodQuery query;
    query.text = options.text;
    query.language = options.language;
    query.limit = options.limit;
    const std::vector<FoodMatch> matches = library.search(query);
    if (options.json)
        m_out << matchesJson(matches);
    else if (matches.empty())
        m_out << tr("No food matches \"%1\".").arg(options.text) << '\n';
    else
        printTable(matches, options.language);
    return 0;
}

int FoodsCommand::parseSearch(const QStringList& arguments, SearchOptions& options) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Search the food catalogue for QUERY: the Swedish Food Agency's and USDA's foods, "
           "and your own foods when there is a diary. Matching ignores case and accents, takes "
           "the words in any order and forgives plural endings and one typo. Prints the best "
           "matches first with id, source, name, group and magnesium in mg per 100\u00A0g. The "
           "table shows groups in the chosen language; --json gives them as the source "
           "names them."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        tr("Show at most N foods (default %1).").arg(kDefaultLimit), QStringLiteral("N"),
        QString::number(kDefaultLimit));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        tr("Print a JSON array of objects with the keys id, source, name, group, "
           "mg_per_100g."));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        tr("sv or en: foods from the database in this language come first (default: the "
           "system language)."),
        QStringLiteral("language"));
    parser.addOptions({limitOption, jsonOption, languageOption});
    parser.addPositionalArgument(QStringLiteral("QUERY"), tr("What to look for."));
    if (const int code = cli::parseSubcommand(parser, arguments, m_out, m_err,
            {.usageTail = QStringLiteral("QUERY"),
                .errorHint = tr("Run stilla-cli foods search --help for the options.")});
        code >= 0)
        return code;
    options.text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (options.text.isEmpty())
        return usageError(tr("foods search needs a QUERY."));
    bool limitOk = false;
    options.limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || options.limit < 1 || options.limit > kMaxLimit)
        return usageError(tr("--limit must be a whole number from 1 to %1.").arg(kMaxLimit));
    options.language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                    : Language::fromLocale(QLocale::system());
    if (!Language::isSupported(options.language))
        return usageError(tr("--lang must be sv or en."));
    options.json = parser.isSet(jsonOption);
    return -1;
}

void FoodsCommand::printTable(const std::vector<FoodMatch>& matches, const QString& language) const
{
    std::vector<QStringList> rows {
        {tr("id"), tr("source"), tr("name"), tr("group"), tr("mg/100\u00A0g")}};
    for (const FoodMatch& match : matches) {
        const Food& food = *match.food;
        rows.push_back({food.id, toName(food.source), food.name,
            FoodGroups::displayName(food.source, food.group, language),
            mgText(food.magnesiumPer100g)});
    }
    m_out << alignedTable(rows);
}

} // namespace stilla::cli
