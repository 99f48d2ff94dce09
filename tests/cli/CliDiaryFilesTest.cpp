// stilla-cli import, export, backup, restore and check.
#include "CliFixtures.h"
#include "core/diary/DiaryStore.h"
#include "core/io/DiaryJson.h"
#include "tests/core/DiaryTestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stilla {
namespace {

using namespace test;

TEST_F(CliDiaryTest, ImportsACsvAndExportsJsonToAFileAndToStdout)
{
    const QString csv = write("days.csv",
        kCsvHeader
            + "2024-03-01,22:30,06:30,20,1,4,3,250,300,1,30,first\n"
              "2024-03-02,,,,,5,,,,,,\n");
    const CliRun imported = cli({QStringLiteral("import"), csv});
    ASSERT_EQ(imported.code, Cli::Success) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("(2 added, 0 replaced, 0 skipped)")))
        << imported.out.toStdString();
    EXPECT_TRUE(QFileInfo::exists(diary()));
    EXPECT_TRUE(AppPaths::isOwnerOnly(QFile::permissions(dataDir())));

    const QString json = file("out.json");
    const CliRun exported = cli({QStringLiteral("export"), json});
    ASSERT_EQ(exported.code, Cli::Success) << exported.err.toStdString();
    const ImportReport report = DiaryJson::read(read(json));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report.days.size(), 2u);
    EXPECT_EQ(report.days[0].sleep.quality, 4);
    EXPECT_EQ(report.days[0].totalMagnesiumMg(), 550);
    EXPECT_EQ(exportJson().toUtf8(), read(json));

    const CliRun range = cli({QStringLiteral("export"), QStringLiteral("--format=csv"),
        QStringLiteral("--from"), QStringLiteral("2024-03-02"), QStringLiteral("-")});
    ASSERT_EQ(range.code, Cli::Success);
    EXPECT_EQ(range.out, QString::fromUtf8(kCsvHeader + "2024-03-02,,,,,5,,,,,,\n"));
}

TEST_F(CliDiaryTest, JsonRoundTripThroughTheDiaryIsByteIdentical)
{
    const QString golden = QStringLiteral(STILLA_SOURCE_DIR "/tests/data/io/diary.json");
    const CliRun imported = cli({QStringLiteral("import"), golden});
    ASSERT_EQ(imported.code, Cli::Success) << imported.err.toStdString();
    const QString again = file("again.json");
    ASSERT_EQ(cli({QStringLiteral("export"), again}).code, Cli::Success);
    EXPECT_EQ(read(again), read(golden));
}

TEST_F(CliDiaryTest, ConflictsFailUnlessToldToSkipOrReplace)
{
    importTwoDays();
    const QString before = exportJson();
    const QString changed = write(
        "changed.csv", kCsvHeader + "2024-03-01,,,,,1,,,,,,changed\n2024-03-03,,,,,2,,,,,,new\n");

    const CliRun failed = cli({QStringLiteral("import"), changed});
    EXPECT_EQ(failed.code, Cli::Failure);
    EXPECT_TRUE(failed.err.contains(QStringLiteral("2024-03-01"))) << failed.err.toStdString();
    EXPECT_TRUE(failed.err.contains(QStringLiteral("--on-conflict")));
    EXPECT_EQ(exportJson(), before);

    const CliRun skipped
        = cli({QStringLiteral("import"), QStringLiteral("--on-conflict=skip"), changed});
    ASSERT_EQ(skipped.code, Cli::Success) << skipped.err.toStdString();
    EXPECT_TRUE(skipped.out.contains(QStringLiteral("(1 added, 0 replaced, 1 skipped)")))
        << skipped.out.toStdString();
    EXPECT_TRUE(exportJson().contains(QStringLiteral("\"first\"")));

    const CliRun replaced = cli({QStringLiteral("import"), QStringLiteral("--on-conflict"),
        QStringLiteral("replace"), changed});
    ASSERT_EQ(replaced.code, Cli::Success) << replaced.err.toStdString();
    EXPECT_TRUE(replaced.out.contains(QStringLiteral("(0 added, 2 replaced, 0 skipped)")))
        << replaced.out.toStdString();
    const QString after = exportJson();
    EXPECT_FALSE(after.contains(QStringLiteral("\"first\"")));
    EXPECT_TRUE(after.contains(QStringLiteral("\"changed\"")));
}

TEST_F(CliDiaryTest, ABadCsvNamesLineAndColumnAndChangesNothing)
{
    const QString bad = write(
        "bad.csv", kCsvHeader + "2024-04-01,,,,,3,,,,,,good\n2024-04-02,25:61,,,,9,,,,,,bad\n");
    const CliRun first = cli({QStringLiteral("import"), bad});
    EXPECT_EQ(first.code, Cli::Failure);
    EXPECT_TRUE(first.err.contains(QDir::toNativeSeparators(bad)
        + QStringLiteral(":3: bedtime_night_before: 25:61 is not a time of day")))
        << first.err.toStdString();
    // Both problems of the row, not only the first.
    EXPECT_TRUE(first.err.contains(QStringLiteral(":3: sleep_quality:")))
        << first.err.toStdString();
    EXPECT_FALSE(first.err.contains(QStringLiteral(":2:")));
    EXPECT_TRUE(first.err.contains(QStringLiteral("Nothing was imported")));
    EXPECT_TRUE(first.out.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(diary())); // nothing to import: no diary is created

    importTwoDays();
    const QString before = exportJson();
    const CliRun again = cli({QStringLiteral("import"), bad});
    EXPECT_EQ(again.code, Cli::Failure);
    EXPECT_TRUE(again.err.contains(QStringLiteral("Nothing was imported")));
    EXPECT_EQ(exportJson(), before);

    const CliRun validOnly = cli({QStringLiteral("import"), QStringLiteral("--valid-only"), bad});
    ASSERT_EQ(validOnly.code, Cli::Success) << validOnly.err.toStdString();
    EXPECT_TRUE(validOnly.out.contains(QStringLiteral("(1 added, 0 replaced, 0 skipped)")));
    EXPECT_TRUE(validOnly.err.contains(QStringLiteral(":3: bedtime_night_before:")));
    const QString after = exportJson();
    EXPECT_TRUE(after.contains(QStringLiteral("2024-04-01")));
    EXPECT_FALSE(after.contains(QStringLiteral("2024-04-02")));
}

TEST_F(CliDiaryTest, BackupAndRestore)
{
    importTwoDays();
    const QString before = exportJson();
    const QString backup = file("backup.sqlite");
    const CliRun saved = cli({QStringLiteral("backup"), backup});
    ASSERT_EQ(saved.code, Cli::Success) << saved.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(backup));

    const QString more = write("more.csv", kCsvHeader + "2024-05-01,,,,,2,,,,,,later\n");
    ASSERT_EQ(cli({QStringLiteral("import"), more}).code, Cli::Success);
    ASSERT_NE(exportJson(), before);

    const CliRun restored = cli({QStringLiteral("restore"), backup});
    ASSERT_EQ(restored.code, Cli::Success) << restored.err.toStdString();
    EXPECT_EQ(exportJson(), before);

    // A file that is not a backup changes nothing.
    const QString junk = write("junk.sqlite", "this is not a diary");
    const CliRun refused = cli({QStringLiteral("restore"), junk});
    EXPECT_NE(refused.code, Cli::Success);
    EXPECT_FALSE(refused.err.isEmpty());
    EXPECT_EQ(exportJson(), before);
    EXPECT_EQ(cli({QStringLiteral("restore"), file("missing.sqlite")}).code, Cli::Failure);
    EXPECT_EQ(cli({QStringLiteral("backup")}).code, Cli::UsageError);
}

TEST_F(CliDiaryTest, CheckFindsAGoodAndADamagedDiary)
{
    const CliRun none = cli({QStringLiteral("check")});
    EXPECT_EQ(none.code, Cli::Success);
    EXPECT_FALSE(QFileInfo::exists(diary()));

    importTwoDays();
    const QString backup = file("backup.sqlite");
    ASSERT_EQ(cli({QStringLiteral("backup"), backup}).code, Cli::Success);
    const CliRun good = cli({QStringLiteral("check")});
    EXPECT_EQ(good.code, Cli::Success) << good.err.toStdString();
    EXPECT_TRUE(good.out.startsWith(QStringLiteral("ok"))) << good.out.toStdString();

    // Garbage over everything after the SQLite header.
    QByteArray bytes = read(diary());
    ASSERT_GT(bytes.size(), 200);
    for (qsizetype i = 100; i < bytes.size(); ++i)
        bytes[i] = char(0xa5 ^ (i * 31));
    QFile out(diary());
    ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes);
    out.close();

    const CliRun damaged = cli({QStringLiteral("check")});
    EXPECT_EQ(damaged.code, Cli::DiaryDamaged) << damaged.err.toStdString();
    EXPECT_FALSE(damaged.err.isEmpty());
    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("-")});
    EXPECT_EQ(exported.code, Cli::DiaryDamaged);
    EXPECT_TRUE(exported.out.isEmpty());
    const CliRun imported = cli({QStringLiteral("import"), file("two.csv")});
    EXPECT_EQ(imported.code, Cli::DiaryDamaged);
    EXPECT_EQ(read(diary()), bytes); // never written to

    // Restoring a backup moves the damaged diary aside and puts the backup in place.
    const CliRun restored = cli({QStringLiteral("restore"), backup});
    ASSERT_EQ(restored.code, Cli::Success) << restored.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("check")}).code, Cli::Success);
    QStringList aside
        = QDir(dataDir()).entryList({QStringLiteral("diary.sqlite.damaged*")}, QDir::Files);
    aside.removeIf([](const QString& name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    ASSERT_EQ(aside.size(), 1) << aside.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(read(QDir(dataDir()).filePath(aside.constFirst())), bytes);
    EXPECT_TRUE(exportJson().contains(QStringLiteral("second, with comma")));
}

TEST_F(CliDiaryTest, BadUsageOfTheDiaryCommandsIsExitCodeTwo)
{
    const QString csv = write("x.csv", kCsvHeader);
    const QList<QStringList> cases {
        {QStringLiteral("import")},
        {QStringLiteral("import"), QStringLiteral("--bogus"), csv},
        {QStringLiteral("import"), QStringLiteral("--on-conflict=maybe"), csv},
        {QStringLiteral("import"), QStringLiteral("--format=xml"), csv},
        {QStringLiteral("import"), file("days.txt")},
        {QStringLiteral("export"), QStringLiteral("-")},
        {QStringLiteral("export"), QStringLiteral("--format=json")},
        {QStringLiteral("export"), QStringLiteral("--format=json"), QStringLiteral("--from"),
            QStringLiteral("2024-02-30"), QStringLiteral("-")},
        {QStringLiteral("export"), QStringLiteral("--format=json"), QStringLiteral("--from"),
            QStringLiteral("2024-03-02"), QStringLiteral("--to"), QStringLiteral("2024-03-01"),
            QStringLiteral("-")},
        {QStringLiteral("restore")},
        {QStringLiteral("check"), QStringLiteral("extra")},
        {QStringLiteral("check"), QStringLiteral("--bogus")},
    };
    for (const QStringList& args : cases) {
        const CliRun run = cli(args);
        EXPECT_EQ(run.code, Cli::UsageError) << args.join(QLatin1Char(' ')).toStdString();
        // What is wrong, and where the command's options are.
        EXPECT_TRUE(run.err.contains(QStringLiteral("Run stilla-cli %1 --help").arg(args[0])))
            << args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(diary()));
}

TEST_F(CliDiaryTest, ACsvReplacingDaysKeepsTheirDetailUnlessAskedAndSaysSo)
{
    const QByteArray json = R"({"format": "stilla-diary", "version": 2, "days": [
  {"date": "2026-11-01", "symptoms": {"severity": 6, "pain": true},
   "foods": [{"source": "custom", "food_id": "1", "name": "Oats", "grams": 40, "magnesium_mg": 54},
             {"source": "custom", "food_id": "2", "name": "Seeds", "grams": 20, "magnesium_mg": 118}],
   "supplements": [{"form": "glycinate", "elemental_mg": 150, "time_taken": "21:00"}]}]})";
    ASSERT_EQ(cli({QStringLiteral("import"), write("mine.json", json)}).code, Cli::Success);
    const QString csv = write("other.csv", kCsvHeader + "2026-11-01,,,,,,3,200,150,,,\n");
    const CliRun kept
        = cli({QStringLiteral("import"), QStringLiteral("--on-conflict=replace"), csv});
    ASSERT_EQ(kept.code, Cli::Success) << kept.err.toStdString();
    EXPECT_TRUE(kept.out.contains(QStringLiteral("Kept the diary's food lists and doses on 1 "
                                                 "day(s) whose totals in the file differ: "
                                                 "2026-11-01. Use --csv-detail=replace")))
        << kept.out.toStdString();
    QString exported = exportJson();
    EXPECT_TRUE(exported.contains(QStringLiteral("\"Seeds\""))) << exported.toStdString();
    EXPECT_TRUE(exported.contains(QStringLiteral("\"severity\": 3")));
    EXPECT_TRUE(exported.contains(QStringLiteral("\"pain\": true")));
    EXPECT_TRUE(exported.contains(QStringLiteral("\"time_taken\": \"21:00\"")))
        << "the dose total agreed";

    // The diary's own CSV export, imported back with replace, changes nothing at all.
    const QString before = exportJson();
    const QString ownCsv = file("own.csv");
    ASSERT_EQ(cli({QStringLiteral("export"), ownCsv}).code, Cli::Success);
    ASSERT_EQ(cli({QStringLiteral("import"), QStringLiteral("--on-conflict=replace"), ownCsv}).code,
        Cli::Success);
    EXPECT_EQ(exportJson(), before);

    const CliRun replaced = cli({QStringLiteral("import"), QStringLiteral("--on-conflict=replace"),
        QStringLiteral("--csv-detail=replace"), csv});
    ASSERT_EQ(replaced.code, Cli::Success) << replaced.err.toStdString();
    exported = exportJson();
    EXPECT_FALSE(exported.contains(QStringLiteral("\"Seeds\""))) << exported.toStdString();
    EXPECT_TRUE(exported.contains(QStringLiteral("\"magnesium_mg\": 200")));
    EXPECT_EQ(cli({QStringLiteral("import"), QStringLiteral("--csv-detail=some"), csv}).code,
        Cli::UsageError);
}

TEST_F(CliDiaryTest, ACronometerExportIsRecognisedAndGivesEachDayOneLine)
{
    const QString cronometer
        = QStringLiteral(STILLA_SOURCE_DIR "/tests/data/io/cronometer-daily-nutrition.csv");
    const CliRun run = cli({QStringLiteral("import"), cronometer});
    ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Took the magnesium from food of 3 day(s) from "
                                                "Cronometer")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("--include-not-completed")));
    EXPECT_TRUE(exportJson().contains(QStringLiteral("\"name\": \"Cronometer\"")));
    // Asked for, the day not marked Completed comes too; the others are replaced, not doubled.
    const CliRun all = cli({QStringLiteral("import"), QStringLiteral("--format=cronometer"),
        QStringLiteral("--include-not-completed"), cronometer});
    ASSERT_EQ(all.code, Cli::Success) << all.err.toStdString();
    EXPECT_EQ(exportJson().count(QStringLiteral("\"Cronometer\"")), 4);
    // Without a magnesium column there is nothing to take.
    const CliRun none = cli({QStringLiteral("import"), QStringLiteral("--format=cronometer"),
        write("no-mg.csv", "Date,Energy (kcal),Completed\n2026-11-01,1800,true\n")});
    EXPECT_EQ(none.code, Cli::Failure);
    EXPECT_TRUE(none.err.contains(QStringLiteral("no \"Magnesium (mg)\" column")))
        << none.err.toStdString();
}

} // namespace
} // namespace stilla
