// stilla-cli profile, safety and labs.
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

TEST_F(CliSafetyTest, ProfileShowGivesTheDefaultsAsTextAndJson)
{
    const CliRun text = profile({QStringLiteral("show")});
    EXPECT_EQ(text.code, Cli::Success) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("reference:   nordic_eu")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("conditions:  none")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("ruled_out:   none")));
    const QJsonObject json = profileJson();
    EXPECT_EQ(json.keys(),
        QStringList({QStringLiteral("age_group"), QStringLiteral("conditions"),
            QStringLiteral("medications"), QStringLiteral("reference"), QStringLiteral("ruled_out"),
            QStringLiteral("sex")}));
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

TEST_F(CliSafetyTest, AConditionIsHadRuledOutOrNotAnsweredAndTheLastWordHolds)
{
    ASSERT_EQ(
        profile({QStringLiteral("set"), QStringLiteral("ruled_out=kidney_disease,pregnant")}).code,
        Cli::Success);
    EXPECT_EQ(profileJson().value(QStringLiteral("ruled_out")).toArray(),
        QJsonArray({QStringLiteral("kidney_disease"), QStringLiteral("pregnant")}));
    // Saying later that one is had takes it out of those ruled out.
    ASSERT_EQ(
        profile({QStringLiteral("set"), QStringLiteral("conditions=pregnant")}).code, Cli::Success);
    QJsonObject json = profileJson();
    EXPECT_EQ(json.value(QStringLiteral("conditions")).toArray(),
        QJsonArray({QStringLiteral("pregnant")}));
    EXPECT_EQ(json.value(QStringLiteral("ruled_out")).toArray(),
        QJsonArray({QStringLiteral("kidney_disease")}));
    // Both at once is a mistake, named, and nothing changes.
    const CliRun both = profile({QStringLiteral("set"), QStringLiteral("conditions=kidney_disease"),
        QStringLiteral("ruled_out=kidney_disease")});
    EXPECT_EQ(both.code, Cli::UsageError);
    EXPECT_TRUE(both.err.contains(QStringLiteral("kidney_disease: both in conditions and in "
                                                 "ruled_out")))
        << both.err.toStdString();
    EXPECT_EQ(profileJson(), json);
    ASSERT_EQ(
        profile({QStringLiteral("set"), QStringLiteral("ruled_out=none")}).code, Cli::Success);
    EXPECT_TRUE(profileJson().value(QStringLiteral("ruled_out")).toArray().isEmpty());
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
            QStringLiteral("medicine.dopamine_augmentation/info"),
            QStringLiteral("medicine.may_worsen_rls/info"),
            QStringLiteral("lifestyle.caffeine/info")}));
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

TEST_F(CliSafetyTest, ASerumMagnesiumThatMayBeInMgPerDlIsSavedWithTheQuestionTheWindowAsks)
{
    const CliRun added = cli({QStringLiteral("labs"), QStringLiteral("add"),
        QStringLiteral("--date"), QStringLiteral("2024-02-20"), QStringLiteral("mg_serum=2.1")});
    ASSERT_EQ(added.code, Cli::Success) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral("mg/dL, that is 0.86\u00A0mmol/L")))
        << added.out.toStdString();
    // Taken as mmol/L, as given: the warning follows.
    EXPECT_TRUE(added.out.contains(QStringLiteral("Do not take magnesium supplements")))
        << added.out.toStdString();
    const CliRun normal = cli({QStringLiteral("labs"), QStringLiteral("add"),
        QStringLiteral("--date"), QStringLiteral("2024-02-20"), QStringLiteral("mg_serum=0.86")});
    ASSERT_EQ(normal.code, Cli::Success) << normal.err.toStdString();
    EXPECT_EQ(normal.out, QStringLiteral("2024-02-20: serum magnesium 0.86\u00A0mmol/L\n"));
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
    const CliRun kidney
        = labs({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2024-02-20"),
            QStringLiteral("mg_serum=0.82"), QStringLiteral("hb=-"), QStringLiteral("egfr=52")});
    ASSERT_EQ(kidney.code, Cli::Success) << kidney.err.toStdString();
    // An eGFR below 60 asks for the doctor before magnesium, as the diary page does.
    EXPECT_TRUE(kidney.out.contains(QStringLiteral("Your eGFR was 52\u00A0mL/min/1.73\u00A0m²")))
        << kidney.out.toStdString();
    const CliRun json = labs({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(json.code, Cli::Success) << json.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject result = list[0].toObject();
    EXPECT_EQ(result.keys(),
        QStringList({QStringLiteral("date"), QStringLiteral("egfr"), QStringLiteral("ferritin"),
            QStringLiteral("hb"), QStringLiteral("mg_serum"), QStringLiteral("tsat")}));
    EXPECT_EQ(result.value(QStringLiteral("date")).toString(), QStringLiteral("2024-02-20"));
    EXPECT_EQ(result.value(QStringLiteral("ferritin")).toDouble(), 41);
    EXPECT_EQ(result.value(QStringLiteral("tsat")).toDouble(), 18.5);
    EXPECT_TRUE(result.value(QStringLiteral("hb")).isNull());
    EXPECT_EQ(result.value(QStringLiteral("mg_serum")).toDouble(), 0.82);
    EXPECT_EQ(result.value(QStringLiteral("egfr")).toDouble(), 52);

    // A wrong key, number or unit changes nothing and says what is wrong.
    for (const QStringList& args :
        {QStringList {QStringLiteral("foo=3")}, QStringList {QStringLiteral("ferritin=12,5")},
            QStringList {QStringLiteral("ferritin=50"), QStringLiteral("hb=13.5")},
            QStringList {QStringLiteral("egfr=0")}}) {
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

TEST_F(CliSafetyTest, SafetyTellsTheLabRulesFromTheLabResults)
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

TEST_F(CliSafetyTest, NauseaWithMagnesiumWarnsOnceTheEgfrsShowKidneyDisease)
{
    const QByteArray json = R"({"format": "stilla-diary", "version": 2, "days": [
  {"date": "2026-03-12", "supplements": [{"form": "citrate", "elemental_mg": 100}],
   "side_effects": ["nausea"]}]})";
    ASSERT_EQ(cli({QStringLiteral("import"), write("nausea.json", json)}).code, Cli::Success);
    EXPECT_EQ(rulesOn("2026-03-12"), QStringList {QStringLiteral("side_effect.common/caution")});
    // One eGFR of 45 is not yet kidney disease; a second one more than three months older is.
    const auto addEgfr = [this](const char* date, const char* value) {
        return cli({QStringLiteral("labs"), QStringLiteral("add"), QStringLiteral("--date"),
                       QLatin1String(date), QStringLiteral("egfr=") + QLatin1String(value)})
            .code;
    };
    ASSERT_EQ(addEgfr("2026-03-01", "45"), Cli::Success);
    EXPECT_EQ(rulesOn("2026-03-12"),
        (QStringList {QStringLiteral("kidney.egfr_low/caution"),
            QStringLiteral("side_effect.common/caution")}));
    ASSERT_EQ(addEgfr("2025-11-20", "52"), Cli::Success);
    EXPECT_EQ(rulesOn("2026-03-12"),
        (QStringList {QStringLiteral("condition.kidney_disease/warning"),
            QStringLiteral("kidney.egfr_low/warning"),
            QStringLiteral("side_effect.kidney_disease/warning")}));
    const CliRun text = safety({QStringLiteral("--date"), QStringLiteral("2026-03-12")});
    EXPECT_TRUE(
        text.out.contains(QStringLiteral("That meets the definition of chronic kidney disease")))
        << text.out.toStdString();
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

} // namespace
} // namespace stilla
