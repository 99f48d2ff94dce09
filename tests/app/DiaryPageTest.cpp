#include "app/gui/pages/DiaryPage.h"

#include "AppFixture.h"
#include "app/gui/diary/FindingsPanel.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/OptionalSpinBox.h"
#include "app/gui/widgets/TimeField.h"
#include "core/diary/DayValidation.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QUndoStack>

namespace stilla {
namespace {

class DiaryPageTest : public test::AppFixture
{
protected:
    void type(QWidget* field, const QString& text)
    {
        field->setFocus();
        QTest::keyClicks(field, text);
    }
    std::optional<DayEntry> stored(const QDate& date)
    {
        auto day = m_diary->day(date);
        EXPECT_TRUE(day.ok());
        return day.ok() ? day.value() : std::nullopt;
    }
    QDate today() const { return m_clock.today(); }
    QStringList visibleMessages() const
    {
        QStringList texts;
        for (QLabel* label : m_window->findChildren<QLabel*>(QStringLiteral("fieldMessageLabel")))
            if (label->isVisibleTo(m_window.get()))
                texts << label->text();
        return texts;
    }
};

TEST_F(DiaryPageTest, OpensOnTodayAndTypingIsSaved)
{
    DiaryPage& page = showDiary();
    EXPECT_EQ(page.currentDate(), today());
    type(find<TimeField>("intoBedField"), QStringLiteral("2245"));
    type(find<TimeField>("finalAwakeningField"), QStringLiteral("6:30"));
    find<QRadioButton>("qualityButton4")->click();
    auto* severity = find<OptionalSpinBox>("severitySpinBox");
    severity->setOptionalValue(6);
    EXPECT_TRUE(page.hasUnsavedChanges());
    ASSERT_TRUE(page.saveNow());

    const auto day = stored(today());
    ASSERT_TRUE(day.has_value());
    EXPECT_EQ(day->sleep.timeIntoBed, QTime(22, 45));
    EXPECT_EQ(day->sleep.finalAwakening, QTime(6, 30));
    EXPECT_EQ(day->sleep.quality, 4);
    EXPECT_EQ(day->symptoms.severity, 6);
    EXPECT_FALSE(page.hasUnsavedChanges());
}

TEST_F(DiaryPageTest, AutosavesAMomentAfterTheLastChange)
{
    DiaryPage& page = showDiary();
    type(find<QPlainTextEdit>("notesEdit"), QStringLiteral("Walked in the evening"));
    EXPECT_FALSE(stored(today()).has_value());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !page.hasUnsavedChanges(); }, 3000));
    const auto day = stored(today());
    ASSERT_TRUE(day.has_value());
    EXPECT_EQ(day->notes, QStringLiteral("Walked in the evening"));
}

TEST_F(DiaryPageTest, ChangingDaySavesFirstAndKeyboardNavigates)
{
    DiaryPage& page = showDiary();
    find<OptionalSpinBox>("caffeineSpinBox")->setOptionalValue(2);
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(page.currentDate(), today().addDays(-1));
    ASSERT_TRUE(stored(today()).has_value());
    EXPECT_EQ(stored(today())->remedies.caffeineServings, 2);
    EXPECT_EQ(find<OptionalSpinBox>("caffeineSpinBox")->optionalValue(), std::nullopt);
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(find<OptionalSpinBox>("caffeineSpinBox")->optionalValue(), 2);
    page.showDate(today().addDays(-10));
    QTest::keyClick(m_window.get(), Qt::Key_Home, Qt::AltModifier);
    EXPECT_EQ(page.currentDate(), today());
}

TEST_F(DiaryPageTest, ImpossibleTimeIsNamedAndNotSavedAndLeavingAsks)
{
    DiaryPage& page = showDiary();
    type(find<TimeField>("outOfBedField"), QStringLiteral("25:61"));
    EXPECT_FALSE(page.saveNow());
    EXPECT_FALSE(stored(today()).has_value());
    bool named = false;
    for (QLabel* label : m_window->findChildren<QLabel*>(QStringLiteral("fieldMessageLabel")))
        named = named
            || (label->isVisibleTo(m_window.get())
                && label->text().contains(QStringLiteral("25:61")));
    EXPECT_TRUE(named);
    EXPECT_TRUE(find<QLabel>("saveStatusLabel")->text().contains(QStringLiteral("Not saved")));
    // In the smallest window the message wraps under its field, never past the form's edge.
    m_window->resize(800, 600);
    QCoreApplication::processEvents();
    EXPECT_FALSE(find<QScrollArea>("dayForm")->horizontalScrollBar()->isVisible());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(page.showDate(today().addDays(-1)));
    EXPECT_EQ(page.currentDate(), today());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(page.showDate(today().addDays(-1)));
    EXPECT_FALSE(stored(today()).has_value());
}

TEST_F(DiaryPageTest, EveryFieldRefusesWhatIsImpossible)
{
    DiaryPage& page = showDiary();
    find<QPushButton>("addSupplementButton")->click(); // a row with an amount and a time
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("100"));

    // Every time field: an impossible time is named beside the field and nothing is saved.
    const auto timeFields = m_window->findChild<DiaryPage*>()->findChildren<TimeField*>();
    ASSERT_GE(timeFields.size(), 5);
    for (TimeField* field : timeFields) {
        SCOPED_TRACE(field->objectName().toStdString());
        type(field, QStringLiteral("25:61"));
        EXPECT_FALSE(page.saveNow());
        EXPECT_TRUE(visibleMessages().join(u' ').contains(QStringLiteral("25:61")))
            << visibleMessages().join(u'|').toStdString();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
    }
    EXPECT_TRUE(visibleMessages().isEmpty()) << visibleMessages().join(u'|').toStdString();

    // Every number field keeps to the limits the diary accepts: typing far past the maximum
    // leaves a value the diary takes, never one it would refuse on saving.
    const auto spinBoxes = m_window->findChild<DiaryPage*>()->findChildren<QAbstractSpinBox*>();
    ASSERT_GE(spinBoxes.size(), 6);
    for (QAbstractSpinBox* box : spinBoxes) {
        if (!box->isVisibleTo(m_window.get()) || qobject_cast<QDateEdit*>(box))
            continue;
        SCOPED_TRACE(box->objectName().toStdString());
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("99999999"));
        box->interpretText();
        EXPECT_TRUE(page.saveNow()) << "a number field let through a value the diary refuses";
    }

    // Notes longer than the diary keeps are refused with a message, not cut short.
    auto* notes = find<QPlainTextEdit>("notesEdit");
    notes->setPlainText(QString(DayValidation::kMaxNotesLength + 1, QLatin1Char('x')));
    EXPECT_FALSE(page.saveNow());
    EXPECT_TRUE(visibleMessages().join(u' ').contains(QStringLiteral("too long")))
        << visibleMessages().join(u'|').toStdString();
    EXPECT_NE(
        stored(today()).value_or(DayEntry {}).notes.size(), DayValidation::kMaxNotesLength + 1);
}

TEST_F(DiaryPageTest, ManyAwakeningsAreQuestionedSavedAndAskedAgainWhenTheDayIsOpened)
{
    DiaryPage& page = showDiary();
    find<OptionalSpinBox>("awakeningsSpinBox")->setOptionalValue(30);
    auto asked = [this] { return visibleMessages().join(u' ').contains(QStringLiteral("30")); };
    EXPECT_TRUE(asked());
    ASSERT_TRUE(page.saveNow());
    EXPECT_EQ(stored(today())->sleep.awakenings, 30);
    ASSERT_TRUE(page.showDate(today().addDays(-1)));
    EXPECT_TRUE(visibleMessages().isEmpty()) << visibleMessages().join(u'|').toStdString();
    ASSERT_TRUE(page.showDate(today()));
    EXPECT_TRUE(asked()) << "a saved day's question was not asked again when it was opened";
}

TEST_F(DiaryPageTest, DeleteAskAndUndoBringsTheDayBack)
{
    DiaryPage& page = showDiary();
    find<OptionalSpinBox>("exerciseSpinBox")->setOptionalValue(30);
    ASSERT_TRUE(page.saveNow());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page.deleteDay();
    EXPECT_FALSE(stored(today()).has_value());
    EXPECT_EQ(find<OptionalSpinBox>("exerciseSpinBox")->optionalValue(), std::nullopt);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(stored(today()).has_value());
    EXPECT_EQ(stored(today())->remedies.exerciseMinutes, 30);
    EXPECT_EQ(find<OptionalSpinBox>("exerciseSpinBox")->optionalValue(), 30);
}

TEST_F(DiaryPageTest, UndoRevertsAnEdit)
{
    DiaryPage& page = showDiary();
    find<OptionalSpinBox>("caffeineSpinBox")->setOptionalValue(1);
    ASSERT_TRUE(page.saveNow());
    m_undo->undo();
    EXPECT_FALSE(stored(today()).has_value());
    m_undo->redo();
    EXPECT_EQ(stored(today())->remedies.caffeineServings, 1);
}

TEST_F(DiaryPageTest, SavesOfADaySecondsApartAreOneUndoStepByTheClock)
{
    DiaryPage& page = showDiary();
    auto* caffeine = find<OptionalSpinBox>("caffeineSpinBox");
    caffeine->setOptionalValue(1);
    ASSERT_TRUE(page.saveNow());
    m_clock.setNow(m_clock.now().addSecs(5));
    caffeine->setOptionalValue(2);
    ASSERT_TRUE(page.saveNow());
    EXPECT_EQ(m_undo->stack()->count(), 1); // typing on: one step
    m_clock.setNow(m_clock.now().addSecs(60));
    caffeine->setOptionalValue(3);
    ASSERT_TRUE(page.saveNow());
    EXPECT_EQ(m_undo->stack()->count(), 2); // a minute later: a step of its own
    m_undo->undo();
    EXPECT_EQ(stored(today())->remedies.caffeineServings, 2);
}

TEST_F(DiaryPageTest, SameAsYesterdayCopiesBedTimesAndSupplements)
{
    DayEntry yesterday;
    yesterday.date = today().addDays(-1);
    yesterday.sleep.timeIntoBed = QTime(23, 0);
    yesterday.sleep.timeOutOfBed = QTime(7, 15);
    yesterday.supplements.push_back({0, SupplementForm::Citrate, 150, QTime(20, 0), Route::Oral});
    ASSERT_TRUE(m_diary->save(yesterday).ok());
    DiaryPage& page = showDiary();
    page.showDate(today().addDays(-1));
    page.showDate(today());
    find<QPushButton>("sleepSameAsYesterdayButton")->click();
    find<QPushButton>("supplementsSameAsYesterdayButton")->click();
    ASSERT_TRUE(page.saveNow());
    const auto day = stored(today());
    ASSERT_TRUE(day.has_value());
    EXPECT_EQ(day->sleep.timeIntoBed, QTime(23, 0));
    EXPECT_EQ(day->sleep.timeOutOfBed, QTime(7, 15));
    ASSERT_EQ(day->supplements.size(), 1u);
    EXPECT_EQ(day->supplements[0].form, SupplementForm::Citrate);
    EXPECT_EQ(day->supplements[0].elementalMg, 150);
}

TEST_F(DiaryPageTest, RepeatButtonsAddYesterdaysFoodsAndTheUsualDose)
{
    // Yesterday: a food and a citrate dose. The three days before: glycinate, the usual dose.
    DayEntry yesterday;
    yesterday.date = today().addDays(-1);
    yesterday.foods.push_back({0, QStringLiteral("slv"), QStringLiteral("1613"),
        QStringLiteral("Pumpkin seeds"), 30, 165});
    yesterday.supplements.push_back({0, SupplementForm::Citrate, 150, QTime(20, 0), Route::Oral});
    ASSERT_TRUE(m_diary->save(yesterday).ok());
    for (int back = 2; back <= 4; ++back) {
        DayEntry day;
        day.date = today().addDays(-back);
        day.supplements.push_back({0, SupplementForm::Glycinate, 200, QTime(21, 0), Route::Oral});
        ASSERT_TRUE(m_diary->save(day).ok());
    }
    DiaryPage& page = showDiary();
    auto* sameFoods = find<QPushButton>("foodsSameAsYesterdayButton");
    auto* sameDoses = find<QPushButton>("supplementsSameAsYesterdayButton");
    auto* usual = find<QPushButton>("usualSupplementButton");
    ASSERT_TRUE(usual->isVisible());
    EXPECT_EQ(usual->text(), QStringLiteral("My usual: Magnesium glycinate, 200\u00A0mg at 21:00"));
    EXPECT_TRUE(sameFoods->isEnabled());
    EXPECT_TRUE(sameDoses->isEnabled());
    EXPECT_TRUE(usual->isEnabled());

    // Each button adds what it names once; then the day holds it and the button rests.
    sameFoods->setFocus();
    QTest::keyClick(sameFoods, Qt::Key_Space);
    EXPECT_FALSE(sameFoods->isEnabled());
    // The focus is on the food added, not on the next button, where a Space would add a row.
    EXPECT_TRUE(qobject_cast<QDoubleSpinBox*>(QApplication::focusWidget()));
    sameDoses->click();
    EXPECT_FALSE(sameDoses->isEnabled());
    // A dose changed afterwards does not offer yesterday's again: added to it, they would
    // double the day's magnesium.
    auto* amount = qobject_cast<QDoubleSpinBox*>(QApplication::focusWidget());
    ASSERT_NE(amount, nullptr);
    QTest::keyClick(amount, Qt::Key_Up);
    EXPECT_EQ(amount->value(), 151);
    EXPECT_FALSE(sameDoses->isEnabled());
    QTest::keyClick(amount, Qt::Key_Down);
    EXPECT_TRUE(usual->isEnabled());
    usual->click();
    EXPECT_FALSE(usual->isEnabled());
    EXPECT_FALSE(sameDoses->isEnabled());
    ASSERT_TRUE(page.saveNow());
    const auto day = stored(today());
    ASSERT_TRUE(day.has_value());
    ASSERT_EQ(day->foods.size(), 1u);
    EXPECT_EQ(day->foods[0].name, QStringLiteral("Pumpkin seeds"));
    EXPECT_EQ(day->foods[0].magnesiumMg, 165);
    ASSERT_EQ(day->supplements.size(), 2u);
    EXPECT_EQ(day->supplements[0].form, SupplementForm::Citrate);
    EXPECT_EQ(day->supplements[0].elementalMg, 150);
    EXPECT_EQ(day->supplements[1].form, SupplementForm::Glycinate);
    EXPECT_EQ(day->supplements[1].timeTaken, QTime(21, 0));

    // With nothing logged before it, a day offers no repeats and no usual dose.
    page.showDate(today().addDays(-30));
    EXPECT_FALSE(sameFoods->isEnabled());
    EXPECT_FALSE(sameDoses->isEnabled());
    EXPECT_FALSE(usual->isVisible());
}

TEST_F(DiaryPageTest, ADayStillToComeSaysSo)
{
    DiaryPage& page = showDiary();
    auto* future = find<QLabel>("futureDayLabel");
    EXPECT_FALSE(future->isVisible());
    page.showDate(today().addDays(1));
    ASSERT_TRUE(future->isVisible());
    EXPECT_TRUE(future->text().contains(QStringLiteral("it is 1 day after today")))
        << future->text().toStdString();
    page.showDate(today().addDays(3));
    EXPECT_TRUE(future->text().contains(QStringLiteral("it is 3 days after today")));
    m_window->setLanguage(QStringLiteral("sv"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(future->text().contains(QStringLiteral("3 dagar fram i tiden")))
        << future->text().toStdString();
    page.showDate(today().addDays(-1));
    EXPECT_FALSE(future->isVisible());
}

TEST_F(DiaryPageTest, TheSleepSectionNamesTheNightThatEndedThatMorning)
{
    // A day holds the night that ended on its morning; the title says which night, with the
    // dates in the UI's language, and follows the day and the language.
    DiaryPage& page = showDiary();
    auto* section = find<QGroupBox>("sleepSection");
    ASSERT_NE(section, nullptr);
    EXPECT_EQ(section->title(), QStringLiteral("Night of Mon 23 → Tue 24 Nov")); // today
    page.showDate(QDate(2026, 12, 3));
    EXPECT_EQ(section->title(), QStringLiteral("Night of Wed 2 → Thu 3 Dec"));
    m_window->setLanguage(QStringLiteral("sv"));
    QCoreApplication::processEvents();
    EXPECT_EQ(section->title(), QStringLiteral("Natten ons 2 → tors 3 dec"));
    // The symptoms below name the day too: last evening's belong on the day before.
    EXPECT_EQ(
        find<QGroupBox>("symptomsSection")->title(), QStringLiteral("Restless legs, tors 3 dec"));
    page.showDate(QDate(2026, 12, 1));
    EXPECT_EQ(section->title(), QStringLiteral("Natten mån 30 nov → tis 1 dec"));
    EXPECT_EQ(find<QPushButton>("sleepSameAsYesterdayButton")->text(),
        QStringLiteral("Samma tider som natten innan"));
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(section->title(), QStringLiteral("Night of Mon 30 Nov → Tue 1 Dec"));
    page.showDate(QDate(2027, 1, 1));
    EXPECT_EQ(section->title(), QStringLiteral("Night of Thu 31 Dec 2026 → Fri 1 Jan 2027"));
    EXPECT_EQ(find<QPushButton>("sleepSameAsYesterdayButton")->text(),
        QStringLiteral("Same times as the night before"));
}

TEST_F(DiaryPageTest, AddingASupplementFromTheKeyboard)
{
    DiaryPage& page = showDiary();
    find<QPushButton>("addSupplementButton")->click();
    QWidget* focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    QTest::keyClicks(focused, QStringLiteral("200"));
    ASSERT_TRUE(page.saveNow());
    ASSERT_EQ(stored(today())->supplements.size(), 1u);
    EXPECT_EQ(stored(today())->supplements[0].elementalMg, 200);
    EXPECT_TRUE(
        find<QLabel>("magnesiumTotalsLabel")->text().contains(QStringLiteral("200\u00A0mg")));
}

TEST_F(DiaryPageTest, GuideLinkLandsOnSupplements)
{
    showDiary();
    m_window->openAppLink(QStringLiteral("diary#supplements"));
    EXPECT_EQ(m_window->currentPage(), MainWindow::PageId::Diary);
    EXPECT_EQ(QApplication::focusWidget(), find<QPushButton>("addSupplementButton"));
}

TEST_F(DiaryPageTest, FindingsFollowTheDayAsItIsTyped)
{
    showDiary();
    auto* panel = find<FindingsPanel>("findingsPanel");
    EXPECT_FALSE(panel->isVisibleTo(m_window.get()));
    find<QPushButton>("addSupplementButton")->click();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("300"));
    EXPECT_TRUE(panel->isVisibleTo(m_window.get()));
    const auto rules = [panel] {
        QStringList ids;
        for (const Finding& finding : panel->findings())
            ids << finding.rule;
        return ids;
    };
    EXPECT_TRUE(rules().contains(QStringLiteral("dose.supplement_above_reference")));
    EXPECT_TRUE(rules().contains(QStringLiteral("dose.single_dose_large")));
    EXPECT_FALSE(rules().contains(QStringLiteral("dose.supplement_above_article_range")));

    find<QCheckBox>("sideEffect_slowed_breathing")->setChecked(true);
    ASSERT_FALSE(panel->findings().empty());
    EXPECT_EQ(panel->findings().front().rule, QStringLiteral("side_effect.serious"));
    EXPECT_EQ(panel->findings().front().severity, Severity::Urgent);
}

TEST_F(DiaryPageTest, FindingLinkOpensTheGuideSection)
{
    showDiary();
    find<QCheckBox>("sideEffect_nausea")->setChecked(true);
    find<QPushButton>("addSupplementButton")->click();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("100"));
    auto* link = m_window->findChild<QPushButton*>(QStringLiteral("findingGuideButton"));
    ASSERT_NE(link, nullptr);
    link->click();
    EXPECT_EQ(m_window->currentPage(), MainWindow::PageId::Guide);
}

TEST_F(DiaryPageTest, AnImplausibleDoseAsksBeforeSaving)
{
    DiaryPage& page = showDiary();
    find<QPushButton>("addSupplementButton")->click();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2500"));
    MessageBox::resetQuestionsAsked();
    MessageBox::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(page.saveNow());
    EXPECT_EQ(MessageBox::questionsAsked(), 1);
    EXPECT_FALSE(stored(today()).has_value());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(page.saveNow());
    EXPECT_EQ(stored(today())->supplements.at(0).elementalMg, 2500);
    EXPECT_EQ(MessageBox::questionsAsked(), 2);
}

TEST_F(DiaryPageTest, TimesCanBePickedWithTheArrowKeys)
{
    DiaryPage& page = showDiary();
    auto* bed = find<TimeField>("intoBedField");
    bed->setFocus();
    QTest::keyClick(bed, Qt::Key_Up); // empty: the suggestion first
    EXPECT_EQ(bed->text(), QStringLiteral("22:30"));
    QTest::keyClick(bed, Qt::Key_Up);
    QTest::keyClick(bed, Qt::Key_Up);
    EXPECT_EQ(bed->text(), QStringLiteral("23:00"));
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(bed, Qt::Key_Up);
    EXPECT_EQ(bed->text(), QStringLiteral("00:15")); // across midnight
    QTest::keyClick(bed, Qt::Key_Down);
    ASSERT_TRUE(page.saveNow());
    EXPECT_EQ(stored(today())->sleep.timeIntoBed, QTime(0, 0));
}

} // namespace
} // namespace stilla

namespace stilla {
namespace {

class DiaryCalendarTest : public test::AppFixture
{
};

TEST_F(DiaryCalendarTest, TheCalendarIsMadeOnFirstPressAndMarksDaysWithEntries)
{
    DayEntry logged;
    logged.date = m_clock.today().addDays(-3);
    logged.symptoms.severity = 4;
    ASSERT_TRUE(m_diary->save(logged).ok());
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Diary);
    EXPECT_EQ(window.findChild<QCalendarWidget*>(), nullptr) << "not made with the page";

    auto* dateEdit = window.findChild<QDateEdit*>(QStringLiteral("dateEdit"));
    ASSERT_NE(dateEdit, nullptr);
    QTest::mousePress(dateEdit, Qt::LeftButton, {}, QPoint(2, 2));
    QTest::mouseRelease(dateEdit, Qt::LeftButton, {}, QPoint(2, 2));
    auto* calendar = window.findChild<QCalendarWidget*>();
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(calendar->dateTextFormat(logged.date).fontWeight(), QFont::Bold);
    EXPECT_NE(calendar->dateTextFormat(m_clock.today()).fontWeight(), QFont::Bold);

    // A day saved later is marked too.
    DayEntry later;
    later.date = m_clock.today().addDays(-1);
    later.symptoms.severity = 2;
    ASSERT_TRUE(m_diary->save(later).ok());
    EXPECT_EQ(calendar->dateTextFormat(later.date).fontWeight(), QFont::Bold);
}

} // namespace
} // namespace stilla
