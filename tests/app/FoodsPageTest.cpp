#include "app/gui/pages/FoodsPage.h"

#include "AppFixture.h"
#include "UserInput.h"
#include "app/gui/Theme.h"
#include "app/gui/foods/FoodResultsModel.h"
#include "app/gui/pages/DiaryPage.h"
#include "core/diary/DayEntry.h"
#include "core/foods/CuratedFoods.h"
#include "core/foods/FoodCatalogue.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace stilla {
namespace {

class FoodsPageTest : public test::AppFixture
{
protected:
    FoodsPage& foods()
    {
        MainWindow& window = showWindow();
        window.showPage(MainWindow::PageId::Foods);
        return *static_cast<FoodsPage*>(window.page(MainWindow::PageId::Foods));
    }
    QString topName(FoodsPage& page)
    {
        const FoodMatch* match = page.results()->match(0);
        return match
            ? page.results()->data(page.results()->index(0, FoodResultsModel::Name)).toString()
            : QString();
    }
};

TEST_F(FoodsPageTest, ArticleFoodsComeFirstWhenNothingIsTyped)
{
    FoodsPage& page = foods();
    ASSERT_GT(page.results()->rowCount(), 10);
    EXPECT_TRUE(page.results()->match(0)->curated);
    QAbstractItemModelTester tester(
        page.results(), QAbstractItemModelTester::FailureReportingMode::Warning);
}

TEST_F(FoodsPageTest, TabLeavesTheListWithoutChangingTheFoodChosen)
{
    FoodsPage& page = foods();
    page.search(QStringLiteral("pumpkin seeds"));
    page.selectResult(0);
    auto* list = find<QTableView>("foodResultsView");
    list->setFocus();
    const int row = list->currentIndex().row();
    QTest::keyClick(list, Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), list) << "Tab moved within the list";
    EXPECT_EQ(list->currentIndex().row(), row);
}

TEST_F(FoodsPageTest, FindsPumpkinSeedsInAFewKeystrokesInBothLanguages)
{
    FoodsPage& page = foods();
    QLineEdit* edit = m_window->findChild<QLineEdit*>(QStringLiteral("foodSearchEdit"));
    ASSERT_TRUE(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("pumpk"));
    EXPECT_TRUE(topName(page).contains(QStringLiteral("umpkin"), Qt::CaseInsensitive))
        << topName(page).toStdString();
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("pumpaf"));
    // The guide's entry answers to its Swedish name too and is shown in the UI language.
    EXPECT_TRUE(topName(page).contains(QStringLiteral("umpkin"), Qt::CaseInsensitive))
        << topName(page).toStdString();
    m_window->setLanguage(QStringLiteral("sv"));
    page.search(QStringLiteral("pumpaf"));
    EXPECT_TRUE(topName(page).startsWith(QStringLiteral("Pumpa"), Qt::CaseInsensitive))
        << topName(page).toStdString();
    m_window->setLanguage(QStringLiteral("en"));
    page.search(QStringLiteral("spinch"));
    EXPECT_TRUE(topName(page).contains(QStringLiteral("pinach"), Qt::CaseInsensitive))
        << topName(page).toStdString();
}

TEST_F(FoodsPageTest, ComingBackTheLastSearchIsTypedOver)
{
    FoodsPage& page = foods();
    QLineEdit* edit = m_window->findChild<QLineEdit*>(QStringLiteral("foodSearchEdit"));
    QTest::keyClicks(edit, QStringLiteral("spinch"));
    m_window->showPage(MainWindow::PageId::Diary);
    m_window->showPage(MainWindow::PageId::Foods);
    ASSERT_TRUE(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("pumpk"));
    EXPECT_EQ(edit->text(), QStringLiteral("pumpk"));
    EXPECT_TRUE(topName(page).contains(QStringLiteral("umpkin"), Qt::CaseInsensitive))
        << topName(page).toStdString();
}

TEST_F(FoodsPageTest, TheFoodNameGetsTheRoomTheFiguresLeave)
{
    FoodsPage& page = foods();
    page.search(QStringLiteral("pumpkin seed"));
    ASSERT_GE(page.results()->rowCount(), 5);
    auto* list = find<QTableView>("foodResultsView");
    QHeaderView* header = list->horizontalHeader();
    const auto rightEdge = [header](int column) {
        return header->sectionViewportPosition(column) + header->sectionSize(column);
    };
    m_window->resize(1366, 768);
    QCoreApplication::processEvents();
    // Wide: every name whole (the twins' long names differ in their middle), the figures beside.
    for (int row = 0; row < page.results()->rowCount(); ++row) {
        const QModelIndex index = page.results()->index(row, FoodResultsModel::Name);
        const QVariant font = index.data(Qt::FontRole);
        const QFontMetrics metrics(
            font.isValid() ? font.value<QFont>().resolve(list->font()) : list->font());
        const QString name = index.data().toString();
        EXPECT_LE(metrics.horizontalAdvance(name) + 8, header->sectionSize(FoodResultsModel::Name))
            << name.toStdString();
    }
    EXPECT_LE(rightEdge(FoodResultsModel::PerPortion), list->viewport()->width());
    EXPECT_GT(header->sectionSize(FoodResultsModel::Details), 0);

    // Narrow: the name and the magnesium per 100 g stay in view; the rest is a scroll away.
    m_window->resize(800, 600);
    QCoreApplication::processEvents();
    const int em = list->fontMetrics().averageCharWidth();
    EXPECT_GE(header->sectionSize(FoodResultsModel::Name), em * 14);
    EXPECT_LE(rightEdge(FoodResultsModel::PerHundredGrams), list->viewport()->width());

    // A column the person drags keeps its width when the window changes.
    const int edge = rightEdge(FoodResultsModel::Name) - 1;
    const int middle = header->height() / 2;
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, middle));
    QTest::mouseMove(header->viewport(), QPoint(edge - 40, middle));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge - 40, middle));
    const int dragged = header->sectionSize(FoodResultsModel::Name);
    ASSERT_LT(dragged, edge + 1 - header->sectionViewportPosition(FoodResultsModel::Name));
    m_window->resize(1366, 768);
    QCoreApplication::processEvents();
    EXPECT_EQ(header->sectionSize(FoodResultsModel::Name), dragged);
}

TEST_F(FoodsPageTest, AmountUpdatesTheMagnesiumLive)
{
    FoodsPage& page = foods();
    page.search(QStringLiteral("pumpkin seeds"));
    page.selectResult(0);
    auto* grams = m_window->findChild<QDoubleSpinBox*>(QStringLiteral("gramsSpinBox"));
    grams->setValue(50);
    const double perGram = page.chosenMagnesiumMg() / 50;
    EXPECT_GT(perGram, 3.0); // pumpkin seeds: well over 300 mg per 100 g
    auto* servings = m_window->findChild<QDoubleSpinBox*>(QStringLiteral("servingsSpinBox"));
    servings->setValue(2);
    EXPECT_NEAR(page.chosenGrams(), 2 * grams->value() / servings->value(), 0.01);
    // A few grams are said in servings too (they stopped at 0.25, which was 7 g of 28).
    const double portion = m_window->findChild<QComboBox*>(QStringLiteral("portionComboBox"))
                               ->currentData()
                               .toDouble();
    grams->setValue(5);
    EXPECT_NEAR(servings->value() * portion, 5, portion * 0.005 + 1e-9);
    EXPECT_TRUE(m_window->findChild<QLabel*>(QStringLiteral("amountMagnesiumLabel"))
                    ->text()
                    .contains(QLocale().toString(page.chosenMagnesiumMg(), 'f', 0)));
}

TEST_F(FoodsPageTest, HavregrynIsAddedByTheDecilitre)
{
    FoodsPage& page = foods();
    page.search(QStringLiteral("havregryn fullkorn"));
    int row = -1;
    for (int i = 0; i < page.results()->rowCount(); ++i) {
        if (page.results()->match(i)->food->id == QLatin1String("702"))
            row = i;
    }
    ASSERT_GE(row, 0);
    page.selectResult(row);
    auto* portions = m_window->findChild<QComboBox*>(QStringLiteral("portionComboBox"));
    ASSERT_NE(portions, nullptr);
    const int decilitre = portions->findText(QStringLiteral("1\u00A0dl (34\u00A0g)"));
    ASSERT_GE(decilitre, 0) << portions->itemText(0).toStdString();
    EXPECT_EQ(portions->currentIndex(), decilitre) << "the first household measure is typical";
    EXPECT_NEAR(page.chosenGrams(), 34, 1e-9);
    m_window->findChild<QPushButton*>(QStringLiteral("addToDiaryButton"))->click();
    const DayEntry day = m_diary->day(m_clock.today()).value().value();
    ASSERT_EQ(day.foods.size(), 1u);
    EXPECT_EQ(day.foods[0].grams, 34);
    EXPECT_NEAR(day.foods[0].magnesiumMg, 110 * 0.34, 1e-9); // 110 mg per 100 g
}

TEST_F(FoodsPageTest, SameNameTwinsCarryTheirSourceAndTheDetailsSayWhyTheyDiffer)
{
    FoodsPage& page = foods();
    page.search(QStringLiteral("spinach, raw"));
    QStringList twins;
    int slvRow = -1;
    for (int i = 0; i < page.results()->rowCount(); ++i) {
        const Food* food = page.results()->match(i)->food;
        if (food->id == QLatin1String("4941") || food->id == QLatin1String("11457"))
            twins << page.results()
                         ->data(page.results()->index(i, FoodResultsModel::Name))
                         .toString();
        if (food->id == QLatin1String("4941"))
            slvRow = i;
    }
    twins.sort();
    EXPECT_EQ(twins,
        (QStringList {
            QStringLiteral("Spinach, raw · SLV"), QStringLiteral("Spinach, raw · USDA")}));
    ASSERT_GE(slvRow, 0);
    page.selectResult(slvRow);
    const QString facts = m_window->findChild<QLabel*>(QStringLiteral("foodFactsLabel"))->text();
    EXPECT_TRUE(facts.contains(QStringLiteral("Both databases have this food: 95\u00A0mg")))
        << facts.toStdString();
    EXPECT_TRUE(facts.contains(QStringLiteral("79\u00A0mg in USDA")));
    // A food only one database has carries no badge.
    page.search(QStringLiteral("havregryn fullkorn"));
    EXPECT_FALSE(topName(page).contains(QStringLiteral(" · ")));
}

TEST_F(FoodsPageTest, AddingPutsTheFoodIntoTheDiaryDayAndUpdatesTotals)
{
    FoodsPage& page = foods();
    page.search(QStringLiteral("almonds"));
    page.selectResult(0);
    m_window->findChild<QDoubleSpinBox*>(QStringLiteral("gramsSpinBox"))->setValue(30);
    const double expected = page.chosenMagnesiumMg();
    m_window->findChild<QPushButton*>(QStringLiteral("addToDiaryButton"))->click();
    const auto day = m_diary->day(m_clock.today());
    ASSERT_TRUE(day.ok());
    ASSERT_TRUE(day.value().has_value());
    ASSERT_EQ(day.value()->foods.size(), 1u);
    EXPECT_EQ(day.value()->foods[0].grams, 30);
    EXPECT_NEAR(day.value()->foods[0].magnesiumMg, expected, 0.1);
    EXPECT_EQ(day.value()->foods[0].source, QStringLiteral("usda"));
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("intakeStatusLabel"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->isVisibleTo(m_window.get()));
    EXPECT_TRUE(status->text().contains(QLocale().toString(expected, 'f', 0)))
        << status->text().toStdString();
    EXPECT_TRUE(m_window->findChild<QLabel*>(QStringLiteral("dayTotalLabel"))
                    ->text()
                    .contains(QLocale().toString(expected, 'f', 0)));
}

TEST_F(FoodsPageTest, ALongFoodOfTheDayWrapsWithItsAmountsInView)
{
    // The day's list scrolled sideways to show the milligrams of a long name.
    DayEntry day;
    day.date = m_clock.today();
    day.foods = {{0, QStringLiteral("custom"), QStringLiteral("c1"),
        QStringLiteral("Havregrynsgröt fullkorn, kokt i vatten med en nypa salt"), 269, 54}};
    ASSERT_TRUE(m_diary->save(day).ok());
    foods();
    m_window->resize(800, 600);
    test::settleLayouts();
    auto* list = m_window->findChild<QListWidget*>(QStringLiteral("dayFoodsList"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->horizontalScrollBar()->maximum(), 0);
    const QRect item = list->visualItemRect(list->item(0));
    EXPECT_LE(item.right(), list->viewport()->width());
    EXPECT_GE(item.height(), 2 * list->fontMetrics().height()) << "on two lines or more";
}

TEST_F(FoodsPageTest, TheDayFoodsGoToTakesTheRoomBesideTheTitle)
{
    // At 800 × 600 the day took three lines in half the room between the title and the way
    // back (the header's spacer stretched as much as it did), pushing the list down.
    foods();
    m_window->resize(800, 600);
    test::settleLayouts();
    auto* header = m_window->findChild<QLabel*>(QStringLiteral("foodsDayLabel"));
    ASSERT_NE(header, nullptr);
    EXPECT_GE(
        header->contentsRect().width(), header->fontMetrics().horizontalAdvance(header->text()))
        << header->text().toStdString() << " in " << header->width() << " px";
    EXPECT_LT(header->height(), 2 * header->fontMetrics().lineSpacing()) << "on one line";
}

TEST_F(FoodsPageTest, SupplementsAboveTheLimitAreNotShownAsAGoalReached)
{
    DayEntry day;
    day.date = m_clock.today();
    day.supplements.push_back({0, SupplementForm::Citrate, 900, QTime(20, 0), Route::Oral});
    ASSERT_TRUE(m_diary->save(day).ok());
    foods();
    auto* note = find<QLabel>("dayLimitNote");
    auto* bar = find<QProgressBar>("dayProgressBar");
    ASSERT_TRUE(note->isVisible()) << "a full bar alone read as the target reached";
    EXPECT_TRUE(note->text().contains(QStringLiteral("900"))) << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(QStringLiteral("not a reason to take more supplements")))
        << note->text().toStdString();
    EXPECT_EQ(bar->value(), bar->maximum());
    EXPECT_EQ(bar->palette().color(QPalette::Highlight), bar->palette().color(QPalette::BrightText))
        << "the full bar keeps the colour of a goal reached";
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    for (Appearance appearance : {Appearance::Dark, Appearance::Light, Appearance::System}) {
        SCOPED_TRACE(Theme::toString(appearance).toStdString());
        Theme::apply(*app, appearance);
        QCoreApplication::processEvents();
        EXPECT_EQ(
            bar->palette().color(QPalette::Highlight), note->palette().color(QPalette::BrightText))
            << "the bar kept the problem colour of the appearance before";
        EXPECT_EQ(bar->palette().color(QPalette::Base), note->palette().color(QPalette::Base));
    }

    day.supplements.front().elementalMg = 200;
    ASSERT_TRUE(m_diary->save(day).ok());
    EXPECT_FALSE(note->isVisible()) << "200 mg is under the 250 mg limit";
    EXPECT_NE(
        bar->palette().color(QPalette::Highlight), bar->palette().color(QPalette::BrightText));
}

TEST_F(FoodsPageTest, ARestoredDiaryBringsItsOwnFavourites)
{
    const QString backup = m_dir.filePath(QStringLiteral("before.sqlite"));
    ASSERT_TRUE(m_diary->backupTo(backup).ok()) << "a diary with no favourites";
    FoodsPage& page = foods();
    page.search(QStringLiteral("almonds"));
    page.selectResult(0);
    auto* favourite = m_window->findChild<QPushButton*>(QStringLiteral("favouriteButton"));
    ASSERT_NE(favourite, nullptr);
    const QString notFavourite = favourite->text();
    favourite->click();
    ASSERT_NE(favourite->text(), notFavourite);
    ASSERT_EQ(m_diary->foods().favourites().value().size(), 1);

    ASSERT_TRUE(m_diary->restoreFrom(backup, m_clock.now()).ok());
    page.search(QStringLiteral("almonds"));
    page.selectResult(0);
    EXPECT_EQ(favourite->text(), notFavourite) << "the page kept the replaced diary's favourite";
}

TEST_F(FoodsPageTest, AddsToTheDayTheDiaryShows)
{
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Diary);
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    window.showPage(MainWindow::PageId::Foods);
    auto& page = *static_cast<FoodsPage*>(window.page(MainWindow::PageId::Foods));
    page.search(QStringLiteral("spinach"));
    page.addSelected();
    EXPECT_TRUE(m_diary->day(m_clock.today().addDays(-1)).value().has_value());
    EXPECT_FALSE(m_diary->day(m_clock.today()).value().has_value());
}

TEST_F(FoodsPageTest, NamesTheDayItAddsToAndLeadsBackToIt)
{
    // From the diary at yesterday, foods go to yesterday, and the page says so.
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Diary);
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    window.showPage(MainWindow::PageId::Foods);
    auto& page = *static_cast<FoodsPage*>(window.page(MainWindow::PageId::Foods));
    auto* header = m_window->findChild<QLabel*>(QStringLiteral("foodsDayLabel"));
    ASSERT_NE(header, nullptr);
    const QDate yesterday = m_clock.today().addDays(-1);
    EXPECT_EQ(header->text(),
        QStringLiteral("Adding to yesterday, %1")
            .arg(QLocale().toString(yesterday, QLocale::LongFormat)));
    EXPECT_EQ(page.diaryDate(), yesterday);

    // Back leads to the diary at that day, even after the diary was left elsewhere.
    window.showPage(MainWindow::PageId::Guide);
    window.showPage(MainWindow::PageId::Foods);
    EXPECT_EQ(page.diaryDate(), m_clock.today()) << "from any page but the diary: today";
    EXPECT_TRUE(header->text().startsWith(QStringLiteral("Adding to today, ")));
    m_window->findChild<QPushButton*>(QStringLiteral("backToDiaryButton"))->click();
    EXPECT_EQ(window.currentPage(), MainWindow::PageId::Diary);
    auto& diary = *static_cast<DiaryPage*>(window.page(MainWindow::PageId::Diary));
    EXPECT_EQ(diary.currentDate(), m_clock.today()) << "the day foods went to, not the one left";
}

TEST_F(FoodsPageTest, RichFilterOnlyShowsRichFoods)
{
    FoodsPage& page = foods();
    m_window->findChild<QCheckBox*>(QStringLiteral("richOnlyCheckBox"))->setChecked(true);
    page.search(QStringLiteral("nuts"));
    ASSERT_GT(page.results()->rowCount(), 0);
    for (int row = 0; row < page.results()->rowCount(); ++row)
        EXPECT_GE(page.results()->match(row)->food->magnesiumPer100g, 112.5);
}

TEST_F(FoodsPageTest, AnOwnFoodTypedIntoTheDialogIsSavedDatedAndFound)
{
    FoodsPage& page = foods();
    bool answered = false;
    QTimer::singleShot(0, &page, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->objectName(), QStringLiteral("customFoodDialog"));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("customFoodName"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Grandma's seed bread"));
        auto* magnesium = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("customFoodMagnesium"));
        magnesium->setFocus();
        magnesium->selectAll();
        QTest::keyClicks(magnesium, QStringLiteral("95"));
        answered = true;
        QTest::keyClick(dialog, Qt::Key_Return); // Save is the default button
    });
    QTest::mouseClick(find<QPushButton>("newFoodButton"), Qt::LeftButton);
    ASSERT_TRUE(answered);

    const std::vector<CustomFood> stored = m_diary->foods().custom().value();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored.front().name, QStringLiteral("Grandma's seed bread"));
    EXPECT_EQ(stored.front().magnesiumPer100g, 95);
    EXPECT_EQ(stored.front().created, m_clock.now()) << "dated by the app's Clock";
    EXPECT_EQ(topName(page), QStringLiteral("Grandma's seed bread")) << "shown at once";
    EXPECT_EQ(
        find<QAction>("undoAction")->text(), QStringLiteral("&Undo New Food Grandma's seed bread"));
}

TEST(FoodTwinNoteTest, SaysTheValuesDifferOnlyWhenTheyDo)
{
    const auto loaded = FoodCatalogue::load();
    ASSERT_TRUE(loaded) << loaded.errorMessage().toStdString();
    const FoodCatalogue& catalogue = loaded.value();
    // Swiss chard: 81 mg per 100 g in both databases.
    const Food* chard = catalogue.find(FoodSource::Slv, QStringLiteral("348"));
    ASSERT_NE(chard, nullptr);
    const QString same = FoodResultsModel::twinNote(catalogue, *chard);
    EXPECT_TRUE(same.contains(QStringLiteral("with the same amount"))) << same.toStdString();
    EXPECT_FALSE(same.contains(QStringLiteral("differ"))) << same.toStdString();
    int differing = 0;
    for (const CuratedFood& curated : catalogue.curated().foods()) {
        const Food* slv = catalogue.find(FoodSource::Slv, curated.slvId);
        const Food* usda = catalogue.find(FoodSource::Usda, curated.usdaId);
        if (!slv || !usda
            || QString::number(slv->magnesiumPer100g, 'f', 0)
                == QString::number(usda->magnesiumPer100g, 'f', 0))
            continue;
        ++differing;
        EXPECT_TRUE(FoodResultsModel::twinNote(catalogue, *slv).contains(QStringLiteral("differ")));
    }
    EXPECT_GT(differing, 0);
}

} // namespace
} // namespace stilla
