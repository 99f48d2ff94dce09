#include "core/io/DiaryJson.h"

#include "DiaryFixtures.h"
#include "core/io/FieldText.h"
#include "core/io/JsonLocator.h"
#include "tests/TestUtil.h"

namespace stilla {
namespace {

ImportReport readJson(const QString& text)
{
    return DiaryJson::read(text.toUtf8());
}

/// A diary JSON file with @p days (JSON text of the array's elements).
QString diaryWith(const QString& days)
{
    return QStringLiteral("{\n  \"format\": \"stilla-diary\",\n  \"version\": 2,\n  \"days\": [\n")
        + days + QStringLiteral("\n  ]\n}\n");
}

std::string problemsText(const ImportReport& report)
{
    QStringList lines;
    for (const ImportProblem& problem : report.problems)
        lines << problem.toText(QStringLiteral("f.json"));
    return lines.join(QLatin1Char('\n')).toStdString();
}

const ImportProblem* findProblem(const ImportReport& report, const QString& field)
{
    for (const ImportProblem& problem : report.problems) {
        if (problem.field == field)
            return &problem;
    }
    return nullptr;
}

std::vector<DayEntry> sortedSample()
{
    std::vector<DayEntry> days = test::sampleDays();
    std::sort(days.begin(), days.end(),
        [](const DayEntry& a, const DayEntry& b) { return a.date < b.date; });
    return days;
}

TEST(DiaryJsonTest, WritesTheGoldenFile)
{
    test::expectGolden(DiaryJson::write(test::sampleDays()), "diary.json");
}

TEST(DiaryJsonTest, ReadsTheGoldenFileIntoTheSameDays)
{
    const ImportReport report = DiaryJson::read(test::readData("diary.json"));
    EXPECT_TRUE(report.ok()) << problemsText(report);
    EXPECT_EQ(report.dayCount, 3);
    EXPECT_TRUE(report.days == sortedSample());
}

TEST(DiaryJsonTest, VersionOneFilesHaveTheirNightsMovedToTheMorningAfter)
{
    // diary-v1.json is the golden file of format version 1, when a day held the night that
    // began on its evening: the same days, each night filed one day earlier than now.
    const ImportReport report = DiaryJson::read(test::readData("diary-v1.json"));
    EXPECT_TRUE(report.ok()) << problemsText(report);
    EXPECT_EQ(report.dayCount, 3);
    EXPECT_TRUE(report.days == test::sampleDaysWithNightsMoved());
    // The same days written by this version are read as they are.
    EXPECT_TRUE(DiaryJson::read(DiaryJson::write(report.days)).days == report.days);
}

TEST(DiaryJsonTest, OnlyAVersionOneFileMovesItsNights)
{
    const QString day = QStringLiteral(
        R"({"date": "2024-12-02", "sleep": {"time_into_bed": "23:10", "quality": 4}, )"
        R"("symptoms": {"severity": 5}})");
    const auto read = [&day](int version) {
        const QString json = QStringLiteral(R"({"format": "stilla-diary", "version": %1, )"
                                            R"("days": [%2]})")
                                 .arg(version)
                                 .arg(day);
        return readJson(json);
    };
    const ImportReport current = read(DiaryJson::kVersion);
    ASSERT_TRUE(current.ok()) << problemsText(current);
    ASSERT_EQ(current.days.size(), 1u);
    EXPECT_EQ(current.days[0].date, QDate(2024, 12, 2));
    EXPECT_EQ(current.days[0].sleep.quality, 4);

    EXPECT_FALSE(current.nightsMoved);
    EXPECT_EQ(current.validCount, 1);

    const ImportReport old = read(1);
    ASSERT_TRUE(old.ok()) << problemsText(old);
    EXPECT_TRUE(old.nightsMoved);
    EXPECT_EQ(old.dayCount, 1);
    EXPECT_EQ(old.validCount, 1);
    ASSERT_EQ(old.days.size(), 2u);
    EXPECT_EQ(old.days[0].date, QDate(2024, 12, 2));
    EXPECT_TRUE(old.days[0].sleep.isEmpty());
    EXPECT_EQ(old.days[0].symptoms.severity, 5);
    EXPECT_EQ(old.days[1].date, QDate(2024, 12, 3));
    EXPECT_EQ(old.days[1].sleep.timeIntoBed, QTime(23, 10));
    EXPECT_EQ(old.days[1].sleep.quality, 4);
    EXPECT_TRUE(old.days[1].symptoms.isEmpty());
}

TEST(DiaryJsonTest, ReadingAndWritingAgainGivesTheSameBytes)
{
    const QByteArray golden = test::readData("diary.json");
    EXPECT_EQ(DiaryJson::write(DiaryJson::read(golden).days), golden);
}

TEST(DiaryJsonTest, AnEmptyDiaryIsAnEmptyList)
{
    const QByteArray json = DiaryJson::write({});
    EXPECT_EQ(json,
        QByteArray("{\n  \"format\": \"stilla-diary\",\n  \"version\": 2,\n  \"days\": []\n}\n"));
    const ImportReport report = DiaryJson::read(json);
    EXPECT_TRUE(report.ok());
    EXPECT_TRUE(report.days.empty());
}

TEST(DiaryJsonTest, LeavesOutWhatWasNotRecorded)
{
    DayEntry day;
    day.date = QDate(2025, 1, 2);
    day.sleep.awakenings = 0;
    const QString json = QString::fromUtf8(DiaryJson::write({day}));
    EXPECT_TRUE(json.contains(QStringLiteral("\"awakenings\": 0")));
    for (const char* absent : {"quality", "symptoms", "foods", "remedies", "notes", "null"})
        EXPECT_FALSE(json.contains(QLatin1String(absent))) << absent;
}

TEST(DiaryJsonTest, NullReadsAsNotRecorded)
{
    const ImportReport report = readJson(diaryWith(QStringLiteral(
        R"({"date": "2024-01-01", "notes": null, "sleep": {"quality": null, "awakenings": 3}})")));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report.days.size(), 1u);
    EXPECT_FALSE(report.days[0].sleep.quality.has_value());
    EXPECT_EQ(report.days[0].sleep.awakenings, 3);
}

TEST(DiaryJsonTest, ByteOrderMarkAndCrLfAreAccepted)
{
    QByteArray json = test::readData("diary.json");
    json.replace("\n", "\r\n");
    json.prepend("\xef\xbb\xbf");
    const ImportReport report = DiaryJson::read(json);
    EXPECT_TRUE(report.ok());
    EXPECT_TRUE(report.days == sortedSample());
}

TEST(DiaryJsonTest, ReportsEachProblemWithItsPathAndLine)
{
    const QString days = QStringLiteral(
        "    {\"date\": \"2024-01-01\", \"sleep\": {\"quality\": 9}},\n" // line 5
        "    {\"date\": \"2024-02-30\"},\n" // line 6
        "    {\"date\": \"2024-01-03\",\n" // line 7
        "     \"sleep\": {\"time_into_bed\": \"25:61\"}},\n" // line 8
        "    {\"date\": \"2024-01-04\", \"moood\": 3},\n" // line 9
        "    {\"date\": \"2024-01-05\", \"symptoms\": {\"severity\": \"high\"}},\n" // line 10
        "    {\"date\": \"2024-01-01\"},\n" // line 11
        "    {\"date\": \"2024-01-07\", \"supplements\": [{\"form\": \"pill\", "
        "\"elemental_mg\": 5}]},\n" // line 12
        "    {\"sleep\": {}},\n" // line 13
        "    {\"date\": \"2024-01-09\", \"side_effects\": [\"headache\"]},\n" // line 14
        "    {\"date\": \"0000-01-01\"},\n" // line 15
        "    {\"date\": \"2024-01-10\", \"remedies\": {\"exercise_minutes\": 2.5}},\n" // 16
        "    {\"date\": \"2024-01-11\", \"sleep\": {\"awakenings\": 40}},\n" // line 17
        "    {\"date\": \"2024-01-12\", \"supplements\": [{\"elemental_mg\": -5}]}" // 18
    );
    const ImportReport report = readJson(diaryWith(days));

    const auto expectAt = [&](const char* field, int line) {
        const ImportProblem* problem = findProblem(report, QLatin1String(field));
        ASSERT_NE(problem, nullptr) << field;
        EXPECT_EQ(problem->line, line) << field;
        EXPECT_FALSE(problem->message.isEmpty()) << field;
    };
    expectAt("days[0].sleep.quality", 5);
    expectAt("days[1].date", 6);
    expectAt("days[2].sleep.time_into_bed", 8);
    expectAt("days[3].moood", 9);
    expectAt("days[4].symptoms.severity", 10);
    expectAt("days[5].date", 11); // the same date as days[0]
    expectAt("days[6].supplements[0].form", 12);
    expectAt("days[7].date", 13); // missing: reported at its day
    expectAt("days[8].side_effects[0]", 14);
    expectAt("days[9].date", 15);
    expectAt("days[10].remedies.exercise_minutes", 16);
    expectAt("days[12].supplements[0].elemental_mg", 18); // DayValidation's rule
    EXPECT_EQ(report.dayCount, 13);

    // Only the one valid day is offered; a question (40 awakenings) is not an error.
    ASSERT_EQ(report.days.size(), 1u);
    EXPECT_EQ(report.days[0].date, QDate(2024, 1, 11));
    EXPECT_EQ(findProblem(report, QStringLiteral("days[11].sleep.awakenings")), nullptr);
    EXPECT_TRUE(findProblem(report, QStringLiteral("days[5].date"))
                    ->message.contains(QStringLiteral("days[0]")));
    EXPECT_EQ(findProblem(report, QStringLiteral("days[6].supplements[0].form"))
                  ->toText(QStringLiteral("a.json")),
        QStringLiteral("a.json:12: days[6].supplements[0].form: \"pill\" is not one of the "
                       "known names."));
}

TEST(DiaryJsonTest, AMedicationKeepsTheTimeItWasTakenAndABadTimeIsNamed)
{
    DayEntry day;
    day.date = QDate(2024, 3, 6);
    day.medications = {{0, QStringLiteral("Levaxin"), MedicationClass::Levothyroxine, QTime(7, 5)},
        {0, QStringLiteral("Omeprazol"), MedicationClass::ProtonPumpInhibitor, std::nullopt}};
    const QByteArray written = DiaryJson::write({day});
    EXPECT_TRUE(written.contains("\"time_taken\": \"07:05\"")) << written.toStdString();
    const ImportReport back = DiaryJson::read(written);
    ASSERT_TRUE(back.problems.empty());
    ASSERT_EQ(back.days.size(), 1u);
    EXPECT_EQ(back.days[0], day);

    const ImportReport bad = readJson(diaryWith(
        QStringLiteral("    {\"date\": \"2024-01-01\", \"medications\": [{\"name\": \"Iron\", "
                       "\"class\": \"oral_iron\", \"time_taken\": \"8 o'clock\"}]}")));
    const ImportProblem* problem
        = findProblem(bad, QStringLiteral("days[0].medications[0].time_taken"));
    ASSERT_NE(problem, nullptr);
    EXPECT_EQ(problem->line, 5);
    EXPECT_TRUE(bad.days.empty());
}

TEST(DiaryJsonTest, LabResultsGoAfterTheDaysAndComeBackTheSame)
{
    LabResult march;
    march.date = QDate(2024, 3, 12);
    march.ferritin = 41;
    march.transferrinSaturation = 18.5;
    LabResult january;
    january.date = QDate(2024, 1, 5);
    january.serumMagnesium = 0.82;
    january.egfr = 58;
    const QByteArray written = DiaryJson::write(test::sampleDays(), {march, january});
    const QString text = QString::fromUtf8(written);
    EXPECT_GT(
        text.indexOf(QStringLiteral("\"labs\": [")), text.indexOf(QStringLiteral("\"days\"")));
    // Oldest first, values that were not measured left out.
    EXPECT_LT(
        text.indexOf(QStringLiteral("2024-01-05")), text.indexOf(QStringLiteral("2024-03-12")));
    EXPECT_TRUE(text.contains(QStringLiteral("\"ferritin_ug_l\": 41,")));
    EXPECT_TRUE(text.contains(QStringLiteral("\"egfr_ml_min_1_73m2\": 58")));
    EXPECT_FALSE(text.contains(QStringLiteral("\"haemoglobin_g_l\"")));
    const ImportReport report = DiaryJson::read(written);
    ASSERT_TRUE(report.ok()) << report.problems.front().message.toStdString();
    EXPECT_EQ(report.labs, (std::vector<LabResult> {january, march}));
    EXPECT_EQ(DiaryJson::write(report.days, report.labs), written);
    // Without lab results the file is exactly what it was before they existed.
    EXPECT_FALSE(
        QString::fromUtf8(DiaryJson::write(test::sampleDays())).contains(QStringLiteral("labs")));
}

TEST(DiaryJsonTest, LabResultProblemsNameTheirPathAndKeepTheOthers)
{
    const QByteArray json = R"({"format": "stilla-diary", "version": 2, "days": [],
  "labs": [
    {"date": "2024-01-05", "ferritin_ug_l": 41},
    {"date": "2024-01-06", "ferritin_ug_l": "high"},
    {"date": "2024-01-07", "transferrin_saturation_pct": 120},
    {"date": "2024-01-08", "ferritin": 30},
    {"date": "2024-01-09"},
    {"date": "2024-01-10", "haemoglobin_g_l": 130},
    {"date": "2024-01-10", "haemoglobin_g_l": 131}
  ]})";
    const ImportReport report = DiaryJson::read(json);
    ASSERT_EQ(report.labs.size(), 1u);
    EXPECT_EQ(report.labs[0].date, QDate(2024, 1, 5));
    QStringList fields;
    for (const ImportProblem& problem : report.problems)
        fields << problem.field;
    EXPECT_EQ(fields,
        QStringList({QStringLiteral("labs[1].ferritin_ug_l"), QStringLiteral("labs[2]"),
            QStringLiteral("labs[3].ferritin"), QStringLiteral("labs[4]"),
            QStringLiteral("labs[6].date")}));
    EXPECT_EQ(report.problems[1].line, 5); // labs[2], the third result
    EXPECT_FALSE(
        DiaryJson::read(R"({"format": "stilla-diary", "version": 2, "days": [], "labs": 3})").ok());
}

TEST(DiaryJsonTest, SyntaxErrorsNameLineAndColumn)
{
    const ImportReport report
        = readJson(QStringLiteral("{\n  \"format\": \"stilla-diary\",\n  \"version\": 1\n  "
                                  "\"days\": []\n}\n"));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, 4);
    EXPECT_GT(report.problems[0].column, 0);
    EXPECT_EQ(report.problems[0].field, QStringLiteral("version")); // the value just before
    EXPECT_TRUE(report.days.empty());
}

TEST(DiaryJsonTest, RefusesOtherFilesAndVersions)
{
    const auto problemFor = [](const QString& json) {
        const ImportReport report = readJson(json);
        EXPECT_EQ(report.problems.size(), 1u) << json.toStdString();
        return report.problems.empty() ? QString() : report.problems[0].message;
    };
    EXPECT_TRUE(problemFor(QStringLiteral("[]")).contains(QStringLiteral("not a Stilla diary")));
    EXPECT_TRUE(problemFor(QStringLiteral(R"({"format": "other", "version": 1, "days": []})"))
                    .contains(QStringLiteral("not a Stilla diary")));
    EXPECT_TRUE(
        problemFor(QStringLiteral(R"({"format": "stilla-diary", "version": 3, "days": []})"))
            .contains(QStringLiteral("newer")));
    EXPECT_TRUE(
        problemFor(QStringLiteral(R"({"format": "stilla-diary", "version": 0, "days": []})"))
            .contains(QStringLiteral("Unknown format version")));
    EXPECT_FALSE(
        problemFor(QStringLiteral(R"({"format": "stilla-diary", "version": "1", "days": []})"))
            .isEmpty());
    EXPECT_FALSE(
        problemFor(QStringLiteral(R"({"format": "stilla-diary", "version": 1})")).isEmpty());
    EXPECT_FALSE(problemFor(QString()).isEmpty());
}

TEST(DiaryJsonTest, RefusesInvalidUtf8NamingWhere)
{
    QByteArray json
        = diaryWith(QStringLiteral("    {\"date\": \"2024-01-01\", \"notes\": \"ab")).toUtf8();
    json.insert(json.indexOf("ab") + 2, "\xc3\x28");
    const ImportReport report = DiaryJson::read(json);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, 5);
    EXPECT_EQ(report.problems[0].column, 40);
    EXPECT_TRUE(report.problems[0].message.contains(QStringLiteral("UTF-8")));
}

TEST(DiaryJsonTest, HostileInputGivesProblemsNotCrashes)
{
    // Deep nesting.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    EXPECT_FALSE(DiaryJson::read(deep).ok());
    // Too large.
    QByteArray huge(FieldText::kMaxFileBytes + 1, ' ');
    const ImportReport tooLarge = DiaryJson::read(huge);
    ASSERT_EQ(tooLarge.problems.size(), 1u);
    EXPECT_TRUE(tooLarge.problems[0].message.contains(QStringLiteral("too large")));
    huge.clear();
    // A 10 MB field.
    const QString longNotes(10 * 1024 * 1024, QLatin1Char('x'));
    const ImportReport longField
        = readJson(diaryWith(QStringLiteral(R"({"date": "2024-01-01", "notes": ")") + longNotes
            + QStringLiteral("\"}")));
    ASSERT_EQ(longField.problems.size(), 1u);
    EXPECT_EQ(longField.problems[0].field, QStringLiteral("days[0].notes"));
    EXPECT_TRUE(longField.problems[0].message.contains(QStringLiteral("too long")));
    // Many bad days: the problems stop at the limit.
    QStringList bad;
    for (int i = 0; i < 1000; ++i)
        bad << QStringLiteral("{\"date\": \"x\"}");
    const ImportReport many = readJson(diaryWith(bad.join(QLatin1Char(','))));
    EXPECT_EQ(many.problems.size(), std::size_t(FieldText::kMaxProblems));
    EXPECT_TRUE(many.problems.back().message.contains(QStringLiteral("too many")));
    // Numbers out of every range.
    const ImportReport numbers = readJson(diaryWith(QStringLiteral(
        R"({"date": "2024-01-01", "sleep": {"quality": 1e300, "awakenings": -1e300}, )"
        R"("foods": [{"source": "x", "name": "y", "grams": 10, "magnesium_mg": 1e308}]})")));
    EXPECT_EQ(numbers.problems.size(), 3u);
    EXPECT_NE(findProblem(numbers, QStringLiteral("days[0].foods[0].magnesium_mg")), nullptr);
    EXPECT_TRUE(numbers.days.empty());
}

TEST(DiaryJsonTest, LocatorFindsNestedPathsAndFallsBackToTheParent)
{
    const QString text = QStringLiteral("{\"days\": [\n {\"a\": 1,\n  \"b\": {\"c\": [true,\n "
                                        "false]}},\n {}\n]}");
    const QSet<QString> paths {QStringLiteral("days[0].a"), QStringLiteral("days[0].b.c[1]"),
        QStringLiteral("days[1].missing"), QStringLiteral("nowhere")};
    const QHash<QString, int> lines = JsonLocator::lines(text, paths);
    EXPECT_EQ(lines.value(QStringLiteral("days[0].a")), 2);
    EXPECT_EQ(lines.value(QStringLiteral("days[0].b.c[1]")), 4);
    EXPECT_EQ(lines.value(QStringLiteral("days[1].missing")), 5);
    EXPECT_FALSE(lines.contains(QStringLiteral("nowhere")));
    EXPECT_EQ(JsonLocator::parentPath(QStringLiteral("days[3].sleep.quality")),
        QStringLiteral("days[3].sleep"));
    EXPECT_EQ(JsonLocator::parentPath(QStringLiteral("days[3]")), QStringLiteral("days"));
}

// Found by fuzz_diary_json (tests/fuzz/corpus/diary_json/regression-lone-surrogate.json): a
// lone surrogate escape was imported, and came back as "?" once written, so the day changed.
TEST(DiaryJsonTest, LoneSurrogatesAreRefusedNotChanged)
{
    const ImportReport lone = readJson(
        diaryWith(QStringLiteral(R"(    {"date": "2024-01-02", "notes": "a \uf8d3\ude00 b"})")));
    const ImportProblem* problem = findProblem(lone, QStringLiteral("days[0].notes"));
    ASSERT_NE(problem, nullptr) << problemsText(lone);
    EXPECT_EQ(problem->line, 5);
    EXPECT_TRUE(problem->message.contains(QStringLiteral("\\ude00"))) << problemsText(lone);
    EXPECT_TRUE(lone.days.empty());
    const ImportReport high = readJson(diaryWith(
        QStringLiteral(R"(    {"date": "2024-01-02", "foods": [{"source": "x", "name": "\ud83d",)"
                       R"( "magnesium_mg": 1}]})")));
    EXPECT_NE(findProblem(high, QStringLiteral("days[0].foods[0].name")), nullptr)
        << problemsText(high);

    // A whole pair is a character like any other, and survives a write and a read.
    const ImportReport pair = readJson(
        diaryWith(QStringLiteral(R"(    {"date": "2024-01-02", "notes": "\ud83d\ude00"})")));
    ASSERT_TRUE(pair.ok()) << problemsText(pair);
    ASSERT_EQ(pair.days.size(), 1u);
    EXPECT_EQ(pair.days[0].notes, QString::fromUtf8("\xf0\x9f\x98\x80"));
    EXPECT_TRUE(DiaryJson::read(DiaryJson::write(pair.days)).days == pair.days);
    EXPECT_EQ(FieldText::findLoneSurrogate(u"ok \U0001F600"), -1);
    EXPECT_EQ(FieldText::findLoneSurrogate(u"\xdc00"), 0);
}

TEST(DiaryJsonTest, LocatorNamesThePathAtAPosition)
{
    const QString text
        = QStringLiteral("{\"days\": [\n {\"date\": \"2024-01-01\", \"notes\": \"ab");
    EXPECT_EQ(JsonLocator::pathAt(text, text.size()), QStringLiteral("days[0].notes"));
    EXPECT_EQ(JsonLocator::pathAt(text, text.indexOf(QStringLiteral("2024"))),
        QStringLiteral("days[0].date"));
    // Inside a key, or between members: the object.
    EXPECT_EQ(
        JsonLocator::pathAt(text, text.indexOf(QStringLiteral("ate"))), QStringLiteral("days[0]"));
    EXPECT_EQ(JsonLocator::pathAt(QStringLiteral("[1, [2, 3"), 9), QStringLiteral("[1][1]"));
    EXPECT_EQ(JsonLocator::pathAt(QStringLiteral("  "), 2), QString());
    // Deep nesting: the path stops at a depth no diary reaches.
    const QString deep = QStringLiteral("{\"a\": ") + QString(1000, QLatin1Char('['));
    EXPECT_EQ(JsonLocator::pathAt(deep, deep.size()), QStringLiteral("a[0][0][0][0][0][0][0]"));
}

TEST(DiaryJsonTest, TopLevelProblemsHaveTheirLineAndStopAtTheLimit)
{
    QString json
        = QStringLiteral("{\"format\": \"stilla-diary\",\n\"version\": 2,\n\"days\": [],\n");
    for (int i = 0; i < 5000; ++i)
        json += QStringLiteral("\"extra%1\": 0,\n").arg(i);
    json += QStringLiteral("\"last\": 0}\n");
    const ImportReport report = readJson(json);
    ASSERT_EQ(report.problems.size(), std::size_t(FieldText::kMaxProblems));
    EXPECT_EQ(report.problems[0].line, 4);
    EXPECT_FALSE(report.problems[0].field.isEmpty());
    EXPECT_TRUE(report.problems.back().message.contains(QStringLiteral("too many")));
}

} // namespace
} // namespace stilla
