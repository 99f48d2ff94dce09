// What a person sees and does that the form's logic does not show: problem texts that can be
// read in every appearance, fields marked by more than colour, and a mouse wheel that scrolls
// the diary instead of changing the value under the pointer.
#include "AppFixture.h"
#include "UserInput.h"
#include "app/gui/Theme.h"
#include "app/gui/diary/DayForm.h"
#include "app/gui/pages/DiaryPage.h"
#include "app/gui/settings/ProfileEditor.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/OptionalSpinBox.h"
#include "app/gui/widgets/TimeField.h"
#include "core/safety/ProfileStore.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QUndoStack>

namespace stilla {
namespace {

// ---- contrast -------------------------------------------------------------------------------

TEST(ContrastTest, MatchesTheWcagFormula)
{
    // Reference values: the WCAG 2.2 definition, as computed by the WebAIM contrast checker.
    EXPECT_NEAR(Theme::contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(Theme::contrastRatio(Qt::white, Qt::white), 1.0, 1e-9);
    EXPECT_NEAR(Theme::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.005);
    EXPECT_NEAR(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.005);
    EXPECT_NEAR(Theme::contrastRatio(Qt::white, QColor(0x00, 0x00, 0xff)), 8.59, 0.005);
    EXPECT_DOUBLE_EQ(
        Theme::contrastRatio(Qt::red, Qt::black), Theme::contrastRatio(Qt::black, Qt::red));
}

TEST(ContrastTest, ProblemColourReadsOnLightMidAndDarkPalettes)
{
    for (const QColor& window :
        {QColor(Qt::white), QColor(0xef, 0xef, 0xef), QColor(0xd4, 0xd0, 0xc8),
            QColor(0x1e, 0x22, 0x25), QColor(0x31, 0x36, 0x3b), QColor(Qt::black)}) {
        SCOPED_TRACE(window.name().toStdString());
        QPalette palette(window);
        palette.setColor(QPalette::Base, window);
        const QColor problem = Theme::problemColor(palette);
        EXPECT_GE(Theme::contrastRatio(problem, window), Theme::kMinimumTextContrast);
    }
}

// ---- problems shown in the window -----------------------------------------------------------

class EverydayInputTest : public test::AppFixture
{
protected:
    /// Every visible label that shows a problem: the field messages, the save state, the
    /// marked field labels and the status bar's diary state.
    QList<QLabel*> problemLabels() const
    {
        QList<QLabel*> found;
        for (QLabel* label : m_window->findChildren<QLabel*>()) {
            if (!label->isVisibleTo(m_window.get()) || label->text().isEmpty())
                continue;
            if (label->foregroundRole() == QPalette::BrightText)
                found << label;
        }
        return found;
    }
};

TEST_F(EverydayInputTest, ProblemsAreReadableAndMarkedWithoutColourInEveryAppearance)
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    DiaryPage& page = showDiary();
    auto* outOfBed = find<TimeField>("outOfBedField");
    outOfBed->setFocus();
    QTest::keyClicks(outOfBed, QStringLiteral("25:61"));
    EXPECT_FALSE(page.saveNow());

    for (Appearance appearance :
        {Appearance::System, Appearance::Light, Appearance::Dark, Appearance::HighContrast}) {
        SCOPED_TRACE(Theme::toString(appearance).toStdString());
        Theme::apply(*app, appearance);
        QCoreApplication::processEvents();

        const QList<QLabel*> labels = problemLabels();
        bool sawMessage = false;
        bool sawStatus = false;
        bool sawMarkedField = false;
        for (QLabel* label : labels) {
            SCOPED_TRACE(label->text().toStdString());
            const QColor text = label->palette().color(label->foregroundRole());
            const QColor background = Theme::backgroundBehind(label);
            EXPECT_GE(Theme::contrastRatio(text, background), Theme::kMinimumTextContrast)
                << text.name().toStdString() << " on " << background.name().toStdString();
            if (label->objectName() == QLatin1String("fieldMessageLabel")) {
                sawMessage = sawMessage || label->text().contains(QStringLiteral("25:61"));
                EXPECT_TRUE(label->text().startsWith(QStringLiteral("\u26a0 ")));
            }
            sawStatus = sawStatus || label->objectName() == QLatin1String("saveStatusLabel");
            if (label->buddy() == outOfBed) {
                sawMarkedField = true;
                EXPECT_TRUE(label->text().startsWith(QStringLiteral("\u26a0 ")));
            }
        }
        EXPECT_TRUE(sawMessage);
        EXPECT_TRUE(sawStatus);
        EXPECT_TRUE(sawMarkedField) << "the field with the problem is not marked";
        EXPECT_FALSE(outOfBed->accessibleDescription().isEmpty());
    }

    // Corrected: the mark goes, and it survives no language switch.
    outOfBed->selectAll();
    QTest::keyClicks(outOfBed, QStringLiteral("06:40"));
    EXPECT_TRUE(page.saveNow());
    for (QLabel* label : m_window->findChildren<QLabel*>()) {
        if (label->buddy() == outOfBed) {
            EXPECT_FALSE(label->text().startsWith(QStringLiteral("\u26a0")));
        }
    }
}

TEST_F(EverydayInputTest, AMarkedFieldStaysMarkedAfterALanguageSwitch)
{
    showDiary();
    auto* outOfBed = find<TimeField>("outOfBedField");
    outOfBed->setFocus();
    QTest::keyClicks(outOfBed, QStringLiteral("25:61"));
    static_cast<DiaryPage*>(m_window->page(MainWindow::PageId::Diary))->saveNow();
    ASSERT_TRUE(m_translators.setLanguage(QStringLiteral("sv")));
    QCoreApplication::processEvents();
    bool marked = false;
    for (QLabel* label : m_window->findChildren<QLabel*>())
        if (label->buddy() == outOfBed)
            marked = label->text().startsWith(QStringLiteral("\u26a0 "))
                && label->text() != QStringLiteral("\u26a0 Out of &bed");
    EXPECT_TRUE(marked);
}

TEST_F(EverydayInputTest, StayingToCorrectTakesThePersonToTheMarkedField)
{
    DiaryPage& page = showDiary();
    m_window->resize(800, 600);
    auto* outOfBed = find<TimeField>("outOfBedField");
    outOfBed->setFocus();
    QTest::keyClicks(outOfBed, QStringLiteral("25:61"));
    auto* notes = find<QPlainTextEdit>("notesEdit");
    notes->setFocus(); // the form scrolls down to the notes, the marked field out of sight
    auto* form = m_window->findChild<QScrollArea*>(QStringLiteral("dayForm"));
    ASSERT_NE(form, nullptr);
    auto inView = [&](QWidget* widget) {
        const QRect shown(widget->mapTo(form->viewport(), QPoint(0, 0)), widget->size());
        return form->viewport()->rect().contains(shown);
    };
    ASSERT_FALSE(inView(outOfBed));

    MessageBox::setNextAnswer(QMessageBox::Cancel); // "stay and correct the marked fields"
    EXPECT_FALSE(page.showDate(m_clock.today().addDays(-1)));
    EXPECT_EQ(page.currentDate(), m_clock.today());
    EXPECT_EQ(QApplication::focusWidget(), outOfBed);
    EXPECT_TRUE(inView(outOfBed));
    EXPECT_EQ(outOfBed->text(), QStringLiteral("25:61")); // what was typed is still there
}

// ---- the mouse wheel ------------------------------------------------------------------------

TEST_F(EverydayInputTest, TheWheelScrollsTheDiaryAndChangesNoValueThatIsNotFocused)
{
    m_window.reset();
    DiaryPage& page = showDiary();
    m_window->resize(800, 600);
    find<QPushButton>("addSupplementButton")->click();
    auto* dose = page.findChild<QDoubleSpinBox*>();
    ASSERT_NE(dose, nullptr);
    dose->setValue(200);
    auto* severity = find<OptionalSpinBox>("severitySpinBox");
    severity->setOptionalValue(5);
    find<QPushButton>("addSupplementButton")->setFocus(); // the focus away from every value
    ASSERT_TRUE(page.saveNow());
    const DayEntry before = m_diary->day(m_clock.today()).value().value();

    // Over every value the diary shows, as a person scrolling down the page would.
    auto* form = page.findChild<DayForm*>();
    ASSERT_NE(form, nullptr);
    QList<QWidget*> values;
    for (QWidget* widget : page.findChildren<QWidget*>())
        if ((qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget))
            && widget->isVisibleTo(m_window.get()))
            values << widget;
    ASSERT_GE(values.size(), 8);
    QList<QVariant> shown;
    for (QWidget* widget : values)
        shown << widget->property(qobject_cast<QComboBox*>(widget) ? "currentIndex" : "value");
    const int top = form->verticalScrollBar()->value();
    for (QWidget* widget : values) {
        form->ensureWidgetVisible(widget);
        test::wheelOver(widget, -1);
        test::wheelOver(widget, 1);
        test::wheelOver(widget, -1);
    }
    for (int i = 0; i < values.size(); ++i) {
        SCOPED_TRACE(values[i]->objectName().toStdString());
        const char* property = qobject_cast<QComboBox*>(values[i]) ? "currentIndex" : "value";
        EXPECT_EQ(values[i]->property(property).toString().toStdString(),
            shown[i].toString().toStdString());
        EXPECT_FALSE(values[i]->hasFocus());
    }
    EXPECT_FALSE(page.hasUnsavedChanges());
    ASSERT_TRUE(page.saveNow());
    EXPECT_EQ(m_diary->day(m_clock.today()).value().value(), before);

    // The wheel scrolled the page instead.
    form->verticalScrollBar()->setValue(top);
    test::wheelOver(severity, -3);
    EXPECT_GT(form->verticalScrollBar()->value(), top);

    // A field the program put the cursor in (a new dose row) does not step with the wheel;
    // once the person types or clicks in it, or tabs into it, it does.
    severity->setFocus(Qt::OtherFocusReason);
    test::wheelOver(severity, 1);
    EXPECT_EQ(severity->optionalValue(), 5);
    QTest::keyClick(severity, Qt::Key_Up);
    EXPECT_EQ(severity->optionalValue(), 6);
    test::wheelOver(severity, 1);
    EXPECT_EQ(severity->optionalValue(), 7);
    find<QPushButton>("addSupplementButton")->setFocus(Qt::TabFocusReason);
    severity->setFocus(Qt::BacktabFocusReason);
    test::wheelOver(severity, -1);
    EXPECT_EQ(severity->optionalValue(), 6);
}

// ---- undo and a restored diary --------------------------------------------------------------

TEST_F(EverydayInputTest, UndoAfterARestoreWritesNothingFromTheDiaryBefore)
{
    const QDate day = m_clock.today();
    auto withSeverity = [&day](int severity) {
        DayEntry entry;
        entry.date = day;
        entry.symptoms.severity = severity;
        return entry;
    };
    ASSERT_TRUE(m_diary->save(withSeverity(8)).ok());
    const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(m_diary->backupTo(backup).ok());
    ASSERT_TRUE(m_diary->save(withSeverity(2)).ok());

    DiaryPage& page = showDiary();
    auto* severity = find<OptionalSpinBox>("severitySpinBox");
    ASSERT_EQ(severity->optionalValue(), 2);
    severity->setFocus();
    severity->selectAll();
    QTest::keyClicks(severity, QStringLiteral("5"));
    ASSERT_TRUE(page.saveNow());
    ASSERT_TRUE(m_undo->stack()->canUndo());

    ASSERT_TRUE(m_diary->restoreFrom(backup, m_clock.now()).ok());
    EXPECT_FALSE(m_undo->stack()->canUndo());
    EXPECT_EQ(severity->optionalValue(), 8);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_diary->day(day).value()->symptoms.severity, 8);
    EXPECT_EQ(severity->optionalValue(), 8);
}

// ---- first start and an empty supplement row -------------------------------------------------

TEST_F(EverydayInputTest, YesToTheProfileLeadsThroughItAndOnToTheDiary)
{
    MainWindow& window = showWindow();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.showFirstRunNotice();
    ASSERT_EQ(window.currentPage(), MainWindow::PageId::Settings);
    auto* done = find<QPushButton>("profileDoneButton");
    ASSERT_NE(done, nullptr);
    EXPECT_TRUE(done->isVisible());
    // The focus is in the profile, ready for its first answer.
    QWidget* focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    auto* profile = m_window->findChild<QWidget*>(QStringLiteral("profileEditor"));
    ASSERT_NE(profile, nullptr);
    EXPECT_TRUE(profile->isAncestorOf(focused)) << focused->objectName().toStdString();
    QTest::mouseClick(done, Qt::LeftButton);
    EXPECT_EQ(window.currentPage(), MainWindow::PageId::Diary);
    EXPECT_EQ(static_cast<DiaryPage*>(window.page(MainWindow::PageId::Diary))->currentDate(),
        m_clock.today());
}

TEST_F(EverydayInputTest, AnEmptySupplementRowSaysNothingUntilSomethingIsTyped)
{
    Profile profile;
    profile.conditions = unsigned(Condition::KidneyDisease);
    ProfileStore(*m_settings).save(profile);
    DiaryPage& page = showDiary();
    auto* panel = m_window->findChild<QWidget*>(QStringLiteral("findingsPanel"));
    ASSERT_NE(panel, nullptr);
    QTest::mouseClick(find<QPushButton>("addSupplementButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    for (QLabel* label : m_window->findChildren<QLabel*>(QStringLiteral("fieldMessageLabel")))
        EXPECT_FALSE(label->isVisibleTo(m_window.get())) << label->text().toStdString();
    EXPECT_FALSE(panel->isVisibleTo(m_window.get())) << "a safety note for an empty row";
    EXPECT_TRUE(page.saveNow());
    EXPECT_FALSE(m_diary->day(m_clock.today()).value().has_value());

    // Typed into: now it is part of the day, checked and noted.
    auto* dose = page.findChild<QDoubleSpinBox*>();
    ASSERT_NE(dose, nullptr);
    dose->setFocus();
    QTest::keyClicks(dose, QStringLiteral("150"));
    dose->interpretText();
    ASSERT_TRUE(page.saveNow());
    ASSERT_TRUE(m_diary->day(m_clock.today()).value().has_value());
    EXPECT_EQ(m_diary->day(m_clock.today()).value()->supplements.size(), 1u);
    EXPECT_TRUE(panel->isVisibleTo(m_window.get()));
}

TEST_F(EverydayInputTest, AMedicinesTimeIsCheckedAgainstTheMagnesiumTimeAsItIsTyped)
{
    DiaryPage& page = showDiary();
    auto* panel = m_window->findChild<QWidget*>(QStringLiteral("findingsPanel"));
    ASSERT_NE(panel, nullptr);
    const auto panelText = [panel] {
        QStringList texts;
        for (QLabel* label : panel->findChildren<QLabel*>()) {
            if (label->isVisibleTo(panel))
                texts << label->text();
        }
        return texts.join(QLatin1Char('\n'));
    };
    // 150 mg of magnesium at 08:00 ...
    QTest::mouseClick(find<QPushButton>("addSupplementButton"), Qt::LeftButton);
    auto* magnesium = find<QWidget>("magnesiumSection");
    auto* dose = magnesium->findChild<QDoubleSpinBox*>();
    ASSERT_NE(dose, nullptr);
    dose->setFocus();
    QTest::keyClicks(dose, QStringLiteral("150"));
    dose->interpretText();
    auto* doseTime = magnesium->findChild<TimeField*>();
    ASSERT_NE(doseTime, nullptr);
    doseTime->setFocus();
    QTest::keyClicks(doseTime, QStringLiteral("08:00"));
    // ... and an iron tablet at 09:00, typed into a new medicine row.
    QTest::mouseClick(find<QPushButton>("addMedicationButton"), Qt::LeftButton);
    auto* health = find<QWidget>("healthSection");
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Duroferon"));
    auto* kind = health->findChild<QComboBox*>();
    ASSERT_NE(kind, nullptr);
    kind->setFocus();
    QTest::keyClicks(kind, QStringLiteral("Iron"));
    EXPECT_EQ(kind->currentText(), QStringLiteral("Iron tablets or drops"));
    auto* medicineTime = health->findChild<TimeField*>();
    ASSERT_NE(medicineTime, nullptr);
    medicineTime->setFocus();
    QTest::keyClicks(medicineTime, QStringLiteral("09:00"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(
        panelText().contains(QStringLiteral("1\u00A0h between magnesium and iron: keep 2 hours "
                                            "apart")))
        << panelText().toStdString();

    // Moved to 10:00: the advice is kept, and said calmly.
    medicineTime->selectAll();
    QTest::keyClicks(medicineTime, QStringLiteral("10:00"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(
        panelText().contains(QStringLiteral("2\u00A0h between magnesium and iron, as advised")))
        << panelText().toStdString();
    ASSERT_TRUE(page.saveNow());
    const DayEntry saved = m_diary->day(m_clock.today()).value().value();
    ASSERT_EQ(saved.medications.size(), 1u);
    EXPECT_EQ(saved.medications[0].name, QStringLiteral("Duroferon"));
    EXPECT_EQ(saved.medications[0].medicationClass, MedicationClass::OralIron);
    EXPECT_EQ(saved.medications[0].timeTaken, QTime(10, 0));

    // A time that is not one is named, and the day keeps the last good one.
    medicineTime->selectAll();
    QTest::keyClicks(medicineTime, QStringLiteral("ten"));
    QCoreApplication::processEvents();
    bool named = false;
    for (QLabel* label : health->findChildren<QLabel*>()) {
        named = named
            || (label->isVisibleTo(health)
                && label->text().contains(QStringLiteral("\"ten\" is not a time")));
    }
    EXPECT_TRUE(named);
}

// ---- narrow windows ---------------------------------------------------------------------------

TEST_F(EverydayInputTest, EveryPageFitsAnEightHundredBySixHundredWindowInBothLanguages)
{
    // The window never asks for more than 800×600, whatever page and language it shows (the
    // stacked pages ask for the largest minimum of the pages built so far).
    MainWindow& window = showWindow();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv")}) {
        window.setLanguage(language);
        for (int page = 0; page < MainWindow::kPageCount; ++page) {
            window.showPage(MainWindow::PageId(page));
            window.resize(800, 600);
            QCoreApplication::processEvents();
            SCOPED_TRACE(
                QStringLiteral("%1, %2").arg(language, window.windowTitle()).toStdString());
            EXPECT_LE(window.minimumSizeHint().width(), 800);
            EXPECT_LE(window.minimumSizeHint().height(), 600);
            EXPECT_EQ(window.size(), QSize(800, 600));
        }
    }
}

TEST_F(EverydayInputTest, TheSettingsFitANarrowWindowInBothLanguages)
{
    // Nothing on the Settings page needs a horizontal scroll bar, and the check boxes of the
    // profile flow into fewer columns without overlapping or leaving the group they are in.
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Settings);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv")}) {
        window.setLanguage(language);
        for (const QSize size : {QSize(1366, 768), QSize(800, 600)}) {
            SCOPED_TRACE(QStringLiteral("%1 %2x%3")
                             .arg(language)
                             .arg(size.width())
                             .arg(size.height())
                             .toStdString());
            window.resize(size);
            QCoreApplication::processEvents();
            auto* scroll = find<QScrollArea>("settingsScrollArea");
            EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());
            auto* editor = find<QWidget>("profileEditor");
            QList<QRect> taken;
            int boxes = 0;
            for (QWidget* item : editor->findChildren<QWidget*>()) {
                auto* box = qobject_cast<QCheckBox*>(item);
                if (!item->isVisibleTo(editor)
                    || !(box || qobject_cast<QComboBox*>(item)
                        || qobject_cast<QAbstractSpinBox*>(item) || qobject_cast<QLabel*>(item)))
                    continue;
                const QRect where(item->mapTo(editor, QPoint(0, 0)), item->size());
                const std::string name = (box ? box->text() : item->objectName()).toStdString();
                EXPECT_TRUE(editor->rect().contains(where)) << name;
                for (const QRect& other : taken)
                    EXPECT_FALSE(other.intersects(where)) << name;
                taken << where;
                if (box) {
                    EXPECT_GE(box->width(), box->sizeHint().width()) << name;
                    ++boxes;
                }
            }
            EXPECT_GE(boxes, 10);
        }
    }
}

TEST_F(EverydayInputTest, AChildsAgeGroupIsChosenByKeyAndAnOldChildProfileKeepsItsChoice)
{
    // A profile saved before the age bands says only "child": the editor shows that choice
    // for it, and a new profile is not offered it.
    Profile old;
    old.ageGroup = AgeGroup::Child;
    ProfileStore(*m_settings).save(old);
    MainWindow& window = showWindow();
    window.showPage(MainWindow::PageId::Settings);
    auto* age = find<QComboBox>("ageGroupComboBox");
    EXPECT_EQ(age->currentData().toString(), QStringLiteral("child"));
    EXPECT_EQ(age->currentText(), QStringLiteral("Child under 13, age not given"));

    // Choosing by keyboard: the age band 9-12 years is one step up from "child".
    age->setFocus();
    QTest::keyClick(age, Qt::Key_Up);
    EXPECT_EQ(age->currentData().toString(), QStringLiteral("child_9_12"));
    EXPECT_EQ(ProfileStore(*m_settings).load().ageGroup, AgeGroup::Child9To12);
    auto* gabapentin = find<QCheckBox>("medication_gabapentinoid");
    gabapentin->setFocus();
    QTest::keyClick(gabapentin, Qt::Key_Space);
    EXPECT_TRUE(ProfileStore(*m_settings).load().takes(MedicationClass::Gabapentinoid));

    // A profile that never had "child" has no such choice.
    ProfileStore(*m_settings).save(Profile {});
    ProfileEditor fresh(*m_settings, m_diary.get(), m_clock);
    auto* freshAge = fresh.findChild<QComboBox*>(QStringLiteral("ageGroupComboBox"));
    ASSERT_NE(freshAge, nullptr);
    EXPECT_EQ(freshAge->findData(QStringLiteral("child")), -1);
    EXPECT_GE(freshAge->findData(QStringLiteral("child_1_3")), 0);
}

} // namespace
} // namespace stilla
