// The application's one undo history: every write of a page is a step whose redo() writes, a
// write that failed never becomes a step, a deleted food comes back with its number and its
// favourite mark, the history clears when the diary is replaced, and an undo that cannot be
// written is said and clears the history. Edit ▸ Undo works from any page.
#include "app/gui/commands/DiaryUndo.h"

#include "AppFixture.h"
#include "app/gui/commands/CustomFoodCommand.h"
#include "app/gui/commands/FavouriteCommand.h"
#include "app/gui/commands/SaveDayCommand.h"
#include "app/gui/pages/DiaryPage.h"
#include "app/gui/pages/FoodsPage.h"
#include "app/gui/widgets/OptionalSpinBox.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>

namespace stilla {
namespace {

class DiaryUndoTest : public test::AppFixture
{
protected:
    DayEntry dayWithSeverity(int severity) const
    {
        DayEntry day;
        day.date = QDate(2026, 11, 20);
        day.symptoms.severity = severity;
        return day;
    }
    std::optional<DayEntry> stored(const QDate& date) const { return m_diary->day(date).value(); }
    /// Today with two cups of coffee saved, then the day before shown by its key (Alt+Left).
    DiaryPage& todaySavedThenTheDayBefore()
    {
        DiaryPage& page = showDiary();
        find<OptionalSpinBox>("caffeineSpinBox")->setOptionalValue(2);
        EXPECT_TRUE(page.saveNow());
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        return page;
    }
    std::vector<CustomFood> foods() const { return m_diary->foods().custom().value(); }
    static CustomFood oatBran()
    {
        CustomFood food;
        food.name = QStringLiteral("Oat bran");
        food.magnesiumPer100g = 235;
        food.created = QDateTime(QDate(2026, 11, 20), QTime(18, 0));
        return food;
    }
};

TEST_F(DiaryUndoTest, AWriteThatFailedIsNotAStep)
{
    const Status refused = m_undo->push(new SaveDayCommand(
        *m_diary, m_clock, std::nullopt, dayWithSeverity(42), QStringLiteral("Changes")));
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(refused.errorMessage().isEmpty());
    EXPECT_EQ(m_undo->stack()->count(), 0);
    EXPECT_FALSE(stored(QDate(2026, 11, 20)).has_value());

    ASSERT_TRUE(m_undo
                    ->push(new SaveDayCommand(*m_diary, m_clock, std::nullopt, dayWithSeverity(4),
                        QStringLiteral("Changes")))
                    .ok());
    EXPECT_EQ(m_undo->stack()->count(), 1);
    m_undo->undo();
    EXPECT_FALSE(stored(QDate(2026, 11, 20)).has_value());
    m_undo->redo();
    EXPECT_EQ(stored(QDate(2026, 11, 20))->symptoms.severity, 4);
}

TEST_F(DiaryUndoTest, ADeletedFoodComesBackWithItsNumberAndItsFavouriteMark)
{
    ASSERT_TRUE(m_undo
                    ->push(new CustomFoodCommand(
                        *m_diary, std::nullopt, oatBran(), false, QStringLiteral("New")))
                    .ok());
    ASSERT_EQ(foods().size(), 1u);
    const CustomFood food = foods().front();
    const QString key = QStringLiteral("custom:%1").arg(food.id);
    ASSERT_TRUE(m_undo
                    ->push(new FavouriteCommand(*m_diary, QStringLiteral("custom"),
                        QString::number(food.id), true, QStringLiteral("Favourite")))
                    .ok());
    ASSERT_TRUE(m_diary->foods().favourites().value().contains(key));
    ASSERT_TRUE(m_undo
                    ->push(new CustomFoodCommand(
                        *m_diary, food, std::nullopt, true, QStringLiteral("Delete")))
                    .ok());
    EXPECT_TRUE(foods().empty());
    EXPECT_TRUE(m_diary->foods().favourites().value().isEmpty());

    m_undo->undo();
    ASSERT_EQ(foods().size(), 1u);
    EXPECT_EQ(foods().front().id, food.id);
    EXPECT_EQ(foods().front().created, food.created);
    EXPECT_TRUE(m_diary->foods().favourites().value().contains(key));
    m_undo->redo();
    EXPECT_TRUE(foods().empty());

    // Back to before the food was made, and forward again: the same number each time.
    m_undo->undo();
    m_undo->undo();
    EXPECT_FALSE(m_diary->foods().favourites().value().contains(key));
    m_undo->undo();
    EXPECT_TRUE(foods().empty());
    m_undo->redo();
    ASSERT_EQ(foods().size(), 1u);
    EXPECT_EQ(foods().front().id, food.id);
}

TEST_F(DiaryUndoTest, TheHistoryClearsWhenTheDiaryIsReplaced)
{
    const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(m_diary->backupTo(backup).ok());
    ASSERT_TRUE(m_undo
                    ->push(new SaveDayCommand(*m_diary, m_clock, std::nullopt, dayWithSeverity(4),
                        QStringLiteral("Changes")))
                    .ok());
    ASSERT_TRUE(m_undo->stack()->canUndo());
    ASSERT_TRUE(m_diary->restoreFrom(backup, m_clock.now()).ok());
    EXPECT_EQ(m_undo->stack()->count(), 0);
}

TEST_F(DiaryUndoTest, AnUndoThatCannotBeWrittenIsSaidAndClearsTheHistory)
{
    const CustomFood food = m_diary->foods().saveCustom(oatBran()).value();
    CustomFood renamed = food;
    renamed.name = QStringLiteral("Oat bran, toasted");
    ASSERT_TRUE(
        m_undo->push(new CustomFoodCommand(*m_diary, food, renamed, false, QStringLiteral("Edit")))
            .ok());
    // Gone behind the history's back (as if by another window of time): the undo cannot write.
    ASSERT_TRUE(m_diary->foods().removeCustom(food.id).ok());
    QSignalSpy failed(m_undo.get(), &DiaryUndo::failed);
    m_undo->undo();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.front().front().toString().contains(QStringLiteral("Oat bran")))
        << failed.front().front().toString().toStdString();
    EXPECT_EQ(m_undo->stack()->count(), 0);
    EXPECT_TRUE(foods().empty()) << "nothing half-written";
}

TEST_F(DiaryUndoTest, EditUndoTakesBackADeletedFoodFromTheFoodsPage)
{
    ASSERT_TRUE(m_diary->foods().saveCustom(oatBran()).ok());
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Foods);
    auto& page = *static_cast<FoodsPage*>(window.page(MainWindow::PageId::Foods));
    page.search(QStringLiteral("oat bran"));
    page.selectResult(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>("deleteFoodButton"), Qt::LeftButton);
    ASSERT_TRUE(foods().empty());
    auto* undo = find<QAction>("undoAction");
    ASSERT_TRUE(undo->isEnabled());
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Delete Food Oat bran"));

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    ASSERT_EQ(foods().size(), 1u);
    EXPECT_EQ(foods().front().name, QStringLiteral("Oat bran"));
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_TRUE(find<QAction>("redoAction")->isEnabled());
}

TEST_F(DiaryUndoTest, AStepOfTypingCoversTenSecondsFromItsFirstSaveNotMore)
{
    // Typing on steadily (a save every four seconds) makes a step every ten seconds, not one
    // step of everything: an undo takes back a few seconds of typing.
    DiaryPage& page = showDiary();
    auto* caffeine = find<OptionalSpinBox>("caffeineSpinBox");
    for (int servings = 1; servings <= 5; ++servings) {
        caffeine->setOptionalValue(servings);
        ASSERT_TRUE(page.saveNow());
        m_clock.setNow(m_clock.now().addSecs(4));
    }
    EXPECT_EQ(m_undo->stack()->count(), 2); // saved at 0, 4 and 8 s; at 12 and 16 s
    m_undo->undo();
    EXPECT_EQ(stored(m_clock.today())->remedies.caffeineServings, 3);
    m_undo->undo();
    EXPECT_FALSE(stored(m_clock.today()).has_value());
}

TEST_F(DiaryUndoTest, UndoingAnotherDaysChangesShowsThatDayAndSaysWhatWasDone)
{
    DiaryPage& page = todaySavedThenTheDayBefore();
    const QDate today = m_clock.today();
    auto* caffeine = find<OptionalSpinBox>("caffeineSpinBox");
    ASSERT_EQ(page.currentDate(), today.addDays(-1));

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(stored(today).has_value());
    EXPECT_EQ(page.currentDate(), today) << "the day the undo changed is shown";
    EXPECT_EQ(caffeine->optionalValue(), std::nullopt);
    const QString day = QLocale().toString(today, QLocale::ShortFormat);
    // Named by what it changed: the caffeine is one of the day's habits and remedies.
    EXPECT_EQ(m_window->statusBar()->currentMessage(),
        QStringLiteral("Undone: Changes to habits and remedies on ") + day);

    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    find<QAction>("redoAction")->trigger();
    EXPECT_EQ(stored(today)->remedies.caffeineServings, 2);
    EXPECT_EQ(page.currentDate(), today);
    EXPECT_EQ(caffeine->optionalValue(), 2);
    EXPECT_EQ(m_window->statusBar()->currentMessage(),
        QStringLiteral("Redone: Changes to habits and remedies on ") + day);
}

TEST_F(DiaryUndoTest, CtrlZInAFieldWithNothingOfItsOwnToTakeBackIsTheDiarysUndo)
{
    DiaryPage& page = todaySavedThenTheDayBefore();
    const QDate today = m_clock.today();
    // The empty severity field of the day before has nothing to take back: the diary's Undo.
    auto* severity = find<OptionalSpinBox>("severitySpinBox");
    severity->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(stored(today).has_value());
    EXPECT_EQ(page.currentDate(), today);

    // Typed into a text field, Ctrl+Z takes back the typing first, as in any field.
    auto* notes = find<QPlainTextEdit>("notesEdit");
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Slept badly"));
    const int steps = m_undo->stack()->index();
    QTest::keyClick(notes, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_undo->stack()->index(), steps);
    EXPECT_NE(notes->toPlainText(), QStringLiteral("Slept badly"));
}

} // namespace
} // namespace stilla
