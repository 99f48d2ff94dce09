#include "core/io/DiaryIo.h"

#include "DiaryFixtures.h"
#include "core/demo/DemoDiary.h"
#include "core/diary/DiaryStore.h"
#include "core/io/DiaryCsv.h"
#include "core/io/FieldText.h"
#include "tests/TestUtil.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <algorithm>

namespace stilla {
namespace {

/// A device whose reads or writes fail after a number of bytes (as KeePassXC's FailDevice).
class FailDevice : public QBuffer
{
public:
    FailDevice(QByteArray data, qint64 failAfter)
        : m_data(std::move(data))
        , m_failAfter(failAfter)
    {
        setBuffer(&m_data);
    }

protected:
    qint64 readData(char* data, qint64 size) override
    {
        if (pos() >= m_failAfter) {
            setErrorString(QStringLiteral("simulated read error"));
            return -1;
        }
        return QBuffer::readData(data, std::min(size, m_failAfter - pos()));
    }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (pos() >= m_failAfter) {
            setErrorString(QStringLiteral("simulated write error"));
            return -1;
        }
        return QBuffer::writeData(data, std::min(size, m_failAfter - pos()));
    }

private:
    QByteArray m_data;
    qint64 m_failAfter;
};

TEST(DiaryIoTest, ACsvExportImportedWithReplaceLeavesTheDiaryAsItWas)
{
    QTemporaryDir dir;
    auto opened = DiaryStore::open(dir.filePath(QStringLiteral("diary.sqlite")));
    ASSERT_TRUE(opened.store);
    DiaryStore& store = *opened.store;
    // A year of the demo diary (food lists, doses with forms and times, medicines) and the
    // sample days, whose supplement total is 300.5 mg.
    std::vector<DayEntry> days = DemoDiary::generate(QDate(2024, 2, 29), 1, 7);
    for (const DayEntry& day : test::sampleDays())
        days.push_back(day);
    ASSERT_TRUE(store.saveMany(days, ConflictPolicy::Replace).ok());
    const QByteArray before = DiaryIo::exportDiary(store, DiaryFormat::Json)->data;

    const ImportReport csv = DiaryCsv::read(DiaryIo::exportDiary(store, DiaryFormat::Csv)->data);
    ASSERT_TRUE(csv.ok());
    const auto merged = DiaryIo::mergeCsv(store, csv.days, CsvDetail::Replace);
    ASSERT_TRUE(merged.ok()) << merged.errorMessage().toStdString();
    EXPECT_TRUE(merged->losses.empty()) << "every total agrees with its day";
    ASSERT_TRUE(store.saveMany(merged->days, ConflictPolicy::Replace).ok());
    EXPECT_EQ(DiaryIo::exportDiary(store, DiaryFormat::Json)->data, before);

    // A total changed in a spreadsheet: Keep leaves that day's detail, and says so.
    std::vector<DayEntry> edited = csv.days;
    const auto withFoods = std::find_if(edited.begin(), edited.end(),
        [](const DayEntry& day) { return day.foods.size() == 1 && day.foodMagnesiumMg() > 0; });
    ASSERT_NE(withFoods, edited.end());
    withFoods->foods.front().magnesiumMg += 25;
    const auto keep = DiaryIo::mergeCsv(store, edited, CsvDetail::Keep);
    ASSERT_EQ(keep->losses.size(), 1u);
    EXPECT_EQ(keep->losses.front().date, withFoods->date);
    EXPECT_GT(keep->losses.front().foodLines, 1);
    ASSERT_TRUE(store.saveMany(keep->days, ConflictPolicy::Replace).ok());
    EXPECT_EQ(DiaryIo::exportDiary(store, DiaryFormat::Json)->data, before);
    // Replace takes the file's total as one line, for that day only.
    const auto replace = DiaryIo::mergeCsv(store, edited, CsvDetail::Replace);
    ASSERT_TRUE(store.saveMany(replace->days, ConflictPolicy::Replace).ok());
    const DayEntry changed = store.day(withFoods->date).value().value();
    ASSERT_EQ(changed.foods.size(), 1u);
    EXPECT_EQ(changed.foods.front().source, QStringLiteral("import"));
    EXPECT_NEAR(changed.foodMagnesiumMg(), withFoods->foodMagnesiumMg(), 0.005);
}

TEST(DiaryIoTest, TheExportSaysWhatCameWithTheDaysOrWhatCsvLeftOut)
{
    QTemporaryDir dir;
    auto opened = DiaryStore::open(dir.filePath(QStringLiteral("diary.sqlite")));
    ASSERT_TRUE(opened.store);
    DiaryStore& store = *opened.store;
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    ASSERT_TRUE(store.saveMany(test::sampleDays(), ConflictPolicy::Replace).ok());
    const auto plain = DiaryIo::exportDiary(store, DiaryFormat::Csv);
    // (The English plural forms come with the app's translations, not loaded here.)
    const QString days = plain->describe(QStringLiteral("/tmp/d.csv"));
    EXPECT_TRUE(days.startsWith(QStringLiteral("Exported %1 day").arg(test::sampleDays().size())))
        << days.toStdString();
    EXPECT_TRUE(days.endsWith(QStringLiteral(" to /tmp/d.csv."))) << days.toStdString();
    LabResult lab;
    lab.date = test::sampleDays().front().date;
    lab.ferritin = 41;
    ASSERT_TRUE(store.labs().save(lab).ok());
    const auto csv = DiaryIo::exportDiary(store, DiaryFormat::Csv);
    EXPECT_EQ(csv->labResults, 1);
    EXPECT_TRUE(csv->describe(QStringLiteral("d.csv"))
                    .endsWith(QStringLiteral("Lab results (1) and self-experiments (0) are not in "
                                             "a CSV file; export as JSON to keep them too.")))
        << csv->describe(QStringLiteral("d.csv")).toStdString();
    const auto json = DiaryIo::exportDiary(store, DiaryFormat::Json);
    EXPECT_TRUE(
        json->describe(QStringLiteral("d.json"))
            .endsWith(QStringLiteral("With them: lab results (1) and self-experiments (0).")));
    EXPECT_TRUE(json->data.contains("\"ferritin_ug_l\""));
    EXPECT_FALSE(csv->data.contains("ferritin"));
    QLocale::setDefault(previous);
}

TEST(DiaryIoTest, FormatsFromNamesAndExtensions)
{
    EXPECT_EQ(DiaryIo::formatFromName(QStringLiteral("JSON")), DiaryFormat::Json);
    EXPECT_EQ(DiaryIo::formatFromName(QStringLiteral("csv")), DiaryFormat::Csv);
    EXPECT_FALSE(DiaryIo::formatFromName(QStringLiteral("xml")).has_value());
    EXPECT_EQ(DiaryIo::formatFromFileName(QStringLiteral("/a/b.Json")), DiaryFormat::Json);
    EXPECT_EQ(DiaryIo::formatFromFileName(QStringLiteral("days.csv")), DiaryFormat::Csv);
    EXPECT_FALSE(DiaryIo::formatFromFileName(QStringLiteral("days")).has_value());
}

TEST(DiaryIoTest, ExportAndImportAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diary.json"));
    ASSERT_TRUE(DiaryIo::exportFile(path, DiaryFormat::Json, test::sampleDays()));
    const ImportReport report = DiaryIo::importFile(path, DiaryFormat::Json);
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.days.size(), 3u);
    EXPECT_EQ(DiaryIo::readFile(path).value(), test::readData("diary.json"));
}

TEST(DiaryIoTest, ReadErrorsNameTheFile)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    const ImportReport report = DiaryIo::importFile(missing, DiaryFormat::Csv);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, 0);
    EXPECT_TRUE(report.problems[0].message.contains(QStringLiteral("missing.csv")));
    EXPECT_FALSE(DiaryIo::readFile(dir.path()));

    FailDevice failing(QByteArray(1000, 'x'), 10);
    ASSERT_TRUE(failing.open(QIODevice::ReadOnly));
    const Result<QByteArray> read = DiaryIo::read(failing, QStringLiteral("input.csv"));
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.errorMessage().contains(QStringLiteral("input.csv")));
    EXPECT_TRUE(read.errorMessage().contains(QStringLiteral("simulated read error")));
}

TEST(DiaryIoTest, ReadingStopsAtTheSizeLimit)
{
    QBuffer big;
    big.setData(QByteArray(FieldText::kMaxFileBytes + 10, 'x'));
    ASSERT_TRUE(big.open(QIODevice::ReadOnly));
    const Result<QByteArray> read = DiaryIo::read(big, QStringLiteral("big.csv"));
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.errorMessage().contains(QStringLiteral("too large")));
}

TEST(DiaryIoTest, WriteErrorsNameTheFile)
{
    FailDevice failing({}, 5);
    ASSERT_TRUE(failing.open(QIODevice::WriteOnly));
    const Status status = DiaryIo::write(failing, "0123456789", QStringLiteral("out.json"));
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.errorMessage().contains(QStringLiteral("out.json")));

    QTemporaryDir dir;
    const Status noFolder
        = DiaryIo::writeFile(dir.filePath(QStringLiteral("no/such/folder/out.json")), "data");
    ASSERT_FALSE(noFolder);
    EXPECT_TRUE(noFolder.errorMessage().contains(QStringLiteral("out.json")));

    // A folder where the file should go: refused, and the folder is left alone.
    const QString folder = dir.filePath(QStringLiteral("taken.csv"));
    ASSERT_TRUE(QDir().mkdir(folder));
    EXPECT_FALSE(DiaryIo::writeFile(folder, "data"));
    EXPECT_TRUE(QFileInfo(folder).isDir());
}

} // namespace
} // namespace stilla
