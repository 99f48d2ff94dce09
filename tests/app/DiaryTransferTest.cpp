#include "app/gui/DiaryTransfer.h"

#include "AppFixture.h"
#include "app/gui/MainWindow.h"
#include "app/gui/commands/DiaryUndo.h"
#include "app/gui/commands/SaveDayCommand.h"
#include "app/gui/widgets/FileDialog.h"
#include "app/gui/widgets/MessageBox.h"
#include "tests/TestUtil.h"

#include <QAction>
#include <QFile>
#include <QScopeGuard>
#include <QUndoStack>

namespace stilla {
namespace {

class DiaryTransferTest : public test::AppFixture
{
protected:
    QString writeFile(const QString& name, const QByteArray& content)
    {
        return test::writeFile(m_dir, name, content);
    }
    int dayCount() { return m_diary->dayCount().value(); }
};

TEST_F(DiaryTransferTest, TheMenuExportsAndImportsThroughTheFileQuestions)
{
    DayEntry day;
    day.date = QDate(2026, 11, 3);
    day.symptoms.severity = 4;
    ASSERT_TRUE(m_diary->save(day).ok());
    DiaryTransfer transfer(*m_diary, *m_undo, m_dir.path(), m_clock, nullptr);
    // The messages are recorded, not shown (no one is there to close them).
    MessageBox::setUnattended(true);
    const auto attended = qScopeGuard([] { MessageBox::setUnattended(false); });
    MessageBox::takeMessages();
    FileDialog::takeStartingPoints();
    // A CSV by its name; a name without a suffix gets the chosen kind's (JSON by default).
    FileDialog::setNextPath(m_dir.filePath(QStringLiteral("days.csv")));
    transfer.exportInteractive();
    FileDialog::setNextPath(m_dir.filePath(QStringLiteral("everything")));
    transfer.exportInteractive();
    QFile csv(m_dir.filePath(QStringLiteral("days.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readLine().startsWith("date,"));
    QFile json(m_dir.filePath(QStringLiteral("everything.json")));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    EXPECT_TRUE(json.read(1) == "{");
    const QStringList exported = MessageBox::takeMessages();
    ASSERT_EQ(exported.size(), 2) << exported.join(u'|').toStdString();
    EXPECT_TRUE(exported[0].startsWith(QStringLiteral("Export finished: Exported 1 day to ")))
        << exported[0].toStdString();

    // Cancelled: nothing happens and nothing is said.
    FileDialog::setNextPath(QString());
    transfer.importInteractive();
    EXPECT_TRUE(MessageBox::takeMessages().isEmpty());
    FileDialog::setNextPath(writeFile(QStringLiteral("more.csv"),
        test::kCsvHeader + "2026-11-04,22:30,06:45,20,2,4,5,180,250,1,30,calm\n"));
    transfer.importInteractive();
    EXPECT_EQ(dayCount(), 2);
    const QStringList imported = MessageBox::takeMessages();
    ASSERT_EQ(imported.size(), 1);
    EXPECT_TRUE(imported[0].startsWith(QStringLiteral("Import finished")))
        << imported[0].toStdString();
    EXPECT_EQ(FileDialog::takeCaptions(),
        QStringList({QStringLiteral("Export the Diary"), QStringLiteral("Export the Diary"),
            QStringLiteral("Import into the Diary"), QStringLiteral("Import into the Diary")}));
    // Each question starts where the last file was chosen: the import opens in the folder of
    // the export just made (it opened in the documents folder, or the home folder without one).
    const QStringList from = FileDialog::takeStartingPoints();
    ASSERT_EQ(from.size(), 4);
    EXPECT_EQ(from[1], m_dir.filePath(QStringLiteral("stilla-diary.json")));
    EXPECT_EQ(from[2], m_dir.path());
}

TEST_F(DiaryTransferTest, ImportsAValidCsv)
{
    DiaryTransfer transfer(*m_diary, *m_undo, m_dir.path(), m_clock, nullptr);
    const QString path = writeFile(QStringLiteral("ok.csv"),
        test::kCsvHeader
            + "2026-11-01,22:30,06:45,20,2,4,5,180,250,1,30,calm\n"
              "2026-11-02,23:00,07:00,,,3,,,,,,\n");
    const auto result = transfer.importFile(path);
    ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
    EXPECT_EQ(dayCount(), 2);
    EXPECT_TRUE(result.value().contains(QStringLiteral("2 days")));
    EXPECT_TRUE(result.value().endsWith(QStringLiteral("Edit ▸ Undo takes the whole import back.")))
        << "says how to take it back";
    const auto day = m_diary->day(QDate(2026, 11, 1)).value();
    ASSERT_TRUE(day.has_value());
    EXPECT_EQ(day->supplementMagnesiumMg(), 250);
    EXPECT_EQ(day->symptoms.severity, 5);
}

TEST_F(DiaryTransferTest, ProblemsAskAndCancelImportsNothing)
{
    DiaryTransfer transfer(*m_diary, *m_undo, m_dir.path(), m_clock, nullptr);
    const QString path = writeFile(QStringLiteral("bad.csv"),
        test::kCsvHeader
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
    DiaryTransfer transfer(*m_diary, *m_undo, m_dir.path(), m_clock, nullptr);
    const QString path = writeFile(QStringLiteral("clash.csv"),
        test::kCsvHeader + "2026-11-01,,,,,,,,,,,theirs\n2026-11-03,,,,,,,,,,,new\n");

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

TEST_F(DiaryTransferTest, ACsvThatWouldLoseDetailAsksFirstAndKeepsItByDefault)
{
    // A day with a food list of two lines and two doses with forms and times.
    DayEntry mine;
    mine.date = QDate(2026, 11, 1);
    mine.symptoms.severity = 6;
    mine.symptoms.pain = true;
    mine.foods
        = {{0, QStringLiteral("custom"), QStringLiteral("1"), QStringLiteral("Oats"), 40, 54},
            {0, QStringLiteral("custom"), QStringLiteral("2"), QStringLiteral("Seeds"), 20, 118}};
    mine.supplements = {{0, SupplementForm::Glycinate, 150, QTime(9, 0), Route::Oral},
        {0, SupplementForm::Glycinate, 150, QTime(21, 0), Route::Oral}};
    ASSERT_TRUE(m_diary->save(mine).ok());
    DiaryTransfer transfer(*m_diary, *m_undo, m_dir.path(), m_clock, nullptr);

    // The same totals (172 and 300 mg), another severity: the detail stays, nothing is asked
    // beyond replacing the day.
    MessageBox::resetQuestionsAsked();
    MessageBox::setNextAnswer(QMessageBox::YesToAll);
    ASSERT_TRUE(transfer
                    .importFile(writeFile(QStringLiteral("same.csv"),
                        test::kCsvHeader + "2026-11-01,,,,,,4,172,300,,,\n"))
                    .ok());
    EXPECT_EQ(MessageBox::questionsAsked(), 1);
    DayEntry day = m_diary->day(mine.date).value().value();
    EXPECT_EQ(day.symptoms.severity, 4);
    EXPECT_TRUE(day.symptoms.pain) << "CSV has no column for it";
    EXPECT_EQ(day.foods.size(), 2u);
    EXPECT_EQ(day.supplements.size(), 2u);

    // Other totals: it asks which to keep. Cancel changes nothing.
    const QString other = writeFile(
        QStringLiteral("other.csv"), test::kCsvHeader + "2026-11-01,,,,,,3,200,300,,,\n");
    MessageBox::setNextAnswer(QMessageBox::YesToAll);
    MessageBox::setNextChoice(2);
    EXPECT_FALSE(transfer.importFile(other).ok());
    EXPECT_EQ(m_diary->day(mine.date).value()->symptoms.severity, 4);
    // Keep: the food list stays, the rest of the row is taken.
    MessageBox::setNextAnswer(QMessageBox::YesToAll);
    MessageBox::setNextChoice(0);
    ASSERT_TRUE(transfer.importFile(other).ok());
    day = m_diary->day(mine.date).value().value();
    EXPECT_EQ(day.symptoms.severity, 3);
    EXPECT_EQ(day.foods.size(), 2u);
    EXPECT_EQ(day.foodMagnesiumMg(), 172);
    // Use the file's totals: one line.
    MessageBox::setNextAnswer(QMessageBox::YesToAll);
    MessageBox::setNextChoice(1);
    ASSERT_TRUE(transfer.importFile(other).ok());
    day = m_diary->day(mine.date).value().value();
    ASSERT_EQ(day.foods.size(), 1u);
    EXPECT_EQ(day.foodMagnesiumMg(), 200);
    EXPECT_EQ(day.supplements.size(), 2u) << "their total agreed";
}

TEST_F(DiaryTransferTest, ACronometerExportIsRecognisedAndAsksAboutDaysNotCompleted)
{
    DiaryTransfer transfer(*m_diary, *m_undo, m_dir.path(), m_clock, nullptr);
    const QString path
        = QStringLiteral(STILLA_SOURCE_DIR "/tests/data/io/cronometer-daily-nutrition.csv");
    MessageBox::setNextAnswer(QMessageBox::No); // leave out the day not completed
    const auto result = transfer.importFile(path);
    ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
    EXPECT_TRUE(result.value().contains(QStringLiteral("Cronometer")))
        << result.value().toStdString();
    EXPECT_TRUE(result.value().contains(QStringLiteral("Stilla counts caffeine in servings")));
    EXPECT_EQ(dayCount(), 3);
    const DayEntry day = m_diary->day(QDate(2026, 11, 5)).value().value();
    ASSERT_EQ(day.foods.size(), 1u);
    EXPECT_DOUBLE_EQ(day.foods.front().magnesiumMg, 355.04);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(transfer.importFile(path).ok());
    EXPECT_EQ(dayCount(), 4);
}

TEST_F(DiaryTransferTest, UnknownFileTypeIsRefusedByName)
{
    DiaryTransfer transfer(*m_diary, *m_undo, m_dir.path(), m_clock, nullptr);
    const auto result = transfer.importFile(writeFile(QStringLiteral("diary.txt"), "x"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.errorMessage().contains(QStringLiteral("diary.txt")));
}

TEST_F(DiaryTransferTest, EditUndoTakesAnImportBackWholeAndKeepsTheStepsBeforeIt)
{
    MainWindow& window = showWindow();
    MessageBox::setUnattended(true);
    const auto attended = qScopeGuard([] { MessageBox::setUnattended(false); });
    MessageBox::takeMessages();
    DayEntry mine;
    mine.date = QDate(2026, 11, 1);
    mine.notes = QStringLiteral("mine");
    ASSERT_TRUE(m_undo
                    ->push(new SaveDayCommand(*m_diary, m_clock, std::nullopt, mine,
                        QStringLiteral("Changes to 01/11/2026")))
                    .ok());
    const DayEntry stored = m_diary->day(mine.date).value().value().withoutRowIds();

    // The file replaces that day (Yes to All) and adds another.
    FileDialog::setNextPath(writeFile(QStringLiteral("more.csv"),
        test::kCsvHeader
            + "2026-11-01,22:30,06:45,20,2,4,5,180,250,1,30,theirs\n"
              "2026-11-02,23:00,07:00,,,3,,,,,,\n"));
    MessageBox::setNextAnswer(QMessageBox::YesToAll);
    find<QAction>("importAction")->trigger();
    ASSERT_EQ(dayCount(), 2) << MessageBox::takeMessages().join(u'|').toStdString();
    EXPECT_EQ(m_diary->day(mine.date).value()->notes, QStringLiteral("theirs"));
    auto* undo = find<QAction>("undoAction");
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Import of more.csv"));
    EXPECT_EQ(m_undo->stack()->count(), 2) << "the import did not clear the steps before it";

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(dayCount(), 1);
    EXPECT_EQ(m_diary->day(mine.date).value().value().withoutRowIds(), stored);
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Changes to 01/11/2026"));

    QTest::keySequence(&window, find<QAction>("redoAction")->shortcut()); // as the platform has it
    EXPECT_EQ(dayCount(), 2);
    EXPECT_EQ(m_diary->day(mine.date).value()->notes, QStringLiteral("theirs"));
}

} // namespace
} // namespace stilla
