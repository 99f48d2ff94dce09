// stilla-cli stats and experiment.
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
    // Whole days, as the sentence below says them ("about 3,078", not "3,077.6").
    EXPECT_TRUE(text.out.contains(QStringLiteral("about 9 days (the days run in streaks)")))
        << text.out.toStdString();
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

/// The first diary of tests/data/stats/experiment_reference.py, imported, with its
/// self-experiment planned: ABAB, 14-day phases, 3 days of washout, RLS severity.
class CliExperimentTest : public CliDiaryTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(CliDiaryTest::SetUp());
        ASSERT_EQ(cli({QStringLiteral("import"), write("experiment.csv", referenceCsv())}).code,
            Cli::Success);
        const CliRun planned = cli({QStringLiteral("experiment"), QStringLiteral("plan"),
            QStringLiteral("--start=2024-01-01"), QStringLiteral("--pattern=ABAB"),
            QStringLiteral("--phase-days=14"), QStringLiteral("--washout-days=3"),
            QStringLiteral("--dose=200"), QStringLiteral("--settings"), settings()});
        ASSERT_EQ(planned.code, Cli::Success) << planned.err.toStdString();
        EXPECT_TRUE(planned.out.contains(QStringLiteral("phases ABAB of 14 day")))
            << planned.out.toStdString();
    }

    QString settings() const { return file("stilla.conf"); }

    /// The supplement logged on B days except every 13th day, and once on an A day.
    static QByteArray referenceCsv()
    {
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
        return csv;
    }
};

TEST_F(CliExperimentTest, APlannedExperimentShowsWhereADayIsInIt)
{
    const CliRun day = cli({QStringLiteral("experiment"), QStringLiteral("show"),
        QStringLiteral("--date=2024-01-16"), QStringLiteral("--json")});
    ASSERT_EQ(day.code, Cli::Success) << day.err.toStdString();
    const QJsonObject where = QJsonDocument::fromJson(day.out.toUtf8()).object();
    EXPECT_EQ(where.value(QStringLiteral("arm")).toString(), QStringLiteral("B"));
    EXPECT_EQ(where.value(QStringLiteral("day_in_phase")).toInt(), 2);
    EXPECT_TRUE(where.value(QStringLiteral("washout")).toBool());
}

TEST_F(CliExperimentTest, TheResultIsReadAsStatsmodelsReadsIt)
{
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
}

TEST_F(CliExperimentTest, ThePlanTravelsInAJsonExportIntoAnEmptyDiaryWithItsDays)
{
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
}

TEST_F(CliExperimentTest, HalfwayThereIsTooLittleToSayAndNoNumberThatWouldOverclaim)
{
    const CliRun early = cli({QStringLiteral("experiment"), QStringLiteral("result"),
        QStringLiteral("--to=2024-01-28"), QStringLiteral("--json")});
    const QJsonObject half = QJsonDocument::fromJson(early.out.toUtf8()).object();
    EXPECT_EQ(half.value(QStringLiteral("verdict")).toString(), QStringLiteral("too_little_data"));
    EXPECT_TRUE(half.value(QStringLiteral("difference")).isNull());
}

TEST_F(CliExperimentTest, APlanIsPausedResumedAndStoppedEachRecorded)
{
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
}

TEST_F(CliExperimentTest, ADoseTheSafetyRulesAdviseAgainstIsRefusedAndNothingIsSaved)
{
    const CliRun tooMuch = cli(
        {QStringLiteral("experiment"), QStringLiteral("plan"), QStringLiteral("--start=2024-06-01"),
            QStringLiteral("--dose=900"), QStringLiteral("--settings"), settings()});
    EXPECT_EQ(tooMuch.code, 1);
    EXPECT_TRUE(tooMuch.err.contains(QStringLiteral("not saved"))) << tooMuch.err.toStdString();
    const CliRun shown = cli({QStringLiteral("experiment"), QStringLiteral("show"),
        QStringLiteral("--date=2024-06-01"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(shown.out.toUtf8())
                  .object()
                  .value(QStringLiteral("start"))
                  .toString(),
        QStringLiteral("2024-01-01"))
        << "the plan of SetUp is still the current one";
    EXPECT_EQ(cli({QStringLiteral("experiment"), QStringLiteral("plan"),
                      QStringLiteral("--start=2024-06-01"), QStringLiteral("--dose=200"),
                      QStringLiteral("--phase-days=5")})
                  .code,
        Cli::UsageError);
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
