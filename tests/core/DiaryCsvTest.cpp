#include "core/io/DiaryCsv.h"

#include "DiaryFixtures.h"
#include "core/io/CsvReader.h"
#include "core/io/FieldText.h"
#include "tests/TestUtil.h"

namespace stilla {
namespace {

const QString kHeader = QStringLiteral("date,bedtime_night_before,wake_time,sleep_latency_min,"
                                       "awakenings,"
                                       "sleep_quality,rls_severity,magnesium_food_mg,"
                                       "magnesium_supplement_mg,caffeine_servings,exercise_min,"
                                       "notes\n");

ImportReport readCsv(const QString& rows)
{
    return DiaryCsv::read((kHeader + rows).toUtf8());
}

/// The problems as "LINE: column: message" lines, for readable failures.
QStringList describe(const ImportReport& report)
{
    QStringList lines;
    for (const ImportProblem& problem : report.problems)
        lines << problem.toText(QStringLiteral("f.csv"));
    return lines;
}

bool hasProblem(const ImportReport& report, int line, const QString& column)
{
    for (const ImportProblem& problem : report.problems) {
        if (problem.line == line && problem.field == column && !problem.message.isEmpty())
            return true;
    }
    return false;
}

TEST(DiaryCsvTest, HeaderHasExactlyTheDocumentedColumns)
{
    EXPECT_EQ(DiaryCsv::columns().join(QLatin1Char(',')) + QLatin1Char('\n'), kHeader);
    EXPECT_EQ(DiaryCsv::write({}), kHeader.toUtf8());
}

TEST(DiaryCsvTest, WritesTheGoldenFile)
{
    test::expectGolden(DiaryCsv::write(test::sampleDays()), "diary.csv");
}

TEST(DiaryCsvTest, ReadingAndWritingAgainGivesTheSameBytes)
{
    const QByteArray golden = test::readData("diary.csv");
    const ImportReport report = DiaryCsv::read(golden);
    EXPECT_TRUE(report.ok()) << describe(report).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.dayCount, 3);
    EXPECT_EQ(DiaryCsv::write(report.days), golden);
}

TEST(DiaryCsvTest, AFileWithABedtimeColumnHasItsNightsMovedToTheMorningAfter)
{
    // diary-bedtime.csv is the golden file as Stilla wrote it when a row held the night that
    // began on its evening: the same days as diary.csv, each night one row earlier.
    const ImportReport current = DiaryCsv::read(test::readData("diary.csv"));
    ASSERT_TRUE(current.ok()) << describe(current).join(QLatin1Char('\n')).toStdString();
    std::vector<DayEntry> expected = current.days;
    ASSERT_EQ(expected.size(), 3u);
    expected[0].sleep = {}; // 4 March: only its severity 0 stays
    expected[1].sleep = {}; // 5 March: the night of the 4th, only its quality
    expected[1].sleep.quality = 3;
    expected[2].sleep.timeIntoBed = QTime(22, 30); // 6 March: the night of the 5th
    expected[2].sleep.finalAwakening = QTime(6, 30);
    expected[2].sleep.latencyMinutes = 20;
    expected[2].sleep.awakenings = 2;
    expected[2].sleep.quality = 4;

    const ImportReport old = DiaryCsv::read(test::readData("diary-bedtime.csv"));
    EXPECT_TRUE(old.ok()) << describe(old).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(old.dayCount, 3);
    EXPECT_TRUE(old.days == expected);
    // Written again, the file has the new column and reads back as it is.
    const QByteArray written = DiaryCsv::write(old.days);
    EXPECT_TRUE(written.startsWith("date,bedtime_night_before,"));
    EXPECT_TRUE(DiaryCsv::read(written).days == expected);
}

TEST(DiaryCsvTest, OnlyTheOldBedtimeColumnMovesNights)
{
    QString oldHeader = kHeader;
    oldHeader.replace(QStringLiteral("bedtime_night_before"), QStringLiteral("bedtime"));
    const QString rows = QStringLiteral("2024-12-31,23:40,07:10,,,4,2,,,,,\n"
                                        "2025-01-02,,,,,,,,,,,a note\n");
    const ImportReport current = DiaryCsv::read((kHeader + rows).toUtf8());
    ASSERT_TRUE(current.ok());
    ASSERT_EQ(current.days.size(), 2u);
    EXPECT_EQ(current.days[0].date, QDate(2024, 12, 31));
    EXPECT_EQ(current.days[0].sleep.timeIntoBed, QTime(23, 40));

    EXPECT_FALSE(current.nightsMoved);

    const ImportReport old = DiaryCsv::read((oldHeader + rows).toUtf8());
    ASSERT_TRUE(old.ok()) << describe(old).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(old.nightsMoved);
    EXPECT_EQ(old.dayCount, 2);
    EXPECT_EQ(old.validCount, 2);
    ASSERT_EQ(old.days.size(), 3u);
    EXPECT_EQ(old.days[0].date, QDate(2024, 12, 31));
    EXPECT_TRUE(old.days[0].sleep.isEmpty());
    EXPECT_EQ(old.days[0].symptoms.severity, 2);
    EXPECT_EQ(old.days[1].date, QDate(2025, 1, 1)); // a new day, across the new year
    EXPECT_EQ(old.days[1].sleep.timeIntoBed, QTime(23, 40));
    EXPECT_EQ(old.days[1].sleep.finalAwakening, QTime(7, 10));
    EXPECT_EQ(old.days[1].sleep.quality, 4);
    EXPECT_TRUE(old.days[1].symptoms.isEmpty());
    EXPECT_EQ(old.days[2].date, QDate(2025, 1, 2));
    EXPECT_EQ(old.days[2].notes, QStringLiteral("a note"));

    // A problem in an old file names its column as the file does.
    const ImportReport bad
        = DiaryCsv::read((oldHeader + QStringLiteral("2024-12-31,25:61,,,,,,,,,,\n")).toUtf8());
    EXPECT_TRUE(hasProblem(bad, 2, QStringLiteral("bedtime")))
        << describe(bad).join(QLatin1Char('\n')).toStdString();
    // Both names at once: one of them is one too many.
    const ImportReport both = DiaryCsv::read(
        (kHeader.trimmed() + QStringLiteral(",bedtime\n2024-12-31,,,,,,,,,,,,\n")).toUtf8());
    EXPECT_FALSE(both.ok());
    EXPECT_TRUE(both.days.empty());
}

TEST(DiaryCsvTest, TotalsBecomeOneAggregateLineEach)
{
    const ImportReport report = readCsv(
        QStringLiteral("2024-03-05,22:30,06:30,20,2,4,6,233.65,300.5,2,30,\"Calm, mostly\"\n"
                       "2024-03-06,,,,,,,,0,,,\n"));
    ASSERT_TRUE(report.ok()) << describe(report).join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(report.days.size(), 2u);
    const DayEntry& day = report.days[0];
    EXPECT_EQ(day.date, QDate(2024, 3, 5));
    EXPECT_EQ(day.sleep.timeIntoBed, QTime(22, 30));
    EXPECT_EQ(day.sleep.finalAwakening, QTime(6, 30));
    EXPECT_EQ(day.sleep.latencyMinutes, 20);
    EXPECT_EQ(day.sleep.awakenings, 2);
    EXPECT_EQ(day.sleep.quality, 4);
    EXPECT_EQ(day.symptoms.severity, 6);
    EXPECT_EQ(day.remedies.caffeineServings, 2);
    EXPECT_EQ(day.remedies.exerciseMinutes, 30);
    EXPECT_EQ(day.notes, QStringLiteral("Calm, mostly"));
    ASSERT_EQ(day.foods.size(), 1u);
    EXPECT_EQ(day.foods[0].source, QStringLiteral("import"));
    EXPECT_TRUE(day.foods[0].foodId.isEmpty());
    EXPECT_FALSE(day.foods[0].name.isEmpty());
    EXPECT_EQ(day.foods[0].grams, 0);
    EXPECT_EQ(day.foods[0].magnesiumMg, 233.65);
    ASSERT_EQ(day.supplements.size(), 1u);
    EXPECT_EQ(day.supplements[0].form, SupplementForm::Other);
    EXPECT_EQ(day.supplements[0].route, Route::Oral);
    EXPECT_FALSE(day.supplements[0].timeTaken.has_value());
    EXPECT_EQ(day.supplements[0].elementalMg, 300.5);
    // A supplement total of 0: none taken.
    EXPECT_TRUE(report.days[1].supplements.empty());
    EXPECT_TRUE(report.days[1].foods.empty());
}

TEST(DiaryCsvTest, TotalsShowNoBinaryNoise)
{
    DayEntry day;
    day.date = QDate(2024, 3, 5);
    // 0.1 + 0.2 is 0.30000000000000004 in binary; 100.01 + 154.03 is 254.04000000000002.
    day.foods = {{0, QStringLiteral("custom"), QStringLiteral("1"), QStringLiteral("A"), 1, 0.1},
        {0, QStringLiteral("custom"), QStringLiteral("2"), QStringLiteral("B"), 1, 0.2}};
    day.supplements = {{0, SupplementForm::Citrate, 100.01, {}, Route::Oral},
        {0, SupplementForm::Citrate, 154.03, {}, Route::Oral}};
    ASSERT_NE(day.foodMagnesiumMg(), 0.3) << "the sum itself is noisy";
    const QString row = QString::fromUtf8(DiaryCsv::write({day})).split(QLatin1Char('\n'))[1];
    EXPECT_EQ(row, QStringLiteral("2024-03-05,,,,,,,0.3,254.04,,,")) << row.toStdString();
    // A total finer than 0.01 mg is written to 0.01 mg: 1/3 mg.
    day.foods
        = {{0, QStringLiteral("custom"), QStringLiteral("1"), QStringLiteral("A"), 1, 1.0 / 3}};
    EXPECT_TRUE(QString::fromUtf8(DiaryCsv::write({day})).contains(QStringLiteral(",0.33,")));
    // Read to 0.01 mg as well, so a file with finer totals reads back as it was written (the
    // CSV fuzzer's round trip: tests/fuzz/corpus/diary_csv/totals-to-hundredths.csv).
    const ImportReport fine = readCsv(QStringLiteral("2024-03-05,,,,,,,12.345,3.050,,,\n"));
    ASSERT_TRUE(fine.ok());
    EXPECT_DOUBLE_EQ(fine.days.front().foodMagnesiumMg(), 12.35);
    const QByteArray written = DiaryCsv::write(fine.days);
    EXPECT_TRUE(written.contains(",12.35,3.05,")) << written.toStdString();
    EXPECT_EQ(DiaryCsv::read(written).days, fine.days);
}

TEST(DiaryCsvTest, MergeKeepsWhatCsvDoesNotCarryAndDetailWhenTotalsAgree)
{
    const DayEntry stored = test::sampleDays().front();
    ASSERT_GT(stored.foods.size(), 1u);
    ASSERT_FALSE(stored.supplements.empty());
    // The row as an export of the stored day reads back: nothing changes.
    const ImportReport exported = DiaryCsv::read(DiaryCsv::write({stored}));
    ASSERT_TRUE(exported.ok());
    CsvDetailLoss loss;
    EXPECT_EQ(DiaryCsv::merge(stored, exported.days.front(), CsvDetail::Replace, &loss), stored);
    EXPECT_EQ(loss, (CsvDetailLoss {stored.date, 0, 0}));

    // A row with other values: the columns CSV has change, the rest stays.
    DayEntry row = exported.days.front();
    row.symptoms.severity = 2;
    row.notes = QStringLiteral("Changed in a spreadsheet");
    row.foods.front().magnesiumMg += 50;
    const DayEntry kept = DiaryCsv::merge(stored, row, CsvDetail::Keep, &loss);
    EXPECT_EQ(kept.symptoms.severity, 2);
    EXPECT_EQ(kept.notes, row.notes);
    EXPECT_EQ(kept.symptoms.urgeToMove, stored.symptoms.urgeToMove);
    EXPECT_EQ(kept.sleep.timeTriedToSleep, stored.sleep.timeTriedToSleep);
    EXPECT_EQ(kept.medications, stored.medications);
    EXPECT_EQ(kept.foods, stored.foods) << "Keep leaves the food list";
    EXPECT_EQ(kept.supplements, stored.supplements) << "its total agrees";
    EXPECT_EQ(loss, (CsvDetailLoss {stored.date, int(stored.foods.size()), 0}));
    const DayEntry replaced = DiaryCsv::merge(stored, row, CsvDetail::Replace);
    ASSERT_EQ(replaced.foods.size(), 1u);
    EXPECT_EQ(replaced.foods.front().source, QStringLiteral("import"));
    EXPECT_DOUBLE_EQ(replaced.foodMagnesiumMg(), stored.foodMagnesiumMg() + 50);
    EXPECT_EQ(replaced.supplements, stored.supplements);

    // A stored day that holds only totals loses nothing: the row's totals are taken.
    DayEntry totals = DiaryCsv::read(DiaryCsv::write({stored})).days.front();
    const DayEntry taken = DiaryCsv::merge(totals, row, CsvDetail::Keep, &loss);
    EXPECT_DOUBLE_EQ(taken.foodMagnesiumMg(), row.foodMagnesiumMg());
    EXPECT_EQ(loss, (CsvDetailLoss {stored.date, 0, 0}));
}

TEST(DiaryCsvTest, QuotesOnlyWhatNeedsItAndReadsItBack)
{
    DayEntry day;
    day.date = QDate(2024, 5, 1);
    day.notes = QStringLiteral("He said \"restless\",\nthen slept");
    DayEntry plain;
    plain.date = QDate(2024, 5, 2);
    plain.notes = QStringLiteral("no quotes needed");
    const QByteArray csv = DiaryCsv::write({day, plain});
    EXPECT_TRUE(csv.contains("\"He said \"\"restless\"\",\nthen slept\"\n"));
    EXPECT_TRUE(csv.contains(",no quotes needed\n"));
    const ImportReport report = DiaryCsv::read(csv);
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report.days.size(), 2u);
    EXPECT_EQ(report.days[0].notes, day.notes);
    EXPECT_EQ(report.days[1].notes, plain.notes);
}

TEST(DiaryCsvTest, AcceptsByteOrderMarkCrLfAndBlankLines)
{
    QByteArray csv = test::readData("diary.csv");
    csv.replace("\n", "\r\n");
    csv.prepend("\xef\xbb\xbf");
    csv.append("\r\n\r\n");
    const ImportReport report = DiaryCsv::read(csv);
    EXPECT_TRUE(report.ok()) << describe(report).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(DiaryCsv::write(report.days), test::readData("diary.csv"));
}

TEST(DiaryCsvTest, ReportsEveryProblemWithLineAndColumn)
{
    const ImportReport report
        = readCsv(QStringLiteral("2024-02-30,,,,,,,,,,,\n" // 2
                                 "0000-01-01,,,,,,,,,,,\n" // 3
                                 "2024-01-03,25:61,7:00,,,0,,,,,,\n" // 4: and a quality of 0
                                 "2024-01-04,,,,,,,nan,inf,,,\n" // 5
                                 "2024-01-05,,,,,9,11,,-5,,,\n" // 6
                                 "2024-01-06,,,,,,,\"12,5\",,,,\n" // 7
                                 "2024-01-07,,,2.5,many,,,,,,,\n" // 8
                                 "2024-01-07,,,,,,,,,,,\n" // 9: same date as line 8
                                 "2024-01-09,,,,,,,,,,\n" // 10: one cell short
                                 ",,,,,,,,,,,note without a date\n" // 11
                                 "2024-01-11,,,,40,,,,,,,fine: a question is not an error\n" // 12
                                 "2024-01-12,,,,,,,1e3,,,,\n")); // 13
    const QStringList text = describe(report);
    const auto expectAt = [&](int line, const char* column) {
        EXPECT_TRUE(hasProblem(report, line, QLatin1String(column)))
            << line << " " << column << "\n"
            << text.join(QLatin1Char('\n')).toStdString();
    };
    expectAt(2, "date");
    expectAt(3, "date");
    expectAt(4, "bedtime_night_before");
    expectAt(4, "wake_time");
    expectAt(4, "sleep_quality"); // checked although other cells could not be read
    expectAt(5, "magnesium_food_mg");
    expectAt(5, "magnesium_supplement_mg");
    expectAt(6, "sleep_quality");
    expectAt(6, "rls_severity");
    expectAt(6, "magnesium_supplement_mg");
    expectAt(7, "magnesium_food_mg");
    expectAt(8, "sleep_latency_min");
    expectAt(8, "awakenings");
    expectAt(9, "date");
    expectAt(10, "");
    expectAt(11, "date");
    expectAt(13, "magnesium_food_mg");
    EXPECT_EQ(report.dayCount, 12);
    ASSERT_EQ(report.days.size(), 1u) << text.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.days[0].date, QDate(2024, 1, 11));
    EXPECT_TRUE(text.contains(QStringLiteral(
        "f.csv:7: magnesium_food_mg: \"12,5\" is not a number. Use a point as the decimal "
        "mark and no thousands separator, for example 1250.5.")))
        << text.join(QLatin1Char('\n')).toStdString();
}

TEST(DiaryCsvTest, HeaderProblemsAreReportedAndNoRowIsRead)
{
    const ImportReport report = DiaryCsv::read(
        "date,bedtime,wake_time,sleep_latency_min,awakenings,sleep_quality,rls_severity,"
        "magnesium_food_mg,magnesium_supplement_mg,caffeine_servings,mood,notes,notes\n"
        "2024-01-01,,,,,,,,,,,,\n");
    EXPECT_TRUE(hasProblem(report, 1, QStringLiteral("mood")));
    EXPECT_TRUE(hasProblem(report, 1, QStringLiteral("notes")));
    EXPECT_TRUE(hasProblem(report, 1, QStringLiteral("exercise_min")));
    EXPECT_EQ(report.problems.size(), 3u);
    EXPECT_TRUE(report.days.empty());
    EXPECT_FALSE(DiaryCsv::read(QByteArray()).ok());
    EXPECT_FALSE(DiaryCsv::read("\n").ok());
}

TEST(DiaryCsvTest, BadQuotingIsReportedOnItsLine)
{
    const ImportReport stray = readCsv(QStringLiteral("2024-01-01,,,,,,,,,,,say \"hi\"\n"
                                                      "2024-01-02,,,,,,,,,,,\"closed\" not\n"));
    EXPECT_TRUE(hasProblem(stray, 2, QStringLiteral("notes")));
    EXPECT_TRUE(hasProblem(stray, 3, QStringLiteral("notes")));
    EXPECT_TRUE(stray.days.empty());

    const ImportReport open = readCsv(QStringLiteral("2024-01-01,,,,,,,,,,,ok\n"
                                                     "2024-01-02,,,,,,,,,,,\"never\nclosed\n"));
    ASSERT_FALSE(open.ok());
    EXPECT_TRUE(hasProblem(open, 3, QStringLiteral("notes")));
    EXPECT_TRUE(open.problems[0].message.contains(QStringLiteral("line 3")));
    ASSERT_EQ(open.days.size(), 1u);
}

TEST(DiaryCsvTest, RefusesInvalidUtf8NamingWhere)
{
    QByteArray csv = (kHeader + QStringLiteral("2024-01-01,,,,,,,,,,,\u00e5x\n")).toUtf8();
    csv.insert(csv.indexOf("x\n"), "\xff");
    const ImportReport report = DiaryCsv::read(csv);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, 2);
    EXPECT_EQ(report.problems[0].column, 23);
    for (const char* bad : {"\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82"}) {
        QByteArray sequence = kHeader.toUtf8() + bad;
        EXPECT_FALSE(DiaryCsv::read(sequence).ok()) << QByteArray(bad).toHex().toStdString();
    }
}

TEST(DiaryCsvTest, HostileInputGivesProblemsNotCrashes)
{
    const ImportReport tooLarge = DiaryCsv::read(QByteArray(FieldText::kMaxFileBytes + 1, 'a'));
    ASSERT_EQ(tooLarge.problems.size(), 1u);
    EXPECT_TRUE(tooLarge.problems[0].message.contains(QStringLiteral("too large")));

    const QString tenMegabytes(10 * 1024 * 1024, QLatin1Char('x'));
    const ImportReport longCell = readCsv(
        QStringLiteral("2024-01-01,,,,,,,,,,,\"") + tenMegabytes + QStringLiteral("\"\n"));
    ASSERT_EQ(longCell.problems.size(), 1u)
        << describe(longCell).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(hasProblem(longCell, 2, QStringLiteral("notes")));
    EXPECT_TRUE(longCell.problems[0].message.contains(QStringLiteral("too long")));

    const ImportReport manyCells = readCsv(QString(100000, QLatin1Char(',')));
    ASSERT_FALSE(manyCells.ok());
    EXPECT_TRUE(manyCells.days.empty());

    QString manyRows;
    for (int i = 0; i < 5000; ++i)
        manyRows += QStringLiteral("bad,,,,,,,,,,,\n");
    const ImportReport many = readCsv(manyRows);
    EXPECT_EQ(many.problems.size(), std::size_t(FieldText::kMaxProblems));
    EXPECT_TRUE(many.problems.back().message.contains(QStringLiteral("too many")));
}

TEST(DiaryCsvTest, ReaderSplitsRecordsTheRfc4180Way)
{
    CsvReader reader(QStringLiteral("a,\"b,c\",\"d\"\"e\"\r\n\"multi\r\nline\",\n,"));
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 1);
    EXPECT_EQ(record.fields,
        (std::vector<QString> {
            QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e")}));
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 2);
    EXPECT_EQ(record.fields, (std::vector<QString> {QStringLiteral("multi\nline"), QString()}));
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 4);
    EXPECT_EQ(record.fieldCount, 2);
    EXPECT_FALSE(reader.next(record));
}

TEST(DiaryCsvTest, FieldTextIsStrict)
{
    EXPECT_EQ(FieldText::formatNumber(12.5), QStringLiteral("12.5"));
    EXPECT_EQ(FieldText::formatNumber(1000), QStringLiteral("1000"));
    EXPECT_EQ(FieldText::formatNumber(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
    EXPECT_EQ(FieldText::formatNumber(-0.0), QStringLiteral("0"));
    EXPECT_EQ(FieldText::parseNumber(QStringLiteral("0.30000000000000004")).value(), 0.1 + 0.2);
    for (const char* bad : {"", "1.", ".5", "1e3", "+1", "1 000", "0x10", "NaN", "-inf", "1,5"})
        EXPECT_FALSE(FieldText::parseNumber(QString::fromLatin1(bad))) << bad;
    EXPECT_EQ(FieldText::parseInteger(QStringLiteral("-3")).value(), -3);
    EXPECT_FALSE(FieldText::parseInteger(QStringLiteral("99999999999")));
    EXPECT_EQ(FieldText::parseTime(QStringLiteral("00:00")).value(), QTime(0, 0));
    EXPECT_EQ(FieldText::parseTime(QStringLiteral("23:59")).value(), QTime(23, 59));
    for (const char* bad : {"24:00", "7:00", "07:60", "07.00", "07:00:00", "ab:cd"})
        EXPECT_FALSE(FieldText::parseTime(QString::fromLatin1(bad))) << bad;
    EXPECT_EQ(FieldText::parseDate(QStringLiteral("2024-02-29")).value(), QDate(2024, 2, 29));
    for (const char* bad : {"2023-02-29", "0000-01-01", "2024-1-01", "2024/01/01", "20240101"})
        EXPECT_FALSE(FieldText::parseDate(QString::fromLatin1(bad))) << bad;
}

} // namespace
} // namespace stilla
