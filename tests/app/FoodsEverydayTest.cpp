// The Foods page as a person uses it between other things: the keys of a food of one's own,
// Ctrl+Z right after adding a food, and a count that says when more foods match than are shown.
#include "AppFixture.h"
#include "Mnemonics.h"
#include "app/gui/foods/CustomFoodDialog.h"
#include "app/gui/foods/FoodResultsModel.h"
#include "app/gui/pages/FoodsPage.h"
#include "core/diary/CustomFood.h"
#include "core/diary/DiaryStore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>

namespace stilla {
namespace {

class FoodsEverydayTest : public test::AppFixture
{
protected:
    FoodsPage& foods()
    {
        MainWindow& window = showWindow();
        window.showPage(MainWindow::PageId::Foods);
        return *static_cast<FoodsPage*>(window.page(MainWindow::PageId::Foods));
    }
};

TEST_F(FoodsEverydayTest, AnOwnFoodsButtonsTakeNoLetterThePageOrTheMenuBarHas)
{
    // With a food of one's own chosen, Alt+D went to Delete as well as to Back to the Diary
    // (a Space then asked to delete the food), and Alt+E to Edit… before the Edit menu.
    CustomFood own;
    own.name = QStringLiteral("Grandma's seed bread");
    own.magnesiumPer100g = 95;
    own.created = m_clock.now();
    const auto saved = m_diary->foods().saveCustom(own);
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    FoodsPage& page = foods();
    for (const char* language : {"en", "sv"}) {
        m_window->setLanguage(QString::fromLatin1(language));
        QCoreApplication::processEvents();
        page.search(QStringLiteral("Grandma"));
        auto* table = m_window->findChild<QTableView*>();
        ASSERT_NE(table, nullptr);
        table->setCurrentIndex(page.results()->index(0, 0));
        QCoreApplication::processEvents();
        ASSERT_TRUE(find<QPushButton>("editFoodButton")->isVisibleTo(m_window.get()));
        // Its source is its only group: named once ("My foods · My foods" before).
        const QString details
            = page.results()->data(page.results()->index(0, FoodResultsModel::Details)).toString();
        EXPECT_EQ(details.count(language == QLatin1String("sv") ? QStringLiteral("Mina livsmedel")
                                                                : QStringLiteral("My foods")),
            1)
            << details.toStdString();
        const QStringList problems
            = test::takenTwice(test::mnemonicsIn(&page, m_window->menuBar()));
        EXPECT_TRUE(problems.isEmpty()) << language << ":\n"
                                        << problems.join(QLatin1Char('\n')).toStdString();
    }
}

TEST_F(FoodsEverydayTest, CtrlZRightAfterAddingTakesTheFoodBackNotTheSearch)
{
    // The focus goes back to the search to type the next food; Ctrl+Z there took back the
    // last letters typed, and the almonds stayed in the day.
    FoodsPage& page = foods();
    auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("foodSearchEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("mandel"));
    ASSERT_GT(page.results()->rowCount(), 0);
    page.selectResult(0);
    QTest::mouseClick(find<QPushButton>("addToDiaryButton"), Qt::LeftButton);
    ASSERT_EQ(m_diary->day(m_clock.today()).value().value_or(DayEntry {}).foods.size(), 1u);
    ASSERT_EQ(QApplication::focusWidget(), edit);
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(m_diary->day(m_clock.today()).value().has_value()) << "the food was not undone";
    EXPECT_EQ(edit->text(), QStringLiteral("mandel"));
    // Typing again undoes as a text field does.
    QTest::keyClicks(edit, QStringLiteral("x"));
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(edit->text(), QStringLiteral("mandel"));
}

TEST_F(FoodsEverydayTest, TheCountSaysWhenMoreFoodsMatchThanAreShown)
{
    // "h" matches thousands and said "200 foods found"; "%" searched for nothing, showed the
    // guide's foods and said the same.
    FoodsPage& page = foods();
    auto* count = find<QLabel>("foodResultCountLabel");
    page.search(QStringLiteral("h"));
    EXPECT_EQ(page.results()->rowCount(), 200);
    EXPECT_EQ(count->text(),
        QStringLiteral("The 200 best matches are shown, and there are more: type more to narrow "
                       "the search."));
    page.search(QStringLiteral("%"));
    EXPECT_TRUE(count->text().startsWith(QStringLiteral("The foods the guide names come first")))
        << count->text().toStdString();
    page.search(QStringLiteral("pumpkin seeds"));
    EXPECT_TRUE(count->text().endsWith(QStringLiteral("found."))) << count->text().toStdString();
}

TEST(CustomFoodDialogTest, AnEmptyNameIsAHintUntilItIsTypedAndEmptied)
{
    // A new food's dialog opened with "Give the food a name." in red, before anything was typed.
    CustomFoodDialog dialog(CustomFood {});
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("customFoodName"));
    ASSERT_NE(name, nullptr);
    QLabel* message = nullptr;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text() == QLatin1String("Give the food a name."))
            message = label;
    }
    ASSERT_NE(message, nullptr);
    EXPECT_EQ(message->foregroundRole(), QPalette::PlaceholderText);
    QTest::keyClicks(name, QStringLiteral("x"));
    EXPECT_TRUE(message->isHidden());
    QTest::keyClick(name, Qt::Key_Backspace);
    EXPECT_FALSE(message->isHidden());
    EXPECT_EQ(message->foregroundRole(), QPalette::BrightText);
}

} // namespace
} // namespace stilla
