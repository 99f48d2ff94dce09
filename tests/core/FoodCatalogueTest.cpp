// The packed food catalogue, the curated article foods, groups, sources and portions.
#include "core/foods/FoodCatalogue.h"

#include "core/diary/CustomFood.h"
#include "core/foods/FoodGroups.h"
#include "core/foods/FoodMagnesium.h"
#include "core/foods/FoodPortions.h"
#include "core/foods/FoodSources.h"
#include "tests/TestUtil.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>

namespace stilla {
namespace {

const FoodCatalogue& catalogue()
{
    static const FoodCatalogue loaded = [] {
        auto result = FoodCatalogue::load();
        EXPECT_TRUE(result.ok()) << result.errorMessage().toStdString();
        return result.ok() ? std::move(result).value() : FoodCatalogue();
    }();
    return loaded;
}

QByteArray packBytes()
{
    QFile file(QStringLiteral(":/foods/foods.pack"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

TEST(FoodCatalogueTest, HoldsBothDatabasesWhole)
{
    EXPECT_EQ(catalogue().count(FoodSource::Slv), 2333);
    EXPECT_EQ(catalogue().count(FoodSource::Usda), 8050);
    EXPECT_EQ(catalogue().count(FoodSource::Custom), 0);
    std::size_t portions = 0;
    for (const Food& food : catalogue().foods()) {
        if (food.source == FoodSource::Usda)
            portions += food.portions.size();
    }
    // 14,608 household measures plus one curated portion for each article food.
    EXPECT_EQ(portions, 14608u + catalogue().curated().foods().size());
}

TEST(FoodCatalogueTest, AKnownFoodHasItsValuesAndPortions)
{
    const Food* spinach = catalogue().find(FoodSource::Usda, QStringLiteral("11457"));
    ASSERT_TRUE(spinach);
    EXPECT_EQ(spinach->name, QStringLiteral("Spinach, raw"));
    EXPECT_EQ(spinach->group, QStringLiteral("Vegetables and Vegetable Products"));
    EXPECT_DOUBLE_EQ(spinach->magnesiumPer100g, 79);
    // The curated typical portion first, then USDA's measures in their order.
    ASSERT_EQ(spinach->portions.size(), 5u);
    EXPECT_EQ(spinach->portions[0], (FoodPortion {QStringLiteral("1 cup"), 30}));
    EXPECT_EQ(spinach->portions[1], (FoodPortion {QStringLiteral("1 cup"), 30}));
    EXPECT_EQ(spinach->portions[2], (FoodPortion {QStringLiteral("1 bunch"), 340}));
    EXPECT_EQ(spinach->portions[4], (FoodPortion {QStringLiteral("1 package (10 oz)"), 284}));

    const Food* yoghurt = catalogue().find(FoodSource::Usda, QStringLiteral("01117"));
    ASSERT_TRUE(yoghurt);
    EXPECT_EQ(yoghurt->portions[3], (FoodPortion {QStringLiteral("0.5 container (4 oz)"), 113}));

    const Food* kale = catalogue().find(FoodSource::Slv, QStringLiteral("337"));
    ASSERT_TRUE(kale);
    EXPECT_EQ(kale->name, QString::fromUtf8("Grönkål"));
    EXPECT_EQ(kale->group, QString::fromUtf8("Grönsaker, baljväxter, svamp"));
    EXPECT_DOUBLE_EQ(kale->magnesiumPer100g, 20);
    ASSERT_EQ(kale->portions.size(), 1u); // the curated one, in Swedish
    EXPECT_EQ(kale->portions[0].grams, 16);

    EXPECT_FALSE(catalogue().find(FoodSource::Slv, QStringLiteral("11457")));
    EXPECT_FALSE(catalogue().find(FoodSource::Usda, QStringLiteral("nope")));
}

TEST(FoodPortionsTest, EnglishScreensOfferTheDatabasesMeasuresInWholeGrams)
{
    const QString en = QStringLiteral("en");
    const Food* almonds = catalogue().find(FoodSource::Usda, QStringLiteral("12061"));
    ASSERT_TRUE(almonds);
    // 1 oz is 28.35 g; offered as 28 g, so the grid and the panel both say 28 g and one mg.
    const FoodPortion typical = FoodPortions::typical(catalogue(), *almonds, en);
    EXPECT_EQ(typical, (FoodPortion {QStringLiteral("1 oz (23 whole kernels)"), 28}));
    EXPECT_EQ(
        FoodPortions::describe(typical), QStringLiteral("1 oz (23 whole kernels) (28\u00A0g)"));

    const Food* spinach = catalogue().find(FoodSource::Usda, QStringLiteral("11457"));
    ASSERT_TRUE(spinach);
    const auto offered = FoodPortions::offered(catalogue(), *spinach, en);
    QStringList labels;
    for (const FoodPortion& portion : offered)
        labels << FoodPortions::describe(portion);
    // The guide's "1 cup" once, then USDA's other measures, then 100 g.
    EXPECT_EQ(labels,
        (QStringList {QStringLiteral("1 cup (30\u00A0g)"), QStringLiteral("1 bunch (340\u00A0g)"),
            QStringLiteral("1 leaf (10\u00A0g)"), QStringLiteral("1 package (10 oz) (284\u00A0g)"),
            QStringLiteral("100\u00A0g")}));
}

TEST(FoodPortionsTest, SwedishScreensOfferSwedishKitchenMeasuresOnly)
{
    const QString sv = QStringLiteral("sv");
    const FoodPortion cup {QStringLiteral("1 cup"), 30};
    auto swedish = [&sv](const QString& label) {
        const auto portion = FoodPortions::inLanguage({label, 10}, FoodSource::Usda, sv);
        return portion ? portion->label : QStringLiteral("(left out)");
    };
    EXPECT_EQ(swedish(QStringLiteral("1 cup")), QStringLiteral("2,4\u00A0dl"));
    EXPECT_EQ(swedish(QStringLiteral(".5 cup")), QStringLiteral("1,2\u00A0dl"));
    EXPECT_EQ(swedish(QStringLiteral("0.25 cups")), QStringLiteral("0,6\u00A0dl"));
    EXPECT_EQ(swedish(QStringLiteral("8 fl oz")), QStringLiteral("2,4\u00A0dl"));
    EXPECT_EQ(swedish(QStringLiteral("1 tbsp")), QStringLiteral("1\u00A0msk"));
    EXPECT_EQ(swedish(QStringLiteral("2 tablespoons")), QStringLiteral("2\u00A0msk"));
    EXPECT_EQ(swedish(QStringLiteral("0.5 tsp")), QStringLiteral("0,5\u00A0tsk"));
    EXPECT_EQ(swedish(QStringLiteral("1 slice")), QStringLiteral("1 skiva"));
    EXPECT_EQ(swedish(QStringLiteral("1 medium")), QStringLiteral("1 medelstor"));
    // Weights and measures with English words are left out; grams are always offered.
    for (const char* english : {"1 oz", "3 oz", "1 lb", "1 cup, chopped", "1 steak", "2 slices"})
        EXPECT_EQ(swedish(QLatin1String(english)), QStringLiteral("(left out)")) << english;
    // The Swedish database's own portions and an English screen keep their labels.
    EXPECT_EQ(FoodPortions::inLanguage(cup, FoodSource::Slv, sv)->label, QStringLiteral("1 cup"));
    EXPECT_EQ(FoodPortions::inLanguage(cup, FoodSource::Usda, QStringLiteral("en"))->label,
        QStringLiteral("1 cup"));

    // USDA spinach on a Swedish screen: the guide's Swedish portion, one leaf, then 100 g.
    const Food* spinach = catalogue().find(FoodSource::Usda, QStringLiteral("11457"));
    ASSERT_TRUE(spinach);
    QStringList labels;
    for (const FoodPortion& portion : FoodPortions::offered(catalogue(), *spinach, sv))
        labels << portion.label;
    EXPECT_EQ(labels,
        (QStringList {QStringLiteral("2,4\u00A0dl"), QStringLiteral("1 blad"),
            QStringLiteral("100\u00A0g")}));
    // A USDA food with only ounces offers 100 g first.
    Food ounces;
    ounces.source = FoodSource::Usda;
    ounces.portions = {{QStringLiteral("1 oz"), 28.35}};
    EXPECT_EQ(FoodPortions::typical(catalogue(), ounces, sv).label, QStringLiteral("100\u00A0g"));
}

TEST(FoodPortionsTest, CommonSwedishFoodsComeInEverydaySwedishMeasures)
{
    // resources/foods/swedish-measures.json: each weight comes from a USDA SR28 measure of a
    // comparable food (1 US cup = 2.366 dl), rounded to whole grams where it is offered.
    const auto labels = [](const char* slv, const QString& language) {
        const Food* food = catalogue().find(FoodSource::Slv, QLatin1String(slv));
        EXPECT_TRUE(food) << slv;
        QStringList described;
        for (const FoodPortion& portion : FoodPortions::offered(catalogue(), *food, language))
            described << FoodPortions::describe(portion);
        return described;
    };
    const QString sv = QStringLiteral("sv");
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    // Havregryn: USDA 08120, 1 cup = 81 g, so 1 dl = 34 g and 1 msk = 5 g.
    EXPECT_EQ(labels("702", sv),
        (QStringList {QStringLiteral("1\u00A0dl (34\u00A0g)"),
            QStringLiteral("1\u00A0msk (5\u00A0g)"), QStringLiteral("100\u00A0g")}));
    // Mjölk: USDA 01077, 1 cup = 244 g: 1 dl = 103 g.
    EXPECT_EQ(labels("123", sv).value(0), QStringLiteral("1\u00A0dl (103\u00A0g)"));
    EXPECT_EQ(labels("123", sv).value(1), QStringLiteral("2\u00A0dl (206\u00A0g)"));
    // Knäckebröd: USDA 18216, one Wasa rye crispbread = 10 g.
    EXPECT_EQ(labels("171", sv).value(0), QStringLiteral("1\u00A0skiva (10\u00A0g)"));
    // Pumpafrön: the guide's portion first, then USDA 12014's cup as msk, dl and tsk.
    EXPECT_EQ(labels("1571", sv).mid(1, 3),
        (QStringList {QStringLiteral("1\u00A0msk (8\u00A0g)"),
            QStringLiteral("1\u00A0dl (55\u00A0g)"), QStringLiteral("1\u00A0tsk (3\u00A0g)")}));
    // Mörk choklad: USDA 19904, one bar = 101 g.
    EXPECT_EQ(labels("2052", sv).value(0), QStringLiteral("1\u00A0kaka (101\u00A0g)"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // In English the same measures, in English words.
    EXPECT_EQ(
        labels("702", QStringLiteral("en")).value(1), QStringLiteral("1\u00A0tbsp (5\u00A0g)"));
    EXPECT_EQ(
        labels("171", QStringLiteral("en")).value(0), QStringLiteral("1\u00A0slice (10\u00A0g)"));
    QLocale::setDefault(previous);

    // A measure that cannot be weighed by its USDA measure is refused, naming it.
    SwedishMeasures::Entry wrong {QStringLiteral("702"), QStringLiteral("08120"),
        QStringLiteral("1 cup"), {QStringLiteral("1 skiva")}};
    const auto refused = SwedishMeasures::portions(wrong, catalogue());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("1 skiva")));
    wrong.from = QStringLiteral("1 bucket");
    EXPECT_FALSE(SwedishMeasures::portions(wrong, catalogue()).ok());
}

TEST(FoodCatalogueTest, ADamagedPackIsAnErrorNotACrash)
{
    const QByteArray pack = packBytes();
    EXPECT_FALSE(FoodCatalogue::fromPack(QByteArray()).ok());
    EXPECT_FALSE(FoodCatalogue::fromPack(QByteArrayLiteral("not a pack at all, really")).ok());
    const auto truncated = FoodCatalogue::fromPack(pack.left(pack.size() / 2));
    EXPECT_FALSE(truncated.ok());
    EXPECT_TRUE(truncated.errorMessage().contains(QStringLiteral("reinstall")));
    QByteArray otherVersion = pack;
    otherVersion[8] = char(99);
    EXPECT_FALSE(FoodCatalogue::fromPack(otherVersion).ok());
    // A string index far out of range in the first food record.
    QByteArray badIndex = pack;
    const int strings = int(qFromLittleEndian<quint32>(pack.constData() + 12));
    const int dataSize = int(qFromLittleEndian<quint32>(pack.constData() + 24));
    const int firstFood = 28 + 4 * strings + dataSize;
    badIndex[firstFood + 1] = char(0xff);
    badIndex[firstFood + 4] = char(0x7f);
    EXPECT_FALSE(FoodCatalogue::fromPack(badIndex).ok());
}

TEST(FoodCatalogueTest, EveryCuratedFoodExistsWithPlausibleMagnesium)
{
    const CuratedFoods& curated = catalogue().curated();
    ASSERT_GE(curated.foods().size(), 15u);
    QSet<QString> groups;
    for (const CuratedFood& entry : curated.foods()) {
        SCOPED_TRACE(entry.key.toStdString());
        const Food* slv = catalogue().find(FoodSource::Slv, entry.slvId);
        const Food* usda = catalogue().find(FoodSource::Usda, entry.usdaId);
        ASSERT_TRUE(slv);
        ASSERT_TRUE(usda);
        groups.insert(entry.articleGroup);
        // Every article food has some magnesium, and none has more than pumpkin seeds (~600).
        for (const Food* food : {slv, usda}) {
            EXPECT_GE(food->magnesiumPer100g, 9);
            EXPECT_LE(food->magnesiumPer100g, 650);
        }
        // Both databases describe the same kind of food: within a factor of 4 of each other.
        EXPECT_LE(std::max(slv->magnesiumPer100g, usda->magnesiumPer100g),
            4 * std::min(slv->magnesiumPer100g, usda->magnesiumPer100g));
        EXPECT_GT(entry.portionGrams, 10);
        EXPECT_LT(entry.portionGrams, 300);
        EXPECT_TRUE(entry.portionSource.contains(entry.usdaId));
        EXPECT_EQ(slv->portions.front().label, entry.portionSv);
        EXPECT_EQ(usda->portions.front().label, entry.portionEn);
        EXPECT_EQ(curated.forFood(*slv), &entry);
        EXPECT_EQ(curated.forFood(*usda), &entry);
    }
    // Every kind of food the article lists.
    for (const char* group :
        {"dark_greens", "nuts_seeds", "fish", "beans_lentils", "avocado", "bananas", "dairy"})
        EXPECT_TRUE(groups.contains(QLatin1String(group))) << group;
    for (const char* key : {"chard", "spinach", "kale", "pumpkin_seeds", "mackerel", "tuna",
             "lentils", "avocado", "banana", "yoghurt"}) {
        EXPECT_TRUE(std::any_of(curated.foods().begin(), curated.foods().end(),
            [key](const CuratedFood& food) { return food.key == QLatin1String(key); }))
            << key;
    }
    // The pumpkin seeds are the richest: "high in magnesium" by the EU rule.
    const Food* pumpkin = catalogue().find(FoodSource::Slv, QStringLiteral("1571"));
    ASSERT_TRUE(pumpkin);
    EXPECT_TRUE(FoodMagnesium::isRich(*pumpkin));
}

TEST(FoodCatalogueTest, CuratedJsonIsChecked)
{
    EXPECT_FALSE(CuratedFoods::fromJson("{").ok());
    EXPECT_FALSE(CuratedFoods::fromJson(R"({"format": 2, "foods": []})").ok());
    const auto missingPortion = CuratedFoods::fromJson(
        R"({"format": 1, "foods": [{"key": "x", "sv": "X", "en": "X", "slv": "1", "usda": "2"}]})");
    ASSERT_FALSE(missingPortion.ok());
    EXPECT_TRUE(missingPortion.errorMessage().contains(QStringLiteral("\"x\"")));
    // An id that is not in the pack.
    const QByteArray unknownId = R"({"format": 1, "foods": [{"key": "x", "sv": "X", "en": "X",
        "slv": "999999", "usda": "11457", "portion_grams": 10, "portion_sv": "a",
        "portion_en": "a", "portion_source": "b"}]})";
    const auto attached = FoodCatalogue::fromPack(packBytes(), unknownId);
    ASSERT_FALSE(attached.ok());
    EXPECT_TRUE(attached.errorMessage().contains(QStringLiteral("slv:999999")));
}

TEST(FoodCatalogueTest, GroupsAreListedAndTranslatedBothWays)
{
    const QStringList slvGroups = catalogue().groups(FoodSource::Slv);
    const QStringList usdaGroups = catalogue().groups(FoodSource::Usda);
    EXPECT_EQ(slvGroups.size(), 28);
    EXPECT_EQ(usdaGroups.size(), 25);
    EXPECT_EQ(slvGroups.constFirst(), QString::fromUtf8("Bröd"));
    for (const QString& group : slvGroups) {
        EXPECT_TRUE(FoodGroups::isKnown(FoodSource::Slv, group)) << group.toStdString();
        EXPECT_EQ(FoodGroups::displayName(FoodSource::Slv, group, QStringLiteral("sv")), group);
        EXPECT_FALSE(
            FoodGroups::displayName(FoodSource::Slv, group, QStringLiteral("en")).isEmpty());
    }
    for (const QString& group : usdaGroups) {
        EXPECT_TRUE(FoodGroups::isKnown(FoodSource::Usda, group)) << group.toStdString();
        EXPECT_EQ(FoodGroups::displayName(FoodSource::Usda, group, QStringLiteral("en")), group);
    }
    EXPECT_EQ(FoodGroups::displayName(
                  FoodSource::Slv, QString::fromUtf8("Nötter, frön"), QStringLiteral("en")),
        QStringLiteral("Nuts and seeds"));
    EXPECT_EQ(FoodGroups::displayName(
                  FoodSource::Usda, QStringLiteral("Nut and Seed Products"), QStringLiteral("sv")),
        QString::fromUtf8("Nötter och frön"));
    EXPECT_EQ(FoodGroups::displayName(
                  FoodSource::Usda, QStringLiteral("Unheard of"), QStringLiteral("sv")),
        QStringLiteral("Unheard of"));
    EXPECT_EQ(FoodGroups::displayName(FoodSource::Custom, QString(), QStringLiteral("sv")),
        QStringLiteral("Mina livsmedel"));
}

TEST(FoodCatalogueTest, MagnesiumForAPortionAndTheRichMarker)
{
    Food food;
    food.magnesiumPer100g = 79;
    EXPECT_DOUBLE_EQ(FoodMagnesium::magnesiumFor(food, 30), 23.7);
    EXPECT_DOUBLE_EQ(FoodMagnesium::magnesiumFor(food, 100), 79);
    EXPECT_DOUBLE_EQ(FoodMagnesium::magnesiumFor(food, 0), 0);
    EXPECT_DOUBLE_EQ(FoodMagnesium::magnesiumFor(food, -5), 0);
    food.magnesiumPer100g = 592;
    EXPECT_DOUBLE_EQ(FoodMagnesium::magnesiumFor(food, 28.35), 592 * 28.35 / 100);

    EXPECT_DOUBLE_EQ(FoodMagnesium::kHighInPer100g, 112.5);
    EXPECT_DOUBLE_EQ(FoodMagnesium::kSourceOfPer100g, 56.25);
    food.magnesiumPer100g = 112.5;
    EXPECT_TRUE(FoodMagnesium::isRich(food));
    food.magnesiumPer100g = 112.4;
    EXPECT_FALSE(FoodMagnesium::isRich(food));
    EXPECT_TRUE(FoodMagnesium::isSource(food));
    food.magnesiumPer100g = 56;
    EXPECT_FALSE(FoodMagnesium::isSource(food));
}

TEST(FoodCatalogueTest, CustomFoodsJoinAndLeaveTheCatalogue)
{
    FoodCatalogue copy = catalogue();
    CustomFood mine;
    mine.id = 12;
    mine.name = QStringLiteral("Grandma's rye bread");
    mine.magnesiumPer100g = 70;
    mine.portionGrams = 40;
    CustomFood other;
    other.id = 3;
    other.name = QStringLiteral("Nut mix");
    other.magnesiumPer100g = 250;
    copy.setCustomFoods({FoodCatalogue::toFood(mine), FoodCatalogue::toFood(other)});
    EXPECT_EQ(copy.count(FoodSource::Custom), 2);
    const Food* bread = copy.find(FoodSource::Custom, QStringLiteral("12"));
    ASSERT_TRUE(bread);
    EXPECT_EQ(bread->name, mine.name);
    ASSERT_EQ(bread->portions.size(), 1u);
    EXPECT_EQ(bread->portions[0].grams, 40);
    EXPECT_TRUE(copy.find(FoodSource::Custom, QStringLiteral("3"))->portions.empty());
    EXPECT_TRUE(copy.find(FoodSource::Usda, QStringLiteral("11457")));
    copy.setCustomFoods({});
    EXPECT_EQ(copy.count(FoodSource::Custom), 0);
    EXPECT_EQ(copy.foods().size(), catalogue().foods().size());
}

TEST(FoodCatalogueTest, AttributionsAreExactInBothLanguages)
{
    const QStringList sv = FoodSources::attributions(QStringLiteral("sv"));
    const QStringList en = FoodSources::attributions(QStringLiteral("en"));
    ASSERT_EQ(sv.size(), 2);
    ASSERT_EQ(en.size(), 2);
    EXPECT_TRUE(
        sv[0].startsWith(QStringLiteral("Livsmedelsverkets livsmedelsdatabas version 2022-05-24")));
    EXPECT_TRUE(en[0].startsWith(
        QStringLiteral("Swedish Food Agency food composition database, version 2022-05-24")));
    const QString usda = QStringLiteral(
        "U.S. Department of Agriculture, Agricultural Research Service. USDA National Nutrient "
        "Database for Standard Reference, Release 28.");
    EXPECT_TRUE(sv[1].startsWith(usda));
    EXPECT_TRUE(en[1].startsWith(usda));
    EXPECT_TRUE(en[0].contains(QStringLiteral("CC BY 4.0")));
}

// ---- the build-time tool -------------------------------------------------------------------

class FoodPackToolTest : public ::testing::Test
{
protected:
    QString write(const char* name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return path;
    }
    /// Runs foodpack; returns its exit code and puts stderr in m_error.
    int run(const QString& slv, const QString& usda, const QString& portions)
    {
        QProcess tool;
        tool.start(QStringLiteral(STILLA_FOODPACK),
            {QStringLiteral("--slv"), slv, QStringLiteral("--usda"), usda,
                QStringLiteral("--portions"), portions, QStringLiteral("--out"), out()});
        EXPECT_TRUE(tool.waitForFinished(30000));
        m_error = QString::fromUtf8(tool.readAllStandardError());
        return tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
    }
    QString out() const { return m_dir.filePath(QStringLiteral("out.pack")); }

    QTemporaryDir m_dir;
    QString m_error;
    const QByteArray m_slv = "livsmedelsnummer,namn,gruppering,magnesium_mg_per_100g,"
                             "energi_kcal_per_100g\r\n1,\"Spenat, \"\"färsk\"\"\",Grönt,95,24\r\n";
    const QByteArray m_usda = "ndb_no,food_group,description,magnesium_mg_per_100g,"
                              "energy_kcal_per_100g\n11457,Vegetables,\"Spinach, raw\",79,23\n";
    const QByteArray m_portions = "ndb_no,seq,amount,unit,grams\n11457,2,1,bunch,340\n"
                                  "11457,1,.5,\"cup, chopped\",15\n";
};

TEST_F(FoodPackToolTest, PacksGoodInput)
{
    ASSERT_EQ(
        run(write("slv.csv", m_slv), write("usda.csv", m_usda), write("portions.csv", m_portions)),
        0)
        << m_error.toStdString();
    QFile file(out());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto packed = FoodCatalogue::fromPack(file.readAll());
    ASSERT_TRUE(packed.ok()) << packed.errorMessage().toStdString();
    ASSERT_EQ(packed->foods().size(), 2u);
    const Food* slv = packed->find(FoodSource::Slv, QStringLiteral("1"));
    ASSERT_TRUE(slv);
    EXPECT_EQ(slv->name, QString::fromUtf8("Spenat, \"färsk\""));
    const Food* usda = packed->find(FoodSource::Usda, QStringLiteral("11457"));
    ASSERT_TRUE(usda);
    ASSERT_EQ(usda->portions.size(), 2u); // ordered by seq
    EXPECT_EQ(usda->portions[0], (FoodPortion {QStringLiteral("0.5 cup, chopped"), 15}));
    EXPECT_EQ(usda->portions[1], (FoodPortion {QStringLiteral("1 bunch"), 340}));
}

TEST_F(FoodPackToolTest, MalformedInputNamesFileAndLine)
{
    const QString usda = write("usda.csv", m_usda);
    const QString portions = write("portions.csv", m_portions);
    const QString badNumber = write("bad-number.csv", m_slv + "2,Kål,Grönt,lots,20\r\n");
    EXPECT_EQ(run(badNumber, usda, portions), 1);
    EXPECT_TRUE(m_error.contains(badNumber + QStringLiteral(":3:"))) << m_error.toStdString();
    EXPECT_FALSE(QFile::exists(out()));

    const QString fields = write("fields.csv", m_slv + "2,Kål,20\r\n");
    EXPECT_EQ(run(fields, usda, portions), 1);
    EXPECT_TRUE(m_error.contains(fields + QStringLiteral(":3: expected 5 fields")))
        << m_error.toStdString();

    const QString unclosed = write("unclosed.csv", m_slv + "2,\"Kål,Grönt,20,20\r\n");
    EXPECT_EQ(run(unclosed, usda, portions), 1);
    EXPECT_TRUE(m_error.contains(unclosed + QStringLiteral(":3:"))) << m_error.toStdString();

    const QString header = write("header.csv", "id,name\n1,x\n");
    EXPECT_EQ(run(header, usda, portions), 1);
    EXPECT_TRUE(m_error.contains(header + QStringLiteral(":1: expected the columns")));

    const QString orphan = write("orphan.csv", m_portions + "99999,1,1,cup,10\n");
    EXPECT_EQ(run(write("slv.csv", m_slv), usda, orphan), 1);
    EXPECT_TRUE(m_error.contains(orphan + QStringLiteral(":4: no food has the ndb_no 99999")))
        << m_error.toStdString();

    const QString duplicate = write("duplicate.csv", m_usda + "11457,Vegetables,Again,1,1\n");
    EXPECT_EQ(run(write("slv.csv", m_slv), duplicate, portions), 1);
    EXPECT_TRUE(m_error.contains(duplicate + QStringLiteral(":3:"))) << m_error.toStdString();
    EXPECT_FALSE(QFile::exists(out()));
}

} // namespace
} // namespace stilla
