// stilla-cli foods search.
#include "CliFixtures.h"
#include "core/diary/DiaryStore.h"
#include "tests/core/DiaryTestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stilla {
namespace {

using namespace test;

TEST_F(CliFoodsTest, PrintsAnAlignedTableBestMatchFirst)
{
    const CliRun run
        = foods({QStringLiteral("search"), QStringLiteral("spenat"), QStringLiteral("--lang"),
            QStringLiteral("sv"), QStringLiteral("--limit"), QStringLiteral("5")});
    ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6); // header and 5 foods
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("id"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("4941 "))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral("slv")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("Spenat")));
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(" 95")));
    // Aligned: every row as wide as the header.
    for (const QString& line : lines)
        EXPECT_EQ(line.size(), lines[0].size()) << line.toStdString();
    // A search never creates the data folder or a diary.
    EXPECT_FALSE(QFileInfo::exists(m_data));
}

TEST_F(CliFoodsTest, JsonHasExactlyTheDocumentedKeys)
{
    const CliRun run = foods({QStringLiteral("search"), QStringLiteral("spinach raw"),
        QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("--limit"), QStringLiteral("3")});
    ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    const QJsonArray array = parseJson(run);
    ASSERT_EQ(array.size(), 3);
    const QJsonObject first = array.at(0).toObject();
    EXPECT_EQ(first.keys(),
        (QStringList {QStringLiteral("group"), QStringLiteral("id"), QStringLiteral("mg_per_100g"),
            QStringLiteral("name"), QStringLiteral("source")}));
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("11457"));
    EXPECT_EQ(first.value(QStringLiteral("source")).toString(), QStringLiteral("usda"));
    EXPECT_EQ(first.value(QStringLiteral("name")).toString(), QStringLiteral("Spinach, raw"));
    EXPECT_EQ(first.value(QStringLiteral("mg_per_100g")).toDouble(), 79);

    const CliRun none
        = foods({QStringLiteral("search"), QStringLiteral("xqzwv"), QStringLiteral("--json")});
    EXPECT_EQ(none.code, Cli::Success);
    EXPECT_TRUE(parseJson(none).isEmpty());
}

TEST_F(CliFoodsTest, IncludesMyFoodsWhenThereIsADiary)
{
    {
        auto opened = DiaryStore::open(AppPaths::diaryFile(m_data));
        ASSERT_TRUE(opened.store) << opened.message.toStdString();
        CustomFood food;
        food.name = QStringLiteral("Zebra cake");
        food.magnesiumPer100g = 42.5;
        food.created = QDateTime(QDate(2026, 11, 20), QTime(18, 0));
        ASSERT_TRUE(opened.store->foods().saveCustom(food).ok());
    }
    const CliRun run = foods({QStringLiteral("search"), QStringLiteral("zebra"),
        QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    const QJsonArray array = parseJson(run);
    ASSERT_FALSE(array.isEmpty());
    const QJsonObject first = array.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("source")).toString(), QStringLiteral("custom"));
    EXPECT_EQ(first.value(QStringLiteral("name")).toString(), QStringLiteral("Zebra cake"));
    EXPECT_EQ(first.value(QStringLiteral("mg_per_100g")).toDouble(), 42.5);
}

TEST_F(CliFoodsTest, BadUsageIsExitCodeTwo)
{
    const QList<QStringList> cases {
        {},
        {QStringLiteral("find"), QStringLiteral("spinach")},
        {QStringLiteral("search")},
        {QStringLiteral("search"), QStringLiteral("kale"), QStringLiteral("--limit"),
            QStringLiteral("0")},
        {QStringLiteral("search"), QStringLiteral("kale"), QStringLiteral("--limit"),
            QStringLiteral("many")},
        {QStringLiteral("search"), QStringLiteral("kale"), QStringLiteral("--lang"),
            QStringLiteral("de")},
        {QStringLiteral("search"), QStringLiteral("kale"), QStringLiteral("--bogus")},
    };
    for (const QStringList& args : cases) {
        const CliRun run = foods(args);
        EXPECT_EQ(run.code, Cli::UsageError) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(run.err.isEmpty()) << args.join(QLatin1Char(' ')).toStdString();
    }
}

} // namespace
} // namespace stilla
