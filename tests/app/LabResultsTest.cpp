// Lab results in the window: the diary page shows the newest and the iron notes, and the dialog
// keeps them, refusing values that cannot be right without changing anything.
#include "AppFixture.h"
#include "UserInput.h"
#include "app/gui/diary/FindingsPanel.h"
#include "app/gui/labs/LabResultsDialog.h"
#include "app/gui/pages/DiaryPage.h"
#include "app/gui/widgets/MessageBox.h"
#include "core/diary/DayEntry.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace stilla {
namespace {

class LabResultsTest : public test::AppFixture
{
protected:
    QStringList rulesShown() const
    {
        QStringList rules;
        auto* page = static_cast<DiaryPage*>(m_window->page(MainWindow::PageId::Diary));
        for (QWidget* child : page->findChildren<QWidget*>()) {
            if (auto* panel = qobject_cast<FindingsPanel*>(child)) {
                for (const Finding& finding : panel->findings())
                    rules << finding.rule;
            }
        }
        return rules;
    }
    /// Symptoms on @p count days up to today.
    void symptomDays(int count)
    {
        for (int i = 0; i < count; ++i) {
            DayEntry day;
            day.date = m_clock.today().addDays(-i);
            day.symptoms.severity = 4;
            ASSERT_TRUE(m_diary->save(day).ok());
        }
    }
    static void type(QLineEdit* field, const QString& text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
    }
};

TEST_F(LabResultsTest, FrequentSymptomsWithoutAFerritinAskForATestUntilOneIsSaved)
{
    symptomDays(7);
    showDiary();
    auto* summary = find<QLabel>("labSummaryLabel");
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("None yet.")))
        << summary->text().toStdString();
    EXPECT_TRUE(rulesShown().contains(QStringLiteral("iron.not_tested")));

    // The button opens the dialog; a person types a ferritin and a saturation and saves.
    bool answered = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        auto* dialog = qobject_cast<LabResultsDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("labDateEdit"));
        EXPECT_EQ(date->date(), m_clock.today()); // the day shown
        date->setDate(m_clock.today().addDays(-3));
        type(dialog->findChild<QLineEdit*>(QStringLiteral("labFerritinField")),
            QStringLiteral("41"));
        type(dialog->findChild<QLineEdit*>(QStringLiteral("labSaturationField")),
            QStringLiteral("18.5"));
        QTest::mouseClick(
            dialog->findChild<QPushButton*>(QStringLiteral("labSaveButton")), Qt::LeftButton);
        EXPECT_EQ(dialog->findChild<QTableWidget*>()->rowCount(), 1);
        answered = true;
        dialog->reject();
    });
    QTest::mouseClick(find<QPushButton>("labResultsButton"), Qt::LeftButton);
    ASSERT_TRUE(answered);

    const auto stored = m_diary->labs().result(m_clock.today().addDays(-3)).value();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->ferritin, 41);
    EXPECT_EQ(stored->transferrinSaturation, 18.5);
    EXPECT_FALSE(stored->haemoglobin.has_value());
    // The page follows at once: the newest result, and the iron notes it brings.
    EXPECT_TRUE(summary->text().contains(
        QStringLiteral("ferritin 41\u00A0µg/L, transferrin saturation 18.5\u00A0%")))
        << summary->text().toStdString();
    const QStringList rules = rulesShown();
    EXPECT_TRUE(rules.contains(QStringLiteral("iron.ferritin_low")));
    EXPECT_TRUE(rules.contains(QStringLiteral("iron.tsat_low")));
    EXPECT_FALSE(rules.contains(QStringLiteral("iron.not_tested")));
}

TEST_F(LabResultsTest, AnEgfrTypedByKeyboardBringsTheKidneyNoteToTheDay)
{
    showDiary();
    EXPECT_FALSE(rulesShown().contains(QStringLiteral("kidney.egfr_low")));
    bool answered = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        auto* dialog = qobject_cast<LabResultsDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        // Never left open by a failure below, which would leave the test waiting in exec().
        const auto closeAtEnd = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected);
        });
        // The window manager's part: the dialog shown becomes the active window.
        dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
        // Alt+G goes to the eGFR field by its label; Enter saves; Escape closes.
        QTest::keyClick(dialog, Qt::Key_G, Qt::AltModifier);
        auto* egfr = dialog->findChild<QLineEdit*>(QStringLiteral("labEgfrField"));
        ASSERT_EQ(QApplication::focusWidget(), egfr);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("42"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        EXPECT_EQ(dialog->findChild<QTableWidget*>()->rowCount(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        answered = !dialog->isVisible();
    });
    QTest::mouseClick(find<QPushButton>("labResultsButton"), Qt::LeftButton);
    ASSERT_TRUE(answered);

    EXPECT_EQ(m_diary->labs().result(m_clock.today()).value()->egfr, 42);
    EXPECT_TRUE(find<QLabel>("labSummaryLabel")
                    ->text()
                    .contains(QStringLiteral("eGFR 42\u00A0mL/min/1.73\u00A0m²")));
    EXPECT_TRUE(rulesShown().contains(QStringLiteral("kidney.egfr_low")));
}

TEST_F(LabResultsTest, AValueThatCannotBeRightIsNamedAndNothingIsSaved)
{
    LabResult kept;
    kept.date = QDate(2026, 11, 1);
    kept.haemoglobin = 131;
    ASSERT_TRUE(m_diary->labs().save(kept).ok());
    LabResultsDialog dialog(*m_diary, *m_undo, kept.date, m_clock.today());
    dialog.show();
    auto* haemoglobin = dialog.findChild<QLineEdit*>(QStringLiteral("labHaemoglobinField"));
    EXPECT_EQ(haemoglobin->text(), QStringLiteral("131")); // the date's result, ready to change
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("labMessageLabel"));

    type(haemoglobin, QStringLiteral("13.5"));
    EXPECT_FALSE(dialog.saveForm());
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("\u26a0 ")));
    EXPECT_TRUE(message->text().contains(QStringLiteral("g/dL"))) << message->text().toStdString();
    type(haemoglobin, QStringLiteral("lots"));
    type(dialog.findChild<QLineEdit*>(QStringLiteral("labFerritinField")), QStringLiteral("-5"));
    EXPECT_FALSE(dialog.saveForm());
    // Both at once: the one that is not a number, and the number that cannot be right.
    EXPECT_TRUE(message->text().contains(QStringLiteral("\"lots\" is not a number")));
    EXPECT_TRUE(message->text().contains(QStringLiteral("Ferritin -5\u00A0µg/L is not possible")))
        << message->text().toStdString();
    auto* ferritin = dialog.findChild<QLineEdit*>(QStringLiteral("labFerritinField"));
    ferritin->selectAll();
    QTest::keyClick(ferritin, Qt::Key_Backspace);
    EXPECT_EQ(m_diary->labs().result(kept.date).value(), kept);

    // Right, it saves; a decimal comma works as well as a point.
    type(haemoglobin, QStringLiteral("128"));
    type(dialog.findChild<QLineEdit*>(QStringLiteral("labMagnesiumField")), QStringLiteral("0,82"));
    ASSERT_TRUE(dialog.saveForm());
    EXPECT_EQ(m_diary->labs().result(kept.date).value()->serumMagnesium, 0.82);
    EXPECT_EQ(m_diary->labs().result(kept.date).value()->haemoglobin, 128);

    // Removing asks first; Cancel keeps it, Yes removes it.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(dialog.removeForm());
    EXPECT_TRUE(m_diary->labs().result(kept.date).value().has_value());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(dialog.removeForm());
    EXPECT_FALSE(m_diary->labs().result(kept.date).value().has_value());
    EXPECT_EQ(dialog.findChild<QTableWidget*>()->rowCount(), 0);

    // Both are steps of Edit ▸ Undo: the removal, then the change, are taken back; the refused
    // saves are no steps.
    EXPECT_EQ(m_undo->stack()->count(), 2);
    m_undo->undo();
    EXPECT_EQ(m_diary->labs().result(kept.date).value()->haemoglobin, 128);
    m_undo->undo();
    EXPECT_EQ(m_diary->labs().result(kept.date).value(), kept);
}

TEST_F(LabResultsTest, ASerumMagnesiumInMgPerDlIsAskedAboutBeforeItIsSaved)
{
    // 2.1 is a normal value in mg/dL and a dangerous one in mmol/L, Stilla's unit.
    showDiary();
    LabResultsDialog dialog(*m_diary, *m_undo, m_clock.today(), m_clock.today(), m_window.get());
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitFor([&dialog] { return QApplication::activeWindow() == &dialog; }));
    auto* magnesium = dialog.findChild<QLineEdit*>(QStringLiteral("labMagnesiumField"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("labMessageLabel"));
    MessageBox::takeMessages();
    type(magnesium, QStringLiteral("2.1"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(magnesium, Qt::Key_Return);
    const QStringList asked = MessageBox::takeMessages();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.front().contains(QStringLiteral("mg/dL, that is 0.86\u00A0mmol/L")))
        << asked.front().toStdString();
    EXPECT_FALSE(m_diary->labs().result(m_clock.today()).value().has_value());
    EXPECT_EQ(QApplication::focusWidget(), magnesium) << "back to the value, to correct it";
    EXPECT_EQ(magnesium->selectedText(), QStringLiteral("2.1"));
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("\u26a0 Not saved")))
        << message->text().toStdString();

    // Corrected, it saves without a question.
    QTest::keyClicks(magnesium, QStringLiteral("0.86"));
    QTest::keyClick(magnesium, Qt::Key_Return);
    EXPECT_TRUE(MessageBox::takeMessages().isEmpty());
    EXPECT_EQ(m_diary->labs().result(m_clock.today()).value()->serumMagnesium, 0.86);
    EXPECT_FALSE(rulesShown().contains(QLatin1String(SafetyRule::kSerumMagnesiumHigh)));

    // Kept as typed when the person says it is mmol/L: the day then warns.
    type(magnesium, QStringLiteral("2.1"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::keyClick(magnesium, Qt::Key_Return);
    EXPECT_EQ(m_diary->labs().result(m_clock.today()).value()->serumMagnesium, 2.1);
    EXPECT_TRUE(rulesShown().contains(QLatin1String(SafetyRule::kSerumMagnesiumHigh)));
}

TEST_F(LabResultsTest, ValuesTypedStayWhenTheDateChangesAndClosingAsksAboutThem)
{
    const QDate today = m_clock.today();
    LabResultsDialog dialog(*m_diary, *m_undo, today, today);
    dialog.show();
    auto* ferritin = dialog.findChild<QLineEdit*>(QStringLiteral("labFerritinField"));
    auto* date = dialog.findChild<QDateEdit*>(QStringLiteral("labDateEdit"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("labMessageLabel"));

    // Typed first, dated after: the value stays and is saved for the date chosen.
    type(ferritin, QStringLiteral("41"));
    date->setDate(today.addDays(-12));
    EXPECT_EQ(ferritin->text(), QStringLiteral("41"));
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("not saved yet")))
        << message->text().toStdString();
    ASSERT_TRUE(dialog.saveForm());
    EXPECT_EQ(m_diary->labs().result(today.addDays(-12)).value()->ferritin, 41);

    // A date after today can be typed on the way, but is not saved.
    date->setDate(today.addDays(3));
    type(ferritin, QStringLiteral("50"));
    EXPECT_FALSE(dialog.saveForm());
    EXPECT_TRUE(message->text().contains(QStringLiteral("after today")))
        << message->text().toStdString();
    EXPECT_FALSE(m_diary->labs().result(today.addDays(3)).value().has_value());

    // Closing with values not saved asks: Cancel stays, Save saves and closes.
    date->setDate(today);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog.reject();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(ferritin->text(), QStringLiteral("50"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    dialog.reject();
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(m_diary->labs().result(today).value()->ferritin, 50);
}

TEST_F(LabResultsTest, TabGoesFromTheDateThroughTheValuesToSave)
{
    // The buttons were made before the fields: Tab went from the date to Save and Close, and
    // only then to the values.
    LabResultsDialog dialog(*m_diary, *m_undo, m_clock.today(), m_clock.today());
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    const QStringList visited = test::tabDownTheWindow(
        dialog, dialog.findChild<QWidget*>(QStringLiteral("labResultsTable")));
    const QStringList expected {QStringLiteral("labResultsTable"), QStringLiteral("labDateEdit"),
        QStringLiteral("labFerritinField"), QStringLiteral("labSaturationField"),
        QStringLiteral("labHaemoglobinField"), QStringLiteral("labMagnesiumField"),
        QStringLiteral("labEgfrField"), QStringLiteral("labSaveButton")};
    EXPECT_EQ(visited.mid(0, expected.size()), expected) << visited.join(u' ').toStdString();
    EXPECT_EQ(visited.size(), expected.size() + 1) << "and Close last";
}

TEST_F(LabResultsTest, TheDialogSpeaksSwedish)
{
    ASSERT_TRUE(m_translators.setLanguage(QStringLiteral("sv")));
    LabResultsDialog dialog(*m_diary, *m_undo, m_clock.today(), m_clock.today());
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Provsvar"));
    EXPECT_EQ(dialog.findChild<QPushButton*>(QStringLiteral("labSaveButton"))->text(),
        QStringLiteral("&Spara provsvar"));
    type(dialog.findChild<QLineEdit*>(QStringLiteral("labSaturationField")), QStringLiteral("120"));
    EXPECT_FALSE(dialog.saveForm());
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("labMessageLabel"))
                    ->text()
                    .contains(QStringLiteral("Transferrinmättnad 120\u00A0%")));
}

} // namespace
} // namespace stilla
