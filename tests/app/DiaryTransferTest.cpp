#include "DiaryTransfer.h"

#include "AppFixture.h"
#include "widgets/MessageBox.h"

#include <QFile>

namespace stilla {
namespace {

class DiaryTransferTest : public test::AppFixture
{
protected:
    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }
    int dayCount() { return m_diary->dayCount().value(); }
};

const QByteArray kHeader
    = "date,bedtime_night_before,wake_time,sleep_latency_min,awakenings,sleep_quality,"
      "rls_severity,magnesium_food_mg,magnesium_supplement_mg,"
      "caffeine_servings,exercise_min,notes\n";

TEST_F(DiaryTransferTest, ImportsAValidCsv)
{
    DiaryTransfer transfer(*m_diary, m_dir.path(), nullptr);
    const QString path = writeFile(QStringLiteral("ok.csv"),
        kHeader
            + "2026-11-01,22:30,06:45,20,2,4,5,180,250,1,30,calm\n"
              "2026-11-02,23:00,07:00,,,3,,,,,,\n");
    const auto result = transfer.importFile(path);
    ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
    EXPECT_EQ(dayCount(), 2);
    EXPECT_TRUE(result.value().contains(QStringLiteral("2 days")));
    const auto day = m_diary->day(QDate(2026, 11, 1)).value();
    ASSERT_TRUE(day.has_value());
    EXPECT_EQ(day->supplementMagnesiumMg(), 250);
    EXPECT_EQ(day->symptoms.severity, 5);
}

TEST_F(DiaryTransferTest, ProblemsAskAndCancelImportsNothing)
{
    DiaryTransfer transfer(*m_diary, m_dir.path(), nullptr);
    const QString path = writeFile(QStringLiteral("bad.csv"),
        kHeader
            + "2026-11-01,22:30,06:45,20,2,4,5,180,250,1,30,\n"
              "2026-02-30,25:61,06:45,20,2,4,5,180,250,1,30,\n");
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    const auto cancelled = transfer.importFile(path);
    EXPECT_FALSE(cancelled.ok());
    EXPECT_EQ(dayCount(), 0);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    const auto validOnly = transfer.importFile(path);
    ASSERT_TRUE(validOnly.ok()) << validOnly.errorMessage().toStdString();
    EXPECT_EQ(dayCount(), 1);
}

TEST_F(DiaryTransferTest, ExistingDaysAreNeverOverwrittenWithoutAsking)
{
    DayEntry mine;
    mine.date = QDate(2026, 11, 1);
    mine.notes = QStringLiteral("mine");
    ASSERT_TRUE(m_diary->save(mine).ok());
    DiaryTransfer transfer(*m_diary, m_dir.path(), nullptr);
    const QString path = writeFile(QStringLiteral("clash.csv"),
        kHeader + "2026-11-01,,,,,,,,,,,theirs\n2026-11-03,,,,,,,,,,,new\n");

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(transfer.importFile(path).ok());
    EXPECT_EQ(dayCount(), 1);

    MessageBox::setNextAnswer(QMessageBox::No); // keep mine, add the rest
    ASSERT_TRUE(transfer.importFile(path).ok());
    EXPECT_EQ(m_diary->day(QDate(2026, 11, 1)).value()->notes, QStringLiteral("mine"));
    EXPECT_EQ(dayCount(), 2);

    MessageBox::setNextAnswer(QMessageBox::YesToAll);
    ASSERT_TRUE(transfer.importFile(path).ok());
    EXPECT_EQ(m_diary->day(QDate(2026, 11, 1)).value()->notes, QStringLiteral("theirs"));
}

TEST_F(DiaryTransferTest, UnknownFileTypeIsRefusedByName)
{
    DiaryTransfer transfer(*m_diary, m_dir.path(), nullptr);
    const auto result = transfer.importFile(writeFile(QStringLiteral("diary.txt"), "x"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.errorMessage().contains(QStringLiteral("diary.txt")));
}

} // namespace
} // namespace stilla
