// foodpack: turns the food composition CSVs in resources/foods/ into foods.pack, the compact
// catalogue stilla_core embeds (layout: core/foods/FoodPackFormat.h). Run at build time.
//
// foodpack --slv livsmedelsverket-foods.csv --usda usda-sr28-foods.csv
//          --portions usda-sr28-portions.csv --out foods.pack
//
// Any malformed input stops it with "file:line: what is wrong" and exit code 1; the output is
// written only when everything was read (atomically, so a failed run leaves no partial file).

#include "CsvFile.h"
#include "FoodPackWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

using stilla::foodpack::CsvFile;
using stilla::foodpack::FoodPackWriter;

namespace {

/// More than 100 g of magnesium in 100 g of food is impossible: the value is wrong.
constexpr double kMaxMgPer100g = 100000;

bool number(const QString& text, double& value)
{
    bool ok = false;
    value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value);
}

/// Reads one foods table into @p writer; fills @p index (id -> position in @p foods).
bool readFoods(const QString& path, const QStringList& columns, quint8 source,
    std::vector<FoodPackWriter::Food>& foods, QHash<QString, std::size_t>& index, QString& error)
{
    const auto csv = CsvFile::read(path, columns, error);
    if (!csv)
        return false;
    for (const CsvFile::Record& record : csv->records()) {
        const QString id = record.fields.at(0).trimmed();
        // slv: livsmedelsnummer, namn, gruppering, magnesium, energy
        // usda: ndb_no, food_group, description, magnesium, energy
        const QString name = record.fields.at(source == 0 ? 1 : 2).trimmed();
        const QString group = record.fields.at(source == 0 ? 2 : 1).trimmed();
        double magnesium = 0;
        if (id.isEmpty() || name.isEmpty()) {
            error = csv->where(record) % QLatin1String("the id and the name must not be empty");
            return false;
        }
        if (!number(record.fields.at(3), magnesium) || magnesium < 0 || magnesium > kMaxMgPer100g) {
            error = csv->where(record) % QLatin1String("magnesium \"") % record.fields.at(3)
                % QLatin1String("\" is not a number of mg from 0 to 100000");
            return false;
        }
        if (index.contains(id)) {
            error = csv->where(record) % QLatin1String("the id ") % id
                % QLatin1String(" appears more than once");
            return false;
        }
        index.insert(id, foods.size());
        foods.push_back({source, id, name, group, magnesium, {}});
    }
    return true;
}

bool readPortions(const QString& path, std::vector<FoodPackWriter::Food>& foods,
    const QHash<QString, std::size_t>& index, QString& error)
{
    const auto csv = CsvFile::read(path,
        {QStringLiteral("ndb_no"), QStringLiteral("seq"), QStringLiteral("amount"),
            QStringLiteral("unit"), QStringLiteral("grams")},
        error);
    if (!csv)
        return false;
    struct Row
    {
        std::size_t food;
        int seq;
        FoodPackWriter::Portion portion;
    };
    std::vector<Row> rows;
    for (const CsvFile::Record& record : csv->records()) {
        const QString id = record.fields.at(0).trimmed();
        const auto found = index.constFind(id);
        if (found == index.constEnd()) {
            error = csv->where(record) % QLatin1String("no food has the ndb_no ") % id;
            return false;
        }
        bool seqOk = false;
        const int seq = record.fields.at(1).trimmed().toInt(&seqOk);
        double amount = 0;
        double grams = 0;
        const QString unit = record.fields.at(3).trimmed();
        if (!seqOk || !number(record.fields.at(2), amount) || amount <= 0
            || !number(record.fields.at(4), grams) || grams <= 0 || unit.isEmpty()) {
            error = csv->where(record)
                % QLatin1String("seq must be a whole number, amount and grams numbers above 0, "
                                "and the unit must not be empty");
            return false;
        }
        // "1 cup, chopped", "0.5 container (4 oz)"
        const QString label = QString::number(amount, 'g', 6) % QLatin1Char(' ') % unit;
        rows.push_back({found.value(), seq, {label, grams}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.food != b.food ? a.food < b.food : a.seq < b.seq;
    });
    for (const Row& row : rows) {
        auto& portions = foods[row.food].portions;
        if (portions.size() >= 0xffff) {
            error = path % QLatin1String(": too many portions for ") % foods[row.food].id;
            return false;
        }
        portions.push_back(row.portion);
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Packs Stilla's food CSVs into foods.pack."));
    const QCommandLineOption slvOption(QStringLiteral("slv"),
        QStringLiteral("Livsmedelsverket foods CSV."), QStringLiteral("file"));
    const QCommandLineOption usdaOption(
        QStringLiteral("usda"), QStringLiteral("USDA SR28 foods CSV."), QStringLiteral("file"));
    const QCommandLineOption portionsOption(QStringLiteral("portions"),
        QStringLiteral("USDA SR28 portions CSV."), QStringLiteral("file"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("The pack to write."), QStringLiteral("file"));
    parser.addOptions({slvOption, usdaOption, portionsOption, outOption});
    parser.addHelpOption();
    parser.process(app);
    for (const auto* option : {&slvOption, &usdaOption, &portionsOption, &outOption}) {
        if (!parser.isSet(*option)) {
            err << "foodpack: --" << option->names().constFirst() << " is required\n";
            return 2;
        }
    }

    std::vector<FoodPackWriter::Food> foods;
    QHash<QString, std::size_t> slvIndex;
    QHash<QString, std::size_t> usdaIndex;
    QString error;
    const bool ok = readFoods(parser.value(slvOption),
                        {QStringLiteral("livsmedelsnummer"), QStringLiteral("namn"),
                            QStringLiteral("gruppering"), QStringLiteral("magnesium_mg_per_100g"),
                            QStringLiteral("energi_kcal_per_100g")},
                        0, foods, slvIndex, error)
        && readFoods(parser.value(usdaOption),
            {QStringLiteral("ndb_no"), QStringLiteral("food_group"), QStringLiteral("description"),
                QStringLiteral("magnesium_mg_per_100g"), QStringLiteral("energy_kcal_per_100g")},
            1, foods, usdaIndex, error)
        && readPortions(parser.value(portionsOption), foods, usdaIndex, error);
    if (!ok) {
        err << "foodpack: " << error << '\n';
        return 1;
    }

    FoodPackWriter writer;
    std::size_t portionCount = 0;
    for (FoodPackWriter::Food& food : foods) {
        portionCount += food.portions.size();
        writer.add(std::move(food));
    }
    QSaveFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly) || out.write(writer.write()) < 0 || !out.commit()) {
        err << "foodpack: " << out.fileName() << ": cannot write: " << out.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << "foodpack: " << slvIndex.size() << " Swedish and " << usdaIndex.size()
                        << " USDA foods, " << portionCount << " portions\n";
    return 0;
}
