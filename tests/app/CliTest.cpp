#include "AppPaths.h"
#include "CliRunner.h"
#include "TestUtil.h"
#include "core/DiaryTestData.h"
#include "diary/DiaryStore.h"
#include "io/DiaryJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

namespace stilla {
namespace {

using test::CliRun;
using test::runCli;

TEST(CliTest, HelpListsCommandsAndExitCodes)
{
    const CliRun run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.code, Cli::Success);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Usage: stilla-cli")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("--data-dir")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("paths")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Exit codes")));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliTest, VersionPrintsTheVersion)
{
    const CliRun run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.code, Cli::Success);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("stilla-cli 0.")));
}

TEST(CliTest, UnknownCommandIsAUsageErrorNamingIt)
{
    const CliRun run = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(run.code, Cli::UsageError);
    EXPECT_TRUE(run.err.contains(QStringLiteral("frobnicate")));
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CliTest, BadOptionsAndMissingCommandAreUsageErrors)
{
    EXPECT_EQ(runCli({QStringLiteral("--bogus")}).code, Cli::UsageError);
    EXPECT_EQ(runCli({}).code, Cli::UsageError);
    EXPECT_EQ(runCli({QStringLiteral("--data-dir")}).code, Cli::UsageError);
    const CliRun sub = runCli({QStringLiteral("paths"), QStringLiteral("--bogus")});
    EXPECT_EQ(sub.code, Cli::UsageError);
    EXPECT_TRUE(sub.err.contains(QStringLiteral("bogus")));
}

TEST(CliTest, PathsShowsTheChosenDataFolderWithoutCreatingIt)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("diary-data"));
    const CliRun run = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("paths")});
    EXPECT_EQ(run.code, Cli::Success);
    EXPECT_TRUE(run.out.contains(data));
    EXPECT_FALSE(QFileInfo::exists(data));
}

TEST(CliTest, SubcommandHelpWorks)
{
    const CliRun run = runCli({QStringLiteral("paths"), QStringLiteral("--help")});
    EXPECT_EQ(run.code, Cli::Success);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Usage: stilla-cli paths")));
}

// ---- the diary commands ----------------------------------------------------------------------

const QByteArray kCsvHeader
    = "date,bedtime_night_before,wake_time,sleep_latency_min,awakenings,sleep_quality,"
      "rls_severity,magnesium_food_mg,magnesium_supplement_mg,"
      "caffeine_servings,exercise_min,notes\n";

/// A throw-away data folder and files beside it, with the Cli run on that folder.
class CliDiaryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString diary() const { return AppPaths::diaryFile(dataDir()); }
    QString file(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    QString write(const char* name, const QByteArray& content) const
    {
        QFile out(file(name));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(content);
        return out.fileName();
    }
    static QByteArray read(const QString& path)
    {
        QFile in(path);
        EXPECT_TRUE(in.open(QIODevice::ReadOnly)) << path.toStdString();
        return in.readAll();
    }

    CliRun cli(QStringList args) const
    {
        args.prepend(dataDir());
        args.prepend(QStringLiteral("--data-dir"));
        return runCli(args);
    }
    /// Exports the whole diary as JSON through stdout.
    QString exportJson() const
    {
        const CliRun run = cli({QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("-")});
        EXPECT_EQ(run.code, Cli::Success) << run.err.toStdString();
        return run.out;
    }
    void importTwoDays() const
    {
        const QString csv = write("two.csv",
            kCsvHeader
                + "2024-03-01,22:30,06:30,20,1,4,3,250,300,1,30,first\n"
                  "2024-03-02,23:00,07:00,10,0,5,1,,,,,\"second, with comma\"\n");
        const CliRun run = cli({QStringLiteral("import"), csv});
        ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    }

    QTemporaryDir m_dir;
};

TEST_F(CliDiaryTest, HelpListsTheDiaryCommandsAndExitCodeThree)
{
    const CliRun run = runCli({QStringLiteral("--help")});
    for (const char* command : {"import", "export", "backup", "restore", "check"})
        EXPECT_TRUE(run.out.contains(QLatin1String(command))) << command;
    EXPECT_TRUE(run.out.contains(QStringLiteral("3  the diary is damaged")));
    const CliRun sub = runCli({QStringLiteral("import"), QStringLiteral("--help")});
    EXPECT_EQ(sub.code, Cli::Success);
    EXPECT_TRUE(sub.out.contains(QStringLiteral("--on-conflict")));
}

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
        EXPECT_FALSE(run.err.isEmpty()) << args.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(diary()));
}

// ---- profile and safety ----------------------------------------------------------------------

/// The diary commands' fixture, with the profile in a settings file of its own.
class CliSafetyTest : public CliDiaryTest
{
protected:
    QString settingsFile() const { return file("stilla.conf"); }
    CliRun profile(QStringList args) const
    {
        args.prepend(QStringLiteral("profile"));
        args << QStringLiteral("--settings") << settingsFile();
        return cli(args);
    }
    QJsonObject profileJson() const
    {
        const CliRun run = profile({QStringLiteral("show"), QStringLiteral("--json")});
        EXPECT_EQ(run.code, Cli::Success) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    CliRun safety(QStringList args) const
    {
        args.prepend(QStringLiteral("safety"));
        args << QStringLiteral("--settings") << settingsFile();
        return cli(args);
    }
    /// The findings of @p date as JSON, checking the shape of every object.
    QStringList rulesOn(const char* date) const
    {
        const CliRun run
            = safety({QStringLiteral("--date"), QLatin1String(date), QStringLiteral("--json")});
        EXPECT_EQ(run.code, Cli::Success) << run.err.toStdString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
        EXPECT_TRUE(document.isArray());
        QStringList rules;
        for (const QJsonValue& value : document.array()) {
            const QJsonObject finding = value.toObject();
            EXPECT_EQ(finding.keys(),
                QStringList({QStringLiteral("message"), QStringLiteral("rule"),
                    QStringLiteral("section"), QStringLiteral("severity")}));
            EXPECT_FALSE(finding.value(QStringLiteral("message")).toString().isEmpty());
            EXPECT_FALSE(finding.value(QStringLiteral("section")).toString().isEmpty());
            rules << finding.value(QStringLiteral("rule")).toString() + QLatin1Char('/')
                    + finding.value(QStringLiteral("severity")).toString();
        }
        return rules;
    }
    /// 2024-03-01: 250 mg food, one 300 mg supplement, caffeine and symptoms.
    void importSupplementDay() const
    {
        const QString csv = write("supplement.csv",
            kCsvHeader
                + "2024-03-01,22:30,06:30,20,1,4,3,250,300,1,30,\n"
                  "2024-03-02,,,,,,,900,,,,food only\n");
        const CliRun run = cli({QStringLiteral("import"), csv});
        ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    }
};

TEST_F(CliSafetyTest, ProfileShowGivesTheDefaultsAsTextAndJson)
{
    const CliRun text = profile({QStringLiteral("show")});
    EXPECT_EQ(text.code, Cli::Success) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("reference:   nordic_eu")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("conditions:  none")));
    const QJsonObject json = profileJson();
    EXPECT_EQ(json.keys(),
        QStringList({QStringLiteral("age_group"), QStringLiteral("conditions"),
            QStringLiteral("medications"), QStringLiteral("reference"), QStringLiteral("sex")}));
    EXPECT_EQ(json.value(QStringLiteral("age_group")).toString(), QStringLiteral("unset"));
    EXPECT_EQ(json.value(QStringLiteral("reference")).toString(), QStringLiteral("nordic_eu"));
    EXPECT_TRUE(json.value(QStringLiteral("conditions")).toArray().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(dataDir())); // the profile needs no data folder
}

TEST_F(CliSafetyTest, ProfileSetChangesEveryKey)
{
    const CliRun set
        = profile({QStringLiteral("set"), QStringLiteral("conditions=kidney_disease,pregnant"),
            QStringLiteral("medications=diuretic, antibiotic"), QStringLiteral("age_group=adult"),
            QStringLiteral("sex=female"), QStringLiteral("reference=us")});
    ASSERT_EQ(set.code, Cli::Success) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(QStringLiteral("reference:   us"))) << set.out.toStdString();
    const QJsonObject json = profileJson();
    EXPECT_EQ(json.value(QStringLiteral("conditions")).toArray(),
        QJsonArray({QStringLiteral("kidney_disease"), QStringLiteral("pregnant")}));
    EXPECT_EQ(json.value(QStringLiteral("medications")).toArray(),
        QJsonArray({QStringLiteral("antibiotic"), QStringLiteral("diuretic")}));
    EXPECT_EQ(json.value(QStringLiteral("age_group")).toString(), QStringLiteral("adult"));
    EXPECT_EQ(json.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
    EXPECT_EQ(json.value(QStringLiteral("reference")).toString(), QStringLiteral("us"));

    ASSERT_EQ(
        profile({QStringLiteral("set"), QStringLiteral("conditions=none")}).code, Cli::Success);
    EXPECT_TRUE(profileJson().value(QStringLiteral("conditions")).toArray().isEmpty());
    EXPECT_EQ(profileJson().value(QStringLiteral("medications")).toArray().size(), 2);
}

TEST_F(CliSafetyTest, ProfileSetIsAllOrNothingAndNamesWhatIsWrong)
{
    ASSERT_EQ(profile({QStringLiteral("set"), QStringLiteral("sex=male")}).code, Cli::Success);
    const QJsonObject before = profileJson();
    const QList<std::pair<QStringList, QString>> cases {
        {{QStringLiteral("sex=female"), QStringLiteral("colour=blue")}, QStringLiteral("colour")},
        {{QStringLiteral("conditions=kidney_disease,flu")}, QStringLiteral("flu")},
        {{QStringLiteral("medications=aspirin")}, QStringLiteral("aspirin")},
        {{QStringLiteral("reference=moon")}, QStringLiteral("moon")},
        {{QStringLiteral("age_group=toddler")}, QStringLiteral("toddler")},
        {{QStringLiteral("conditions=none,pregnant")}, QStringLiteral("none")},
        {{QStringLiteral("sex")}, QStringLiteral("sex")},
        {{QStringLiteral("sex=")}, QStringLiteral("sex")},
    };
    for (const auto& [args, named] : cases) {
        QStringList full {QStringLiteral("set")};
        full << args;
        const CliRun run = profile(full);
        EXPECT_EQ(run.code, Cli::UsageError) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(named)) << run.err.toStdString();
        EXPECT_EQ(profileJson(), before) << args.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_EQ(profile({}).code, Cli::UsageError);
    EXPECT_EQ(profile({QStringLiteral("set")}).code, Cli::UsageError);
    EXPECT_EQ(profile({QStringLiteral("frob")}).code, Cli::UsageError);
    EXPECT_EQ(profile({QStringLiteral("show"), QStringLiteral("extra")}).code, Cli::UsageError);
    const CliRun help = profile({QStringLiteral("--help")});
    EXPECT_EQ(help.code, Cli::Success);
    EXPECT_TRUE(help.out.contains(QStringLiteral("kidney_disease")));
}

TEST_F(CliSafetyTest, SafetyListsTheDaysFindingsFromTheProfile)
{
    importSupplementDay();
    EXPECT_EQ(rulesOn("2024-03-01"),
        QStringList({QStringLiteral("dose.supplement_above_reference/caution"),
            QStringLiteral("dose.single_dose_large/info"),
            QStringLiteral("lifestyle.caffeine/info")}));
    // Food alone never triggers a dose rule.
    EXPECT_TRUE(rulesOn("2024-03-02").isEmpty());

    // With the US limit, 300 mg is not above it; kidney disease is a warning.
    ASSERT_EQ(profile({QStringLiteral("set"), QStringLiteral("reference=us"),
                          QStringLiteral("conditions=kidney_disease")})
                  .code,
        Cli::Success);
    EXPECT_EQ(rulesOn("2024-03-01"),
        QStringList({QStringLiteral("condition.kidney_disease/warning"),
            QStringLiteral("dose.single_dose_large/info"),
            QStringLiteral("lifestyle.caffeine/info")}));

    const CliRun text = safety({QStringLiteral("--date"), QStringLiteral("2024-03-01")});
    ASSERT_EQ(text.code, Cli::Success) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("condition.kidney_disease")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("300\u00A0mg"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("potential-risks")));
}

TEST_F(CliSafetyTest, TheMedicinesThatMatterInRlsAndAChildsAgeGroupReachTheRules)
{
    importSupplementDay();
    // The new medicine classes are accepted and reported with their rules.
    ASSERT_EQ(profile({QStringLiteral("set"),
                          QStringLiteral("medications=gabapentinoid,oral_iron,levothyroxine,"
                                         "proton_pump_inhibitor,dopamine_agonist,"
                                         "serotonergic_antidepressant")})
                  .code,
        Cli::Success);
    EXPECT_EQ(profileJson().value(QStringLiteral("medications")).toArray().size(), 6);
    EXPECT_EQ(rulesOn("2024-03-01"),
        QStringList({QStringLiteral("dose.supplement_above_reference/caution"),
            QStringLiteral("interaction.gabapentinoid/caution"),
            QStringLiteral("interaction.iron/caution"),
            QStringLiteral("interaction.levothyroxine/caution"),
            QStringLiteral("dose.single_dose_large/info"), QStringLiteral("interaction.ppi/info"),
            QStringLiteral("lifestyle.caffeine/info"),
            QStringLiteral("medicine.dopamine_augmentation/info"),
            QStringLiteral("medicine.may_worsen_rls/info")}));
    // A day without supplements keeps the notes about the medicines themselves.
    EXPECT_EQ(rulesOn("2024-03-02"),
        QStringList({QStringLiteral("interaction.ppi/info"),
            QStringLiteral("medicine.dopamine_augmentation/info"),
            QStringLiteral("medicine.may_worsen_rls/info")}));

    // A child of 4 to 8 years with the US limits: 300 mg is above the child's 110 mg.
    ASSERT_EQ(profile({QStringLiteral("set"), QStringLiteral("medications=none"),
                          QStringLiteral("age_group=child_4_8"), QStringLiteral("reference=us")})
                  .code,
        Cli::Success);
    EXPECT_EQ(rulesOn("2024-03-01"),
        QStringList({QStringLiteral("dose.child_above_upper_limit/warning"),
            QStringLiteral("dose.child/info"), QStringLiteral("lifestyle.caffeine/info")}));
    const CliRun text = safety({QStringLiteral("--date"), QStringLiteral("2024-03-01")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("110\u00A0mg"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("4 to 8 years"))) << text.out.toStdString();
    // Each note names where it comes from.
    EXPECT_TRUE(text.out.contains(QStringLiteral("Source: NIH Office of Dietary Supplements")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Source: the article")));
    const CliRun help = profile({QStringLiteral("--help")});
    for (const char* name : {"child_1_3", "child_9_12", "proton_pump_inhibitor", "oral_iron"})
        EXPECT_TRUE(help.out.contains(QLatin1String(name))) << name;
}

TEST_F(CliSafetyTest, ADayNotInTheDiaryHasNoFindings)
{
    // No diary at all: nothing to note, and no diary is created.
    EXPECT_TRUE(rulesOn("2024-03-01").isEmpty());
    EXPECT_FALSE(QFileInfo::exists(diary()));
    importSupplementDay();
    EXPECT_TRUE(rulesOn("2023-12-31").isEmpty());
    const CliRun text = safety({QStringLiteral("--date"), QStringLiteral("2023-12-31")});
    EXPECT_EQ(text.code, Cli::Success);
    EXPECT_TRUE(text.out.contains(QStringLiteral("2023-12-31")));
}

TEST_F(CliSafetyTest, LabsAreAddedListedAndChangedOnlyWhereGiven)
{
    auto labs = [this](QStringList args) {
        args.prepend(QStringLiteral("labs"));
        return cli(args);
    };
    const CliRun added
        = labs({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2024-02-20"),
            QStringLiteral("ferritin=41"), QStringLiteral("tsat=18.5"), QStringLiteral("hb=128")});
    ASSERT_EQ(added.code, Cli::Success) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral(
        "2024-02-20: ferritin 41\u00A0µg/L, transferrin saturation 18.5\u00A0%, haemoglobin "
        "128\u00A0g/L")))
        << added.out.toStdString();
    // What the result means for iron is said at once.
    EXPECT_TRUE(added.out.contains(QStringLiteral("75\u00A0µg/L or lower")))
        << added.out.toStdString();

    // A second add changes only what it names; "-" clears.
    ASSERT_EQ(labs({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2024-02-20"),
                       QStringLiteral("mg_serum=0.82"), QStringLiteral("hb=-")})
                  .code,
        Cli::Success);
    const CliRun json = labs({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(json.code, Cli::Success) << json.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject result = list[0].toObject();
    EXPECT_EQ(result.keys(),
        QStringList({QStringLiteral("date"), QStringLiteral("ferritin"), QStringLiteral("hb"),
            QStringLiteral("mg_serum"), QStringLiteral("tsat")}));
    EXPECT_EQ(result.value(QStringLiteral("date")).toString(), QStringLiteral("2024-02-20"));
    EXPECT_EQ(result.value(QStringLiteral("ferritin")).toDouble(), 41);
    EXPECT_EQ(result.value(QStringLiteral("tsat")).toDouble(), 18.5);
    EXPECT_TRUE(result.value(QStringLiteral("hb")).isNull());
    EXPECT_EQ(result.value(QStringLiteral("mg_serum")).toDouble(), 0.82);

    // A wrong key, number or unit changes nothing and says what is wrong.
    for (const QStringList& args :
        {QStringList {QStringLiteral("foo=3")}, QStringList {QStringLiteral("ferritin=12,5")},
            QStringList {QStringLiteral("ferritin=50"), QStringLiteral("hb=13.5")}}) {
        const CliRun refused = labs(QStringList {QStringLiteral("add"), QStringLiteral("--date"),
                                        QStringLiteral("2024-02-20")}
            + args);
        EXPECT_NE(refused.code, Cli::Success) << args.join(u' ').toStdString();
        EXPECT_FALSE(refused.err.isEmpty());
    }
    EXPECT_EQ(labs({QStringLiteral("list"), QStringLiteral("--json")}).out, json.out);

    ASSERT_EQ(
        labs({QStringLiteral("remove"), QStringLiteral("--date"), QStringLiteral("2024-02-20")})
            .code,
        Cli::Success);
    EXPECT_TRUE(labs({QStringLiteral("list")}).out.contains(QStringLiteral("No lab results")));
}

TEST_F(CliSafetyTest, AJsonExportCarriesTheLabResultsAndAnImportBringsThemBack)
{
    importSupplementDay();
    ASSERT_EQ(cli({QStringLiteral("labs"), QStringLiteral("add"), QStringLiteral("--date"),
                      QStringLiteral("2024-02-20"), QStringLiteral("ferritin=41"),
                      QStringLiteral("hb=128")})
                  .code,
        Cli::Success);
    const QString json = file("export.json");
    ASSERT_EQ(cli({QStringLiteral("export"), json}).code, Cli::Success);
    const QString csv = file("export.csv");
    ASSERT_EQ(cli({QStringLiteral("export"), csv}).code, Cli::Success);

    // Into an empty data folder: the days and the lab results come back.
    const QString other = file("other");
    const CliRun imported
        = runCli({QStringLiteral("--data-dir"), other, QStringLiteral("import"), json});
    ASSERT_EQ(imported.code, Cli::Success) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 1 lab result")))
        << imported.out.toStdString();
    const CliRun listed = runCli(
        {QStringLiteral("--data-dir"), other, QStringLiteral("labs"), QStringLiteral("list")});
    EXPECT_TRUE(listed.out.contains(
        QStringLiteral("2024-02-20: ferritin 41\u00A0µg/L, haemoglobin 128\u00A0g/L")))
        << listed.out.toStdString();
    // Exporting again gives the same bytes.
    const QString again = file("again.json");
    ASSERT_EQ(runCli({QStringLiteral("--data-dir"), other, QStringLiteral("export"), again}).code,
        Cli::Success);
    EXPECT_EQ(test::fileHash(again), test::fileHash(json));
}

TEST_F(CliSafetyTest, SafetyTellsTheIronRulesFromTheLabResults)
{
    importSupplementDay();
    EXPECT_FALSE(rulesOn("2024-03-01").join(u' ').contains(QStringLiteral("iron.")));
    ASSERT_EQ(cli({QStringLiteral("labs"), QStringLiteral("add"), QStringLiteral("--date"),
                      QStringLiteral("2024-02-20"), QStringLiteral("ferritin=75"),
                      QStringLiteral("tsat=20")})
                  .code,
        Cli::Success);
    // 75 is at the threshold (fires); 20 % is not below 20 % (does not).
    const QStringList rules = rulesOn("2024-03-01");
    EXPECT_TRUE(rules.contains(QStringLiteral("iron.ferritin_low/caution")))
        << rules.join(u' ').toStdString();
    EXPECT_FALSE(rules.join(u' ').contains(QStringLiteral("iron.tsat_low")));
    // A date before the test does not know it yet.
    EXPECT_FALSE(rulesOn("2024-02-19").join(u' ').contains(QStringLiteral("iron.")));
}

TEST_F(CliSafetyTest, SafetySpeaksEitherLanguage)
{
    importSupplementDay();
    for (const char* language : {"sv", "en"}) {
        const CliRun run = safety({QStringLiteral("--date"), QStringLiteral("2024-03-01"),
            QStringLiteral("--json"), QStringLiteral("--lang"), QLatin1String(language)});
        ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
        const QJsonArray findings = QJsonDocument::fromJson(run.out.toUtf8()).array();
        ASSERT_EQ(findings.size(), 3) << language;
        for (const QJsonValue& value : findings) {
            const QJsonObject finding = value.toObject();
            const QString message = finding.value(QStringLiteral("message")).toString();
            EXPECT_FALSE(message.trimmed().isEmpty()) << language;
            // The dose messages carry the day's 300 mg in either language.
            if (finding.value(QStringLiteral("rule"))
                    .toString()
                    .startsWith(QLatin1String("dose."))) {
                EXPECT_TRUE(message.contains(QStringLiteral("300\u00A0mg")))
                    << message.toStdString();
            }
        }
    }
}

TEST_F(CliSafetyTest, LevelsAreNamedAsInTheDiary)
{
    importSupplementDay();
    const CliRun run = safety({QStringLiteral("--date"), QStringLiteral("2024-03-01"),
        QStringLiteral("--lang"), QStringLiteral("sv")});
    ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    // The day's findings: above the upper limit (take care), one large dose and caffeine on a
    // day with symptoms (good to know); the names the diary's panel uses, not the report's old
    // "Försiktighet" or "Info".
    for (const char* level : {"Var försiktig (dose.", "Bra att veta (dose.", "Bra att veta (life"})
        EXPECT_TRUE(run.out.contains(QString::fromUtf8(level))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Försiktighet")));
}

TEST_F(CliSafetyTest, BadUsageOfSafetyIsExitCodeTwo)
{
    const QList<QStringList> cases {
        {},
        {QStringLiteral("--date"), QStringLiteral("2024-02-30")},
        {QStringLiteral("--date"), QStringLiteral("yesterday")},
        {QStringLiteral("--date"), QStringLiteral("2024-03-01"), QStringLiteral("--lang"),
            QStringLiteral("de")},
        {QStringLiteral("--date"), QStringLiteral("2024-03-01"), QStringLiteral("extra")},
        {QStringLiteral("--bogus")},
    };
    for (const QStringList& args : cases) {
        const CliRun run = safety(args);
        EXPECT_EQ(run.code, Cli::UsageError) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(run.err.isEmpty()) << args.join(QLatin1Char(' ')).toStdString();
    }
}

// ---- foods search ---------------------------------------------------------------------------

class CliFoodsTest : public ::testing::Test
{
protected:
    CliRun foods(QStringList args) const
    {
        args.prepend(QStringLiteral("foods"));
        args.prepend(m_data);
        args.prepend(QStringLiteral("--data-dir"));
        return runCli(args);
    }
    static QJsonArray parseJson(const CliRun& run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
        EXPECT_TRUE(document.isArray());
        return document.array();
    }

    QTemporaryDir m_dir;
    const QString m_data = m_dir.filePath(QStringLiteral("data"));
};

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
        ASSERT_TRUE(opened.store->saveCustomFood(food).ok());
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

// ---- stats ----------------------------------------------------------------------------------

TEST_F(CliDiaryTest, StatsWithoutADiaryGivesNullsAndCreatesNothing)
{
    const CliRun run = cli({QStringLiteral("stats"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QStringList keys {QStringLiteral("autocorrelation_x"),
        QStringLiteral("autocorrelation_y"), QStringLiteral("ci95_high"),
        QStringLiteral("ci95_high_adjusted"), QStringLiteral("ci95_low"),
        QStringLiteral("ci95_low_adjusted"), QStringLiteral("intercept"),
        QStringLiteral("lag_days"), QStringLiteral("n"), QStringLiteral("n_effective"),
        QStringLiteral("outcome"), QStringLiteral("pearson_r"), QStringLiteral("slope"),
        QStringLiteral("spearman_rho")};
    EXPECT_EQ(object.keys(), keys);
    EXPECT_EQ(object.value(QStringLiteral("n")).toInt(-1), 0);
    EXPECT_EQ(object.value(QStringLiteral("lag_days")).toInt(-1), 0);
    for (const char* key :
        {"pearson_r", "spearman_rho", "ci95_low", "ci95_high", "slope", "intercept"})
        EXPECT_TRUE(object.value(QLatin1String(key)).isNull()) << key;
    EXPECT_FALSE(QFileInfo::exists(diary()));

    const CliRun text = cli({QStringLiteral("stats")});
    ASSERT_EQ(text.code, Cli::Success);
    EXPECT_TRUE(text.out.contains(QStringLiteral("no days logged"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("No days have both values yet.")));
    EXPECT_FALSE(QFileInfo::exists(dataDir()));
}

TEST_F(CliDiaryTest, StatsAllowForDaysThatRunInStreaksAndTakeAnOutcome)
{
    // The streaky month of tests/data/stats/adjusted_reference.py (NumPy/SciPy values).
    const int magnesium[] = {150, 160, 140, 450, 470, 460, 480, 440, -1, 150, 170, 160, 455, 465,
        470, 475, 160, 150, 140, 160, 450, 460, -1, 470, 480, 150, 160, 170, 150, 160};
    const int severity[] = {
        7, 7, 6, 5, 4, 4, 3, 4, 5, 6, 7, 7, 6, 5, 4, -1, 4, 5, 6, 7, 6, 5, 4, 4, 3, 4, 5, 6, 7, 7};
    QByteArray csv = kCsvHeader;
    for (int i = 0; i < 30; ++i) {
        const QByteArray date = QDate(2024, 3, 1).addDays(i).toString(Qt::ISODate).toLatin1();
        const QByteArray sev = severity[i] < 0 ? "" : QByteArray::number(severity[i]);
        const int mg = magnesium[i];
        const QByteArray food = mg < 0 ? "" : QByteArray::number(mg > 300 ? 150 : mg);
        const QByteArray supplement = mg < 0 ? "" : QByteArray::number(mg > 300 ? mg - 150 : 0);
        csv += date + ",,,,,," + sev + ',' + food + ',' + supplement + ",,,\n";
    }
    const CliRun imported = cli({QStringLiteral("import"), write("streaks.csv", csv)});
    ASSERT_EQ(imported.code, Cli::Success) << imported.err.toStdString();

    const CliRun run = cli({QStringLiteral("stats"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(object.value(QStringLiteral("n")).toInt(), 27);
    EXPECT_EQ(object.value(QStringLiteral("outcome")).toString(), QStringLiteral("rls_severity"));
    EXPECT_NEAR(
        object.value(QStringLiteral("autocorrelation_x")).toDouble(), 0.6573580980289021, 1e-12);
    EXPECT_NEAR(
        object.value(QStringLiteral("autocorrelation_y")).toDouble(), 0.75912019297366129, 1e-12);
    EXPECT_NEAR(object.value(QStringLiteral("n_effective")).toDouble(), 9.0236842220041691, 1e-10);
    EXPECT_NEAR(
        object.value(QStringLiteral("ci95_low_adjusted")).toDouble(), -0.91444547104062845, 1e-10);
    EXPECT_NEAR(
        object.value(QStringLiteral("ci95_high_adjusted")).toDouble(), 0.043113298939734077, 1e-10);

    // The words use the adjusted interval: it includes 0.
    const CliRun text = cli({QStringLiteral("stats")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("about 9.0 days"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("-0.91 to 0.04"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("may well be chance"))) << text.out.toStdString();

    for (const char* outcome : {"sleep_quality", "total_sleep_min"}) {
        const CliRun sleep = cli({QStringLiteral("stats"), QStringLiteral("--json"),
            QStringLiteral("--outcome"), QLatin1String(outcome)});
        ASSERT_EQ(sleep.code, Cli::Success) << sleep.err.toStdString();
        const QJsonObject night = QJsonDocument::fromJson(sleep.out.toUtf8()).object();
        EXPECT_EQ(night.value(QStringLiteral("outcome")).toString(), QLatin1String(outcome));
        EXPECT_EQ(night.value(QStringLiteral("n")).toInt(-1), 0); // no nights in this diary
    }
    const CliRun bad = cli({QStringLiteral("stats"), QStringLiteral("--outcome=mood")});
    EXPECT_EQ(bad.code, Cli::UsageError);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("\"mood\""))) << bad.err.toStdString();
}

TEST_F(CliDiaryTest, AnExperimentIsPlannedFollowedAndReadAsStatsmodelsReadsIt)
{
    // The first diary of tests/data/stats/experiment_reference.py: ABAB, 14-day phases, 3 days
    // of washout, RLS severity; the supplement logged on B days except every 13th day, and once
    // on an A day.
    const QDate start(2024, 1, 1);
    QByteArray csv = kCsvHeader;
    for (int i = 0; i < 56; ++i) {
        const bool b = (i / 14) % 2 == 1;
        const int noise = ((i * 37 + 11) % 7) - 3;
        const int streak = ((i / 5) % 3) - 1;
        const int severity
            = std::clamp(6 + streak + int(std::floor(noise / 2.0)) - (b ? 2 : 0), 0, 10);
        const bool logged = (b && i % 13 != 0) || (!b && i == 30);
        csv += start.addDays(i).toString(Qt::ISODate).toLatin1() + ",,,,,,"
            + (i % 11 == 5 ? QByteArray() : QByteArray::number(severity)) + ",150,"
            + (logged ? "200" : "0") + ",,,\n";
    }
    ASSERT_EQ(cli({QStringLiteral("import"), write("experiment.csv", csv)}).code, Cli::Success);

    const QString settings = file("stilla.conf");
    const CliRun planned = cli({QStringLiteral("experiment"), QStringLiteral("plan"),
        QStringLiteral("--start=2024-01-01"), QStringLiteral("--pattern=ABAB"),
        QStringLiteral("--phase-days=14"), QStringLiteral("--washout-days=3"),
        QStringLiteral("--dose=200"), QStringLiteral("--settings"), settings});
    ASSERT_EQ(planned.code, Cli::Success) << planned.err.toStdString();
    EXPECT_TRUE(planned.out.contains(QStringLiteral("phases ABAB of 14 day")))
        << planned.out.toStdString();

    const CliRun day = cli({QStringLiteral("experiment"), QStringLiteral("show"),
        QStringLiteral("--date=2024-01-16"), QStringLiteral("--json")});
    ASSERT_EQ(day.code, Cli::Success) << day.err.toStdString();
    const QJsonObject where = QJsonDocument::fromJson(day.out.toUtf8()).object();
    EXPECT_EQ(where.value(QStringLiteral("arm")).toString(), QStringLiteral("B"));
    EXPECT_EQ(where.value(QStringLiteral("day_in_phase")).toInt(), 2);
    EXPECT_TRUE(where.value(QStringLiteral("washout")).toBool());

    const CliRun run = cli({QStringLiteral("experiment"), QStringLiteral("result"),
        QStringLiteral("--to=2024-02-25"), QStringLiteral("--json")});
    ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(result.value(QStringLiteral("n_a")).toInt(), 20);
    EXPECT_EQ(result.value(QStringLiteral("n_b")).toInt(), 20);
    EXPECT_EQ(result.value(QStringLiteral("maxlags")).toInt(), 3);
    EXPECT_NEAR(result.value(QStringLiteral("difference")).toDouble(), -2.2499999999999991, 1e-6);
    EXPECT_NEAR(result.value(QStringLiteral("ci95_low")).toDouble(), -2.9998119328862178, 1e-6);
    EXPECT_NEAR(result.value(QStringLiteral("ci95_high")).toDouble(), -1.5001880671137804, 1e-6);
    EXPECT_NEAR(result.value(QStringLiteral("adherence_b")).toDouble(), 26.0 / 28, 1e-12);
    EXPECT_EQ(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("better"));
    // The bars of the per-phase chart (the same script's values) and the other outcomes, which
    // this diary does not have.
    const QJsonArray phases = result.value(QStringLiteral("phases")).toArray();
    ASSERT_EQ(phases.size(), 4);
    EXPECT_EQ(phases[1].toObject().value(QStringLiteral("arm")).toString(), QStringLiteral("B"));
    EXPECT_EQ(phases[1].toObject().value(QStringLiteral("n")).toInt(), 10);
    EXPECT_NEAR(phases[1].toObject().value(QStringLiteral("mean")).toDouble(), 3.6, 1e-12);
    const QJsonArray secondary = result.value(QStringLiteral("secondary")).toArray();
    ASSERT_EQ(secondary.size(), 2);
    EXPECT_EQ(secondary[0].toObject().value(QStringLiteral("outcome")).toString(),
        QStringLiteral("sleep_quality"));
    EXPECT_TRUE(secondary[0].toObject().value(QStringLiteral("mean_a")).isNull());

    // The plan travels in a JSON export, and back into an empty diary with its days.
    const QString exported = file("with-experiment.json");
    ASSERT_EQ(cli({QStringLiteral("export"), exported}).code, Cli::Success);
    {
        QFile json(exported);
        ASSERT_TRUE(json.open(QIODevice::ReadOnly));
        EXPECT_TRUE(json.readAll().contains("\"experiments\": ["));
    }
    const QString elsewhere = file("elsewhere");
    const auto inOther = [&](QStringList arguments) {
        return runCli(QStringList {QStringLiteral("--data-dir"), elsewhere} + arguments);
    };
    const CliRun imported = inOther({QStringLiteral("import"), exported});
    ASSERT_EQ(imported.code, Cli::Success) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 1 self-experiment(s) (0 skipped).")))
        << imported.out.toStdString();
    const CliRun again = inOther({QStringLiteral("experiment"), QStringLiteral("result"),
        QStringLiteral("--to=2024-02-25"), QStringLiteral("--json")});
    EXPECT_NEAR(QJsonDocument::fromJson(again.out.toUtf8())
                    .object()
                    .value(QStringLiteral("difference"))
                    .toDouble(),
        -2.2499999999999991, 1e-6);

    // Halfway there is too little to say, and the numbers that would overclaim are null.
    const CliRun early = cli({QStringLiteral("experiment"), QStringLiteral("result"),
        QStringLiteral("--to=2024-01-28"), QStringLiteral("--json")});
    const QJsonObject half = QJsonDocument::fromJson(early.out.toUtf8()).object();
    EXPECT_EQ(half.value(QStringLiteral("verdict")).toString(), QStringLiteral("too_little_data"));
    EXPECT_TRUE(half.value(QStringLiteral("difference")).isNull());

    // Paused, resumed and stopped, each recorded.
    EXPECT_EQ(cli({QStringLiteral("experiment"), QStringLiteral("pause"),
                      QStringLiteral("--date=2024-02-01")})
                  .code,
        Cli::Success);
    EXPECT_EQ(cli({QStringLiteral("experiment"), QStringLiteral("resume"),
                      QStringLiteral("--date=2024-02-03")})
                  .code,
        Cli::Success);
    const CliRun stopped = cli({QStringLiteral("experiment"), QStringLiteral("stop"),
        QStringLiteral("--date=2024-02-10")});
    ASSERT_EQ(stopped.code, Cli::Success) << stopped.err.toStdString();
    EXPECT_TRUE(stopped.out.contains(QStringLiteral("stopped"))) << stopped.out.toStdString();
    EXPECT_EQ(cli({QStringLiteral("experiment"), QStringLiteral("stop"),
                      QStringLiteral("--date=2024-02-12")})
                  .code,
        1)
        << "already stopped";

    // A dose the safety rules advise against is refused, and nothing is saved.
    const CliRun tooMuch = cli(
        {QStringLiteral("experiment"), QStringLiteral("plan"), QStringLiteral("--start=2024-06-01"),
            QStringLiteral("--dose=900"), QStringLiteral("--settings"), settings});
    EXPECT_EQ(tooMuch.code, 1);
    EXPECT_TRUE(tooMuch.err.contains(QStringLiteral("not saved"))) << tooMuch.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("experiment"), QStringLiteral("plan"),
                      QStringLiteral("--start=2024-06-01"), QStringLiteral("--dose=200"),
                      QStringLiteral("--phase-days=5")})
                  .code,
        Cli::UsageError);
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

TEST_F(CliDiaryTest, StatsPairsMagnesiumWithSeverityLagDaysLater)
{
    // Magnesium on day i and severity on day i + 1: the pairs of tests/core/StatsCorrelationTest,
    // whose reference values come from Python's statistics module.
    const int magnesium[] = {250, 300, 300, 410, 520, 180, 300, 610, 450, 390};
    const int severity[] = {6, 5, 6, 4, 3, 7, 5, 2, 4, 4};
    QByteArray csv = kCsvHeader;
    for (int i = 0; i <= 10; ++i) {
        const QByteArray date = QDate(2024, 3, 1).addDays(i).toString(Qt::ISODate).toLatin1();
        const QByteArray sev = i == 0 ? "9" : QByteArray::number(severity[i - 1]);
        // Split the magnesium between food and a supplement: stats uses the total.
        const QByteArray food = i < 10 ? QByteArray::number(magnesium[i] - 100) : "";
        const QByteArray supplement = i < 10 ? "100" : "";
        csv += date + ",,,,,," + sev + ',' + food + ',' + supplement + ",,,\n";
    }
    const CliRun imported = cli({QStringLiteral("import"), write("lag.csv", csv)});
    ASSERT_EQ(imported.code, Cli::Success) << imported.err.toStdString();

    const CliRun run = cli({QStringLiteral("stats"), QStringLiteral("--lag"), QStringLiteral("1"),
        QStringLiteral("--json")});
    ASSERT_EQ(run.code, Cli::Success) << run.err.toStdString();
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(object.value(QStringLiteral("n")).toInt(), 10);
    EXPECT_EQ(object.value(QStringLiteral("lag_days")).toInt(), 1);
    EXPECT_NEAR(object.value(QStringLiteral("pearson_r")).toDouble(), -0.9747716782297852, 1e-14);
    EXPECT_NEAR(
        object.value(QStringLiteral("spearman_rho")).toDouble(), -0.9687689214527787, 1e-14);
    EXPECT_NEAR(object.value(QStringLiteral("ci95_low")).toDouble(), -0.9942097884717125, 1e-14);
    EXPECT_NEAR(object.value(QStringLiteral("ci95_high")).toDouble(), -0.893561493916439, 1e-14);
    EXPECT_NEAR(object.value(QStringLiteral("slope")).toDouble(), -0.01123039885483766, 1e-15);
    EXPECT_NEAR(object.value(QStringLiteral("intercept")).toDouble(), 8.76647797514477, 1e-12);

    // Days outside --from/--to are left out: only the pairs starting on 3-4 March to 3-6.
    const CliRun range = cli({QStringLiteral("stats"), QStringLiteral("--from=2024-03-04"),
        QStringLiteral("--to=2024-03-06"), QStringLiteral("--lag=1"), QStringLiteral("--json")});
    ASSERT_EQ(range.code, Cli::Success) << range.err.toStdString();
    const QJsonObject few = QJsonDocument::fromJson(range.out.toUtf8()).object();
    EXPECT_EQ(few.value(QStringLiteral("n")).toInt(), 2);
    EXPECT_TRUE(few.value(QStringLiteral("pearson_r")).isNull());

    const CliRun text
        = cli({QStringLiteral("stats"), QStringLiteral("--lag"), QStringLiteral("1")});
    ASSERT_EQ(text.code, Cli::Success) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("2024-03-01 to 2024-03-11")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("-0.97"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("-0.99 to -0.89"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("-1.12 severity points per 100\u00A0mg")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("too little data to say")))
        << text.out.toStdString();
    // The label column is aligned: every value starts in the same column.
    const QStringList lines = text.out.split(QLatin1Char('\n'));
    ASSERT_GT(lines.size(), 9);
    const qsizetype column = lines.at(1).indexOf(QStringLiteral("2024"));
    EXPECT_GT(column, 0);
    EXPECT_EQ(lines.at(3).indexOf(QStringLiteral("10")), column) << lines.at(3).toStdString();
}

TEST_F(CliDiaryTest, StatsRejectsABadLagOrDate)
{
    const QList<QStringList> cases {
        {QStringLiteral("stats"), QStringLiteral("--lag"), QStringLiteral("4")},
        {QStringLiteral("stats"), QStringLiteral("--lag=-1")},
        {QStringLiteral("stats"), QStringLiteral("--lag=soon")},
    };
    for (const QStringList& args : cases) {
        const CliRun run = cli(args);
        EXPECT_EQ(run.code, Cli::UsageError) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("--lag"))) << run.err.toStdString();
    }
    EXPECT_EQ(
        cli({QStringLiteral("stats"), QStringLiteral("--from=2024-02-30")}).code, Cli::UsageError);
    EXPECT_EQ(cli({QStringLiteral("stats"), QStringLiteral("--from=2024-03-02"),
                      QStringLiteral("--to=2024-03-01")})
                  .code,
        Cli::UsageError);
    EXPECT_EQ(cli({QStringLiteral("stats"), QStringLiteral("extra")}).code, Cli::UsageError);
    const CliRun help = cli({QStringLiteral("stats"), QStringLiteral("--help")});
    EXPECT_EQ(help.code, Cli::Success);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--lag"))) << help.out.toStdString();
    EXPECT_FALSE(QFileInfo::exists(diary()));
}

} // namespace
} // namespace stilla
