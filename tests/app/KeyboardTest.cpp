// Logging by keyboard alone: Tab follows the order a page is read in, no focus stop is
// invisible, a mnemonic brings its field into view, and no mnemonic (Alt+letter) is taken twice
// on a page (with the diary's supplement and medicine rows open) or by the menu bar, or in the
// lab results dialog, in either language.
#include "AppFixture.h"
#include "Mnemonics.h"
#include "app/gui/AboutDialog.h"
#include "app/gui/KeyboardShortcutsDialog.h"
#include "app/gui/diary/DayForm.h"
#include "app/gui/diary/FindingsPanel.h"
#include "app/gui/experiment/ExperimentDialog.h"
#include "app/gui/foods/CustomFoodDialog.h"
#include "app/gui/labs/LabResultsDialog.h"
#include "app/gui/pages/DiaryPage.h"
#include "app/gui/report/ReportDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>

namespace stilla {
namespace {

using test::mnemonicOf;
using test::mnemonicsIn;
using test::takenTwice;

class KeyboardTest : public test::AppFixture
{
protected:
    DiaryPage& diary()
    {
        // Yesterday's night, so that "Same times as the night before" can be used.
        DayEntry yesterday;
        yesterday.date = m_clock.today().addDays(-1);
        yesterday.sleep.timeIntoBed = QTime(22, 30);
        yesterday.sleep.timeOutOfBed = QTime(6, 45);
        EXPECT_TRUE(m_diary->save(yesterday).ok());
        DiaryPage& page = showDiary();
        m_window->resize(1366, 768);
        return page;
    }
    QWidget* focused() const { return QApplication::focusWidget(); }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = focused() ? focused() : m_window.get();
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    /// The fields of the day's form in the order Tab reaches them from the day's buttons.
    QList<QWidget*> tabThroughTheForm()
    {
        auto* form = m_window->findChild<DayForm*>();
        find<QWidget>("previousDayButton")->setFocus();
        QList<QWidget*> visited;
        for (int step = 0; step < 200 && focused(); ++step) {
            press(Qt::Key_Tab);
            if (focused() && form->widget()->isAncestorOf(focused()))
                visited << focused();
            else if (!visited.isEmpty())
                break; // past the form's end
        }
        EXPECT_NE(focused(), nullptr);
        return visited;
    }
    /// Where @p widget stands in @p visited; a failure naming them all when it is not there.
    static qsizetype placeIn(const QList<QWidget*>& visited, QWidget* widget)
    {
        QStringList names;
        for (QWidget* each : visited)
            names << each->objectName() + u'/' + QLatin1String(each->metaObject()->className());
        EXPECT_TRUE(visited.contains(widget))
            << widget->objectName().toStdString() << " not in " << names.join(u' ').toStdString();
        return visited.indexOf(widget);
    }

    /// Every mnemonic of the page shown and of the menu bar, with the texts that use it.
    QMap<QChar, QStringList> mnemonics(Page* page) const
    {
        return mnemonicsIn(page, m_window->menuBar());
    }
};

TEST_F(KeyboardTest, NoMnemonicIsTakenTwiceOnAPageOrByTheMenuBar)
{
    MainWindow& window = showWindow();
    window.resize(1366, 768);
    for (const char* language : {"en", "sv"}) {
        window.setLanguage(QString::fromLatin1(language));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
        for (MainWindow::PageId id :
            {MainWindow::PageId::Guide, MainWindow::PageId::Diary, MainWindow::PageId::Foods,
                MainWindow::PageId::Charts, MainWindow::PageId::Settings}) {
            window.showPage(id);
            if (id == MainWindow::PageId::Diary) {
                // A day with a supplement and a medicine row, so their fields are there too
                // (the medicine named, so that the day can be left).
                QTest::mouseClick(find<QPushButton>("addSupplementButton"), Qt::LeftButton);
                QTest::mouseClick(find<QPushButton>("addMedicationButton"), Qt::LeftButton);
                QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Duroferon"));
            }
            QCoreApplication::processEvents();
            const auto found = mnemonics(window.page(id));
            // The check sees what a person can reach: the menus, and on the diary the form's
            // many labelled fields.
            EXPECT_GE(found.size(), id == MainWindow::PageId::Diary ? 20 : 4)
                << language << ", page " << int(id);
            const QStringList problems = takenTwice(found);
            EXPECT_TRUE(problems.isEmpty()) << language << ", page " << int(id) << ":\n"
                                            << problems.join(QLatin1Char('\n')).toStdString();
        }
    }
}

TEST_F(KeyboardTest, EveryLabelsMnemonicReachesAFieldThatTakesTheFocus)
{
    // "Sleep quality" once named its row of buttons, which takes no focus: Alt+Q did nothing.
    MainWindow& window = showWindow();
    for (MainWindow::PageId id : {MainWindow::PageId::Diary, MainWindow::PageId::Foods,
             MainWindow::PageId::Charts, MainWindow::PageId::Settings}) {
        window.showPage(id);
        QCoreApplication::processEvents();
        for (QLabel* label : window.page(id)->findChildren<QLabel*>()) {
            if (mnemonicOf(label->text()).isNull() || !label->buddy() || !label->isVisible())
                continue;
            // QLabel gives the focus only to a buddy whose own policy takes it.
            EXPECT_NE(label->buddy()->focusPolicy(), Qt::NoFocus)
                << label->text().toStdString() << " on page " << int(id);
        }
    }
}

TEST_F(KeyboardTest, TabReachesRowsAddedInTheirPlaceAndTheNotesLast)
{
    // Rows added after the form was built came last in the window's Tab order, and the notes,
    // made early, came before the side effects above them.
    diary();
    find<QPushButton>("addSupplementButton")->click();
    QWidget* dose = focused();
    find<QPushButton>("addMedicationButton")->click();
    QWidget* medicine = focused();
    QTest::keyClicks(medicine, QStringLiteral("Duroferon"));
    QCoreApplication::processEvents(); // the rows are shown
    const QList<QWidget*> visited = tabThroughTheForm();
    const auto at = [this, &visited](QWidget* widget) { return placeIn(visited, widget); };
    EXPECT_LT(at(find<QWidget>("addFoodButton")), at(dose));
    EXPECT_LT(at(dose), at(find<QWidget>("addSupplementButton")));
    EXPECT_LT(at(medicine), at(find<QWidget>("addMedicationButton")));
    EXPECT_LT(at(find<QWidget>("addMedicationButton")), at(find<QWidget>("sideEffect_nausea")));
    EXPECT_LT(at(find<QWidget>("sideEffect_nausea")), at(find<QWidget>("labResultsButton")));
    EXPECT_EQ(visited.back(), find<QWidget>("notesEdit"));
}

TEST_F(KeyboardTest, ANewMedicationRowAsksForNothingUntilSomethingIsTypedInIt)
{
    // A dose typed, then a medication row added: the dose is saved, and the empty row neither
    // asks for a name nor keeps the day from being saved, as a new supplement row.
    DiaryPage& page = diary();
    find<QPushButton>("addSupplementButton")->click();
    QTest::keyClicks(focused(), QStringLiteral("200"));
    find<QPushButton>("addMedicationButton")->click();
    QWidget* medicine = focused();
    ASSERT_TRUE(page.saveNow());
    auto day = m_diary->day(m_clock.today()).value();
    ASSERT_TRUE(day.has_value());
    EXPECT_EQ(day->supplements.size(), 1u);
    EXPECT_TRUE(day->medications.empty());
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&page)) {
            EXPECT_FALSE(label->text().contains(QStringLiteral("needs a name")));
        }
    }
    // A name typed makes it part of the day.
    QTest::keyClicks(medicine, QStringLiteral("Duroferon"));
    ASSERT_TRUE(page.saveNow());
    day = m_diary->day(m_clock.today()).value();
    ASSERT_EQ(day->medications.size(), 1u);
    EXPECT_EQ(day->medications.front().name, QStringLiteral("Duroferon"));
}

TEST_F(KeyboardTest, AMedicationTypedByNameGetsItsKindUntilOneIsChosen)
{
    // "Gabapentin" left as "Other" got no advice on taking it apart from magnesium.
    DiaryPage& page = diary();
    find<QPushButton>("addSupplementButton")->click();
    QTest::keyClicks(focused(), QStringLiteral("200"));
    find<QPushButton>("addMedicationButton")->click();
    auto* name = qobject_cast<QLineEdit*>(focused());
    ASSERT_NE(name, nullptr);
    QTest::keyClicks(name, QStringLiteral("Gabapentin 300 mg"));
    const auto rules = [this] {
        QStringList ids;
        for (const Finding& finding : find<FindingsPanel>("findingsPanel")->findings())
            ids << finding.rule;
        return ids;
    };
    EXPECT_TRUE(rules().contains(QStringLiteral("interaction.gabapentinoid")))
        << rules().join(' ').toStdString();
    ASSERT_TRUE(page.saveNow());
    auto day = m_diary->day(m_clock.today()).value();
    ASSERT_EQ(day->medications.size(), 1u);
    EXPECT_EQ(day->medications.front().medicationClass, MedicationClass::Gabapentinoid);

    // A name that names nothing known takes the guess back.
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Alvedon"));
    ASSERT_TRUE(page.saveNow());
    day = m_diary->day(m_clock.today()).value();
    EXPECT_EQ(day->medications.front().medicationClass, MedicationClass::Other);

    // A kind chosen by the person stays, whatever the name says after.
    QCoreApplication::processEvents(); // the row's other fields are shown by the event loop
    QTest::keyClick(name, Qt::Key_Tab);
    auto* kind = qobject_cast<QComboBox*>(focused());
    ASSERT_NE(kind, nullptr) << "Tab from the name reaches its kind";
    QTest::keyClick(kind, Qt::Key_Home);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Gabapentin"));
    ASSERT_TRUE(page.saveNow());
    day = m_diary->day(m_clock.today()).value();
    EXPECT_EQ(day->medications.front().medicationClass, allMedicationClasses().front());

    // A kind stored with the day is the person's too.
    page.showDate(m_clock.today().addDays(-1));
    page.showDate(m_clock.today());
    name = nullptr;
    for (auto* edit : find<QWidget>("healthSection")->findChildren<QLineEdit*>()) {
        if (edit->text() == QStringLiteral("Gabapentin"))
            name = edit;
    }
    ASSERT_NE(name, nullptr);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Sertralin"));
    ASSERT_TRUE(page.saveNow());
    day = m_diary->day(m_clock.today()).value();
    EXPECT_EQ(day->medications.front().medicationClass, allMedicationClasses().front());
}

TEST_F(KeyboardTest, TabReachesTheRowsOfADayLoadedInTheirPlace)
{
    // A day's rows are put in the Tab order once, after the day is loaded.
    DayEntry today;
    today.date = m_clock.today();
    today.supplements.push_back({0, SupplementForm::Citrate, 200, {}, Route::Oral});
    MedicationTaken iron;
    iron.name = QStringLiteral("Duroferon");
    today.medications.push_back(iron);
    ASSERT_TRUE(m_diary->save(today).ok());
    diary();
    QCoreApplication::processEvents();
    QWidget* dose = nullptr;
    for (auto* spin : find<QWidget>("magnesiumSection")->findChildren<QDoubleSpinBox*>())
        dose = spin->value() == 200 ? spin : dose;
    QWidget* medicine = nullptr;
    for (auto* line : find<QWidget>("healthSection")->findChildren<QLineEdit*>())
        medicine = line->text() == QLatin1String("Duroferon") ? line : medicine;
    ASSERT_NE(dose, nullptr);
    ASSERT_NE(medicine, nullptr);
    const QList<QWidget*> visited = tabThroughTheForm();
    EXPECT_LT(placeIn(visited, find<QWidget>("addFoodButton")), placeIn(visited, dose));
    EXPECT_LT(placeIn(visited, dose), placeIn(visited, find<QWidget>("addSupplementButton")));
    EXPECT_LT(placeIn(visited, medicine), placeIn(visited, find<QWidget>("addMedicationButton")));
    EXPECT_EQ(visited.back(), find<QWidget>("notesEdit"));
}

TEST_F(KeyboardTest, SleepQualityIsOneTabStopOnTheButtonChosenAndArrowsChange)
{
    diary();
    find<QRadioButton>("qualityButton3")->setChecked(true);
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::AltModifier);
    ASSERT_NE(focused(), nullptr);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("qualityButton3"));
    // Tab lands on the choice (not on "Not recorded"); Right chooses the next; Tab leaves.
    find<QWidget>("outOfBedField")->setFocus();
    press(Qt::Key_Tab);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("qualityButton3"));
    press(Qt::Key_Right);
    EXPECT_TRUE(find<QRadioButton>("qualityButton4")->isChecked());
    EXPECT_EQ(focused()->objectName(), QStringLiteral("qualityButton4"));
    press(Qt::Key_Tab);
    EXPECT_FALSE(focused()->objectName().startsWith(QStringLiteral("qualityButton")))
        << focused()->objectName().toStdString();
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("qualityButton4"));
}

TEST_F(KeyboardTest, EveryDialogUsesEachLetterOnce)
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv")}) {
        ASSERT_TRUE(m_translators.setLanguage(language));
        LabResultsDialog labs(*m_diary, *m_undo, m_clock.today(), m_clock.today());
        ReportDialog report(*m_diary, *m_settings, m_clock, language);
        CustomFoodDialog food {CustomFood()};
        AboutDialog about;
        ExperimentDialog experiment(*m_diary, *m_undo, *m_settings, m_clock);
        for (QDialog* dialog :
            std::initializer_list<QDialog*> {&labs, &report, &food, &about, &experiment}) {
            dialog->show();
            QCoreApplication::processEvents();
            const auto found = mnemonicsIn(dialog);
            EXPECT_GE(found.size(), dialog == &about ? 0 : 2)
                << language.toStdString() << ", " << dialog->metaObject()->className();
            const QStringList problems = takenTwice(found);
            EXPECT_TRUE(problems.isEmpty())
                << language.toStdString() << ", " << dialog->metaObject()->className() << ":\n"
                << problems.join(QLatin1Char('\n')).toStdString();
            dialog->hide();
        }
    }
}

TEST_F(KeyboardTest, HelpListsEveryShortcutOfTheWindowInBothLanguages)
{
    MainWindow& window = showWindow();
    for (const char* language : {"en", "sv"}) {
        window.setLanguage(QString::fromLatin1(language));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
        KeyboardShortcutsDialog dialog(window.shortcutSections(), &window);
        const QStringList rows = dialog.rows();
        const QString text = rows.join(QLatin1Char('\n'));
        // Every action of the window that has a shortcut is listed, with its keys, once.
        int withShortcut = 0;
        for (const QAction* action : window.findChildren<QAction*>()) {
            if (action->shortcuts().isEmpty())
                continue;
            ++withShortcut;
            const QString row = KeyboardShortcutsDialog::commandName(action) + QStringLiteral(" — ")
                + action->shortcut().toString(QKeySequence::NativeText);
            EXPECT_EQ(text.count(row), 1) << language << ": " << row.toStdString() << " in\n"
                                          << text.toStdString();
        }
        EXPECT_GE(withShortcut, 15) << language;
        // ... and the keys of every field, which no action holds.
        EXPECT_EQ(rows.size(), withShortcut + 6) << language << ":\n" << text.toStdString();
    }
    // Read in the language a person sees.
    const QString swedish = KeyboardShortcutsDialog(window.shortcutSections()).rows().join(u'\n');
    EXPECT_TRUE(swedish.contains(QStringLiteral("Guide: Sök i guiden — Ctrl+F")))
        << swedish.toStdString();
    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const QString english = KeyboardShortcutsDialog(window.shortcutSections()).rows().join(u'\n');
    for (const char* row : {"Diary: Previous day — Alt+Left", "Guide: Find in the guide — Ctrl+F",
             "Everywhere: Import into the Diary — Ctrl+I",
             "In every field: Go to the next or the previous field — "
             "Tab, Shift+Tab"})
        EXPECT_TRUE(english.contains(QString::fromUtf8(row))) << row << " in\n"
                                                              << english.toStdString();
}

TEST(MnemonicOfTest, FindsTheLetterAndSkipsLiteralAmpersands)
{
    EXPECT_EQ(mnemonicOf(QStringLiteral("&Add")), QChar(u'a'));
    EXPECT_EQ(mnemonicOf(QStringLiteral("Add a &medication")), QChar(u'm'));
    EXPECT_EQ(mnemonicOf(QStringLiteral("Salt && &pepper")), QChar(u'p'));
    EXPECT_TRUE(mnemonicOf(QStringLiteral("No mnemonic")).isNull());
    EXPECT_TRUE(mnemonicOf(QStringLiteral("Ends with &")).isNull());
}

TEST_F(KeyboardTest, TabFollowsTheSleepSectionInReadingOrder)
{
    diary();
    auto* first = m_window->findChild<QWidget*>(QStringLiteral("sleepSameAsYesterdayButton"));
    ASSERT_NE(first, nullptr);
    ASSERT_TRUE(first->isEnabled());
    first->setFocus();
    ASSERT_EQ(focused(), first);
    const QStringList expected {QStringLiteral("intoBedField"), QStringLiteral("triedToSleepField"),
        QStringLiteral("latencySpinBox"), QStringLiteral("awakeningsSpinBox"),
        QStringLiteral("wakeMinutesSpinBox"), QStringLiteral("finalAwakeningField"),
        QStringLiteral("outOfBedField"), QStringLiteral("qualityButton0")};
    QStringList visited;
    for (int i = 0; i < expected.size(); ++i) {
        press(Qt::Key_Tab);
        visited << (focused() ? focused()->objectName() : QStringLiteral("(none)"));
    }
    EXPECT_EQ(visited, expected);
    // Back again, and from before the first field into the sleep section's button.
    for (int i = 0; i < expected.size(); ++i)
        press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(focused(), first);
}

TEST_F(KeyboardTest, EveryFocusStopIsAVisibleControl)
{
    diary();
    auto* first = m_window->findChild<QWidget*>(QStringLiteral("sleepSameAsYesterdayButton"));
    ASSERT_NE(first, nullptr);
    first->setFocus();
    ASSERT_EQ(focused(), first);
    // Around the whole window both ways: every stop is something a person can see and use.
    for (int key : {int(Qt::Key_Tab), int(Qt::Key_Backtab)}) {
        for (int i = 0; i < 120; ++i) {
            press(key, key == Qt::Key_Backtab ? Qt::ShiftModifier : Qt::NoModifier);
            QWidget* stop = focused();
            ASSERT_NE(stop, nullptr);
            SCOPED_TRACE(stop->objectName().toStdString() + " " + stop->metaObject()->className());
            EXPECT_TRUE(stop->isVisible());
            EXPECT_EQ(qobject_cast<QScrollArea*>(stop), nullptr)
                << "a scroll area takes the focus without showing it";
            EXPECT_NE(
                QString::fromLatin1(stop->metaObject()->className()), QStringLiteral("QWidget"))
                << "a plain container takes the focus";
        }
    }
}

TEST_F(KeyboardTest, AMnemonicBringsItsFieldIntoView)
{
    diary();
    m_window->resize(800, 600);
    QCoreApplication::processEvents();
    auto* form = m_window->findChild<DayForm*>();
    ASSERT_NE(form, nullptr);
    form->verticalScrollBar()->setValue(0);
    // The notes, at the bottom of the form, by their label's mnemonic.
    QLabel* notesLabel = nullptr;
    for (QLabel* label : form->findChildren<QLabel*>())
        if (label->buddy() && label->buddy()->objectName() == QLatin1String("notesEdit"))
            notesLabel = label;
    ASSERT_NE(notesLabel, nullptr);
    const QChar letter = mnemonicOf(notesLabel->text());
    ASSERT_FALSE(letter.isNull());
    QTest::keyClick(m_window.get(), Qt::Key(letter.toUpper().unicode()), Qt::AltModifier);
    ASSERT_NE(focused(), nullptr);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("notesEdit"));
    const QRect inViewport(focused()->mapTo(form->viewport(), QPoint(0, 0)), focused()->size());
    EXPECT_TRUE(form->viewport()->rect().intersects(inViewport))
        << "the focused field is out of view";
    EXPECT_GT(form->verticalScrollBar()->value(), 0);
}

} // namespace
} // namespace stilla
