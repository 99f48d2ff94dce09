// The table of bad import files (docs/reliability.md, "Fuzzing and bad input"): each one is
// written to disk, read the way the app and stilla-cli read it (DiaryIo::importFile), and
// must give a problem naming the line, the column where one applies, and the field, and offer
// no day at all, so that even the most permissive import (only the valid days, replacing days
// already there) leaves a diary holding days unchanged.

#include "DiaryTestData.h"
#include "core/diary/DiaryStore.h"
#include "core/io/DiaryIo.h"
#include "core/io/FieldText.h"
#include "tests/TestUtil.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>

namespace stilla {
namespace {

/// A CSV file with the header and @p rows.
QByteArray csv(const char* rows)
{
    return test::kCsvHeader + rows;
}

/// A diary JSON file with @p days (the array's elements; they start on line 5).
QByteArray json(const QByteArray& days)
{
    return "{\n  \"format\": \"stilla-diary\",\n  \"version\": 2,\n  \"days\": [\n" + days
        + "\n  ]\n}\n";
}

QByteArray encoded(const QByteArray& utf8, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(
        encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder(QString::fromUtf8(utf8));
}

QByteArray latin1(const QByteArray& utf8)
{
    return QString::fromUtf8(utf8).toLatin1();
}

/// @p count rows of days that are valid one by one, from 0001-01-01 on.
QByteArray manyCsvRows(int count)
{
    QByteArray out = test::kCsvHeader;
    out.reserve(test::kCsvHeader.size() + qsizetype(count) * 24);
    QDate date(1, 1, 1);
    for (int i = 0; i < count; ++i, date = date.addDays(1))
        out += FieldText::formatDate(date).toLatin1() + ",,,,,,5,,,,,\n";
    return out;
}

QByteArray manyJsonDays(int count)
{
    QByteArray days;
    days.reserve(qsizetype(count) * 26);
    QDate date(1, 1, 1);
    for (int i = 0; i < count; ++i, date = date.addDays(1)) {
        if (i > 0)
            days += ",\n";
        days += "{\"date\": \"" + FieldText::formatDate(date).toLatin1() + "\"}";
    }
    return json(days);
}

/// One bad file and the problem it must give.
struct BadInput
{
    const char* name;
    DiaryFormat format;
    QByteArray (*make)();
    int line;
    int column; ///< 0: the problem is about a cell or a JSON value, not a character
    const char* field;
    const char* says; ///< a part of the message that tells what is wrong
};

void PrintTo(const BadInput& input, std::ostream* os)
{
    *os << input.name;
}

// clang-format off
const BadInput kBadInputs[] = {
    // ---- CSV
    {"CsvLatin1", DiaryFormat::Csv,
        [] { return latin1(csv("2024-01-01,,,,,,,,,,,\xc3\x85ke\n")); },
        2, 22, "notes", "Latin-1"},
    {"CsvUtf16WithBom", DiaryFormat::Csv,
        [] { return encoded(csv("2024-01-01,,,,,,3,,,,,\n"), QStringConverter::Utf16LE, true); },
        1, 1, "", "UTF-16"},
    {"CsvUtf16WithoutBom", DiaryFormat::Csv,
        [] { return encoded(csv("2024-01-01,,,,,,3,,,,,\n"), QStringConverter::Utf16LE, false); },
        1, 2, "", "NUL"},
    {"CsvLineAfterQuotedLineBreaks", DiaryFormat::Csv,
        [] { return csv("2024-01-01,,,,,,11,,,,,\"one\r\ntwo\nthree\"\n"
                        "2024-01-02,25:61,,,,,,,,,,\n"); },
        5, 0, "bedtime_night_before", "25:61"},
    {"CsvProblemInsideQuotedLineBreaks", DiaryFormat::Csv,
        [] { return csv("2024-01-01,,,,,,11,,,,,\"one\ntwo\"\n"
                        "2024-01-02,,,,,,3,,,,,\"three\nfour\n\"five\"\n"); },
        6, 0, "notes", "closing quote"},
    {"Csv10MegabyteField", DiaryFormat::Csv,
        []() -> QByteArray { return csv("2024-01-01,,,,,,3,,,,,\"") + QByteArray(10 << 20, 'x') + "\"\n"; },
        2, 0, "notes", "too long"},
    {"CsvMillionRows", DiaryFormat::Csv, [] { return manyCsvRows(1000000); },
        FieldText::kMaxDays + 2, 0, "", "century"},
    {"CsvNegativeMinutes", DiaryFormat::Csv, [] { return csv("2024-01-01,,,-5,,,,,,,,\n"); },
        2, 0, "sleep_latency_min", "-5"},
    {"CsvNegativeMagnesium", DiaryFormat::Csv, [] { return csv("2024-01-01,,,,,,,-0.5,,,,\n"); },
        2, 0, "magnesium_food_mg", "between 0"},
    {"CsvNaN", DiaryFormat::Csv, [] { return csv("2024-01-01,,,,,,,NaN,,,,\n"); },
        2, 0, "magnesium_food_mg", "not a number"},
    {"CsvInfinity", DiaryFormat::Csv, [] { return csv("2024-01-01,,,,,,,,inf,,,\n"); },
        2, 0, "magnesium_supplement_mg", "not a number"},
    {"CsvHugeNumber", DiaryFormat::Csv,
        []() -> QByteArray { return csv("2024-01-01,,,,,,,,1") + QByteArray(400, '0') + ",,,\n"; },
        2, 0, "magnesium_supplement_mg", "too many digits"},
    {"CsvFebruary30", DiaryFormat::Csv, [] { return csv("2024-02-30,,,,,,3,,,,,\n"); },
        2, 0, "date", "no such day"},
    {"CsvYear0", DiaryFormat::Csv, [] { return csv("0000-01-01,,,,,,3,,,,,\n"); },
        2, 0, "date", "no such day"},
    {"CsvTime2561", DiaryFormat::Csv, [] { return csv("2024-01-01,25:61,,,,,,,,,,\n"); },
        2, 0, "bedtime_night_before", "hours go from 00 to 23"},
    {"CsvMissingColumn", DiaryFormat::Csv,
        [] { return QByteArray("date,bedtime_night_before,wake_time,sleep_latency_min,awakenings,"
                               "sleep_quality,rls_severity,magnesium_food_mg,"
                               "magnesium_supplement_mg,caffeine_servings,exercise_min\n"
                               "2024-01-01,,,,,,3,,,,\n"); },
        1, 0, "notes", "missing"},
    {"CsvMissingDate", DiaryFormat::Csv, [] { return csv(",,,,,,3,,,,,on no day\n"); },
        2, 0, "date", "missing"},
    {"CsvDuplicateDays", DiaryFormat::Csv,
        [] { return csv("2024-03-01,,,,,,3,,,,,\n2024-03-01,,,,,,4,,,,,\n"); },
        3, 0, "date", "also on line 2"},
    // ---- JSON
    {"JsonLatin1", DiaryFormat::Json,
        [] { return latin1(json("    {\"date\": \"2024-01-01\", \"notes\": \"\xc3\x85ke\"}")); },
        5, 38, "days[0].notes", "Latin-1"},
    {"JsonUtf16WithBom", DiaryFormat::Json,
        [] { return encoded(json("{\"date\": \"2024-01-01\"}"), QStringConverter::Utf16BE, true); },
        1, 1, "", "UTF-16"},
    {"JsonUtf16WithoutBom", DiaryFormat::Json,
        [] { return encoded(json("{\"date\": \"2024-01-01\"}"), QStringConverter::Utf16LE, false); },
        1, 2, "", "NUL"},
    {"Json10MegabyteField", DiaryFormat::Json,
        [] { return json("    {\"date\": \"2024-01-01\",\n     \"notes\": \"" +
                         QByteArray(10 * 1024 * 1024, 'x') + "\"}"); },
        6, 0, "days[0].notes", "too long"},
    {"JsonMillionDays", DiaryFormat::Json, [] { return manyJsonDays(1000000); },
        4, 0, "days", "century"},
    {"JsonNegativeDose", DiaryFormat::Json,
        [] { return json("    {\"date\": \"2024-01-01\",\n"
                         "     \"supplements\": [{\"elemental_mg\": -5}]}"); },
        6, 0, "days[0].supplements[0].elemental_mg", "more than 0"},
    {"JsonNaN", DiaryFormat::Json,
        [] { return json("    {\"date\": \"2024-01-01\", \"sleep\": {\"quality\": NaN}}"); },
        5, 49, "days[0].sleep.quality", "not valid JSON"},
    {"JsonInfinity", DiaryFormat::Json,
        [] { return json("    {\"date\": \"2024-01-01\", \"foods\": [{\"source\": \"x\", "
                         "\"name\": \"y\",\n     \"magnesium_mg\": 1e999}]}"); },
        6, 27, "days[0].foods[0].magnesium_mg", "not valid JSON"}, // Qt: "illegal number"
    {"JsonFebruary30", DiaryFormat::Json, [] { return json("    {\"date\": \"2024-02-30\"}"); },
        5, 0, "days[0].date", "no such day"},
    {"JsonYear0", DiaryFormat::Json, [] { return json("    {\"date\": \"0000-12-31\"}"); },
        5, 0, "days[0].date", "no such day"},
    {"JsonTime2561", DiaryFormat::Json,
        [] { return json("    {\"date\": \"2024-01-01\",\n"
                         "     \"sleep\": {\"final_awakening\": \"25:61\"}}"); },
        6, 0, "days[0].sleep.final_awakening", "hours go from 00 to 23"},
    {"JsonNewerVersion", DiaryFormat::Json,
        [] { return QByteArray("{\n  \"format\": \"stilla-diary\",\n  \"version\": 3,\n"
                               "  \"days\": [{\"date\": \"2024-01-01\"}]\n}\n"); },
        3, 0, "version", "newer Stilla"},
    {"JsonVersionAsText", DiaryFormat::Json,
        [] { return QByteArray("{\n  \"format\": \"stilla-diary\",\n  \"version\": \"1\",\n"
                               "  \"days\": [{\"date\": \"2024-01-01\"}]\n}\n"); },
        3, 0, "version", "reads versions 1 to 2"},
    {"JsonMissingDays", DiaryFormat::Json,
        [] { return QByteArray("\n{\"format\": \"stilla-diary\", \"version\": 2}\n"); },
        2, 0, "days", "missing"},
    {"JsonMissingDate", DiaryFormat::Json,
        [] { return json("    {\"notes\": \"on no day\"}"); }, 5, 0, "days[0].date", "Missing"},
    {"JsonMissingMagnesium", DiaryFormat::Json,
        [] { return json("    {\"date\": \"2024-01-01\",\n"
                         "     \"foods\": [{\"source\": \"x\", \"name\": \"y\"}]}"); },
        6, 0, "days[0].foods[0].magnesium_mg", "Missing"},
    {"JsonDeepNesting", DiaryFormat::Json,
        [] { return json("    {\"date\": \"2024-01-01\", \"notes\": " + QByteArray(100000, '[')
                         + QByteArray(100000, ']') + "}"); },
        // Qt's parser stops at its nesting limit (1,024 levels, the file's own three included).
        5, 1059, "days[0].notes[0][0][0][0][0]", "too deeply nested"},
    {"JsonDeepNestingThenLatin1", DiaryFormat::Json,
        [] { return json("    {\"date\": \"2024-01-01\", \"notes\": " + QByteArray(100000, '[')
                         + "\xc5"); },
        5, 100037, "days[0].notes[0][0][0][0][0]", "Latin-1"},
    {"JsonLoneSurrogate", DiaryFormat::Json,
        [] { return json("    {\"date\": \"2024-01-01\",\n     \"notes\": \"a \\ud800 b\"}"); },
        6, 0, "days[0].notes", "surrogate"},
    {"JsonDuplicateDays", DiaryFormat::Json,
        [] { return json("    {\"date\": \"2024-03-01\"},\n    {\"date\": \"2024-03-01\"}"); },
        6, 0, "days[1].date", "also days[0]"},
};
// clang-format on

/// A diary that already holds two days, and the most permissive import into it.
class ImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = DiaryStore::open(m_dir.filePath(QStringLiteral("diary.sqlite")));
        ASSERT_EQ(opened.problem, DiaryStore::OpenProblem::None) << opened.message.toStdString();
        m_store = std::move(opened.store);
        ASSERT_TRUE(m_store->save(test::fullDay(QDate(2024, 1, 1))));
        ASSERT_TRUE(m_store->save(test::versionedDay(QDate(2024, 1, 2), 3)));
        m_before = storedDays();
        ASSERT_EQ(m_before.size(), 2u);
    }

    std::vector<DayEntry> storedDays() const
    {
        auto days = m_store->days(QDate(), QDate());
        EXPECT_TRUE(days) << days.errorMessage().toStdString();
        return days ? days.value() : std::vector<DayEntry> {};
    }

    /// Writes @p data to a file and imports it as the app does; then saves whatever days it
    /// offered, replacing days already there.
    ImportReport import(const QByteArray& data, DiaryFormat format)
    {
        const QString path = m_dir.filePath(QStringLiteral("input.") + DiaryIo::formatName(format));
        EXPECT_TRUE(DiaryIo::writeFile(path, data));
        ImportReport report = DiaryIo::importFile(path, format);
        if (!report.days.empty()) {
            EXPECT_TRUE(m_store->saveMany(report.days, ConflictPolicy::Replace));
        }
        return report;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DiaryStore> m_store;
    std::vector<DayEntry> m_before;
};

class BadInputTest : public ImportTest, public ::testing::WithParamInterface<BadInput>
{
};

QString describe(const ImportReport& report)
{
    QStringList lines;
    for (const ImportProblem& problem : report.problems)
        lines << problem.toText(QStringLiteral("input")).left(300);
    return lines.join(QLatin1Char('\n'));
}

TEST_P(BadInputTest, NamesWhereAndWhatAndImportsNothing)
{
    const BadInput& input = GetParam();
    const ImportReport report = import(input.make(), input.format);

    const QString field = QLatin1String(input.field);
    const auto matches = [&](const ImportProblem& problem) {
        return problem.line == input.line && problem.column == input.column
            && problem.field == field
            && problem.message.contains(QString::fromUtf8(input.says), Qt::CaseInsensitive);
    };
    EXPECT_TRUE(std::any_of(report.problems.begin(), report.problems.end(), matches))
        << "expected line " << input.line << ", column " << input.column << ", field \""
        << input.field << "\", saying \"" << input.says << "\"; got:\n"
        << describe(report).toStdString();
    EXPECT_TRUE(report.days.empty()) << report.days.size() << " days offered";
    EXPECT_TRUE(storedDays() == m_before) << "the diary changed";
}

INSTANTIATE_TEST_SUITE_P(Table, BadInputTest, ::testing::ValuesIn(kBadInputs),
    [](const ::testing::TestParamInfo<BadInput>& row) { return std::string(row.param.name); });

/// What the table's refusals are not: a byte-order mark and CRLF line ends are read as usual.
TEST_F(ImportTest, Utf8ByteOrderMarkAndCrLfAreImported)
{
    QByteArray csvFile = csv("2024-01-05,22:30,06:30,,,4,2,,,,,\"two\nlines\"\n");
    csvFile.replace("\n", "\r\n").prepend("\xef\xbb\xbf");
    const ImportReport fromCsv = import(csvFile, DiaryFormat::Csv);
    ASSERT_TRUE(fromCsv.ok()) << describe(fromCsv).toStdString();
    ASSERT_EQ(fromCsv.days.size(), 1u);
    EXPECT_EQ(fromCsv.days[0].notes, QStringLiteral("two\nlines"));

    QByteArray jsonFile = json("    {\"date\": \"2024-01-06\", \"sleep\": {\"quality\": 4}}");
    jsonFile.replace("\n", "\r\n").prepend("\xef\xbb\xbf");
    const ImportReport fromJson = import(jsonFile, DiaryFormat::Json);
    ASSERT_TRUE(fromJson.ok()) << describe(fromJson).toStdString();
    ASSERT_EQ(fromJson.days.size(), 1u);

    const std::vector<DayEntry> after = storedDays();
    ASSERT_EQ(after.size(), 4u);
    EXPECT_EQ(after[2].date, QDate(2024, 1, 5));
    EXPECT_EQ(after[2].sleep.timeIntoBed, QTime(22, 30));
    EXPECT_EQ(after[3].date, QDate(2024, 1, 6));
    EXPECT_EQ(after[3].sleep.quality, 4);
    EXPECT_TRUE(after[0] == m_before[0]);
    EXPECT_TRUE(after[1] == m_before[1]);
}

/// A diary with the most days allowed is still read; one more and the whole file is refused.
TEST_F(ImportTest, TheDayLimitIsExact)
{
    const ImportReport atLimit = DiaryIo::parse(DiaryFormat::Csv, manyCsvRows(FieldText::kMaxDays));
    EXPECT_TRUE(atLimit.ok()) << describe(atLimit).toStdString();
    EXPECT_EQ(atLimit.days.size(), std::size_t(FieldText::kMaxDays));
    const ImportReport over
        = DiaryIo::parse(DiaryFormat::Json, manyJsonDays(FieldText::kMaxDays + 1));
    EXPECT_FALSE(over.ok());
    EXPECT_TRUE(over.days.empty());
    const ImportReport jsonAtLimit
        = DiaryIo::parse(DiaryFormat::Json, manyJsonDays(FieldText::kMaxDays));
    EXPECT_TRUE(jsonAtLimit.ok()) << describe(jsonAtLimit).toStdString();
}

} // namespace
} // namespace stilla
