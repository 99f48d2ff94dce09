// The rows of the diary's Magnesium section, which come and go with the day (its foods and its
// supplement doses), share one message line under each list. A problem in one row marks that
// row and takes the keyboard to it, as a problem beside a fixed field does.
#include "AppFixture.h"
#include "app/gui/pages/DiaryPage.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/TimeField.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>

namespace stilla {
namespace {

class MagnesiumRowsTest : public test::AppFixture
{
protected:
    /// The section's amount field that a screen reader calls @p name.
    QDoubleSpinBox* amount(const QString& name) const
    {
        for (auto* field : m_window->findChildren<QDoubleSpinBox*>()) {
            if (field->accessibleName() == name && field->isVisibleTo(m_window.get()))
                return field;
        }
        ADD_FAILURE() << "no field " << name.toStdString();
        return nullptr;
    }
    /// Types @p text over what @p field holds, as a person does.
    static void typeOver(QWidget* field, const QString& text)
    {
        field->setFocus(Qt::TabFocusReason);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
    }
    /// Goes to the day before with Alt+Left and stays, as a person does who is told the day
    /// cannot be saved.
    void tryToLeaveAndStay()
    {
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    }
    /// The visible labels whose text holds @p text.
    QStringList labelsWith(const QString& text) const
    {
        QStringList found;
        for (QLabel* label : m_window->findChildren<QLabel*>()) {
            if (label->isVisibleTo(m_window.get()) && label->text().contains(text))
                found << label->text();
        }
        return found;
    }
};

TEST_F(MagnesiumRowsTest, TheStatusBarsMagnesiumFollowsADoseAsItIsTyped)
{
    DiaryPage& page = showDiary();
    m_window->resize(1366, 768);
    auto* status = find<QLabel>("intakeStatusLabel");
    ASSERT_TRUE(status->text().contains(QStringLiteral(": 0 of 300")))
        << status->text().toStdString();
    find<QPushButton>("addSupplementButton")->click();
    QCoreApplication::processEvents();
    auto* dose = qobject_cast<QDoubleSpinBox*>(QApplication::focusWidget());
    ASSERT_NE(dose, nullptr);
    // A dose time that is not a time keeps the day from being saved, so what the bar shows
    // can only come from the day as typed (it said "0 of 300" beside the page's 200 mg until
    // the day was saved).
    TimeField* time = nullptr;
    for (TimeField* field : m_window->findChildren<TimeField*>()) {
        if (field->accessibleName() == QLatin1String("Time taken"))
            time = field;
    }
    ASSERT_NE(time, nullptr);
    typeOver(time, QStringLiteral("25:99"));
    typeOver(dose, QStringLiteral("200"));
    EXPECT_FALSE(page.saveNow());
    ASSERT_EQ(m_diary->day(m_clock.today()).value(), std::nullopt);
    EXPECT_TRUE(status->text().contains(QStringLiteral(": 200 of 300")))
        << status->text().toStdString();
}

TEST_F(MagnesiumRowsTest, AFoodWithoutAnAmountIsMarkedAndTheKeyboardIsTakenToIt)
{
    DiaryPage& page = showDiary();
    page.addFood(
        {0, QStringLiteral("slv"), QStringLiteral("1"), QStringLiteral("Carrots, raw"), 100, 12});
    page.addFood({0, QStringLiteral("slv"), QStringLiteral("2"), QStringLiteral("Oats"), 80, 100});
    QCoreApplication::processEvents(); // a row added to a shown window shows a moment later
    QDoubleSpinBox* oats = amount(QStringLiteral("Grams of Oats"));
    ASSERT_NE(oats, nullptr);
    typeOver(oats, QStringLiteral("0"));
    oats->interpretText();
    EXPECT_FALSE(page.saveNow());

    // The food's name is marked as a field's label is, and only that food's.
    EXPECT_EQ(labelsWith(QStringLiteral("Oats")).filter(QStringLiteral("\u26a0 Oats")).size(), 1)
        << labelsWith(QStringLiteral("Oats")).join(u'|').toStdString();
    EXPECT_TRUE(labelsWith(QStringLiteral("\u26a0 Carrots")).isEmpty());
    EXPECT_TRUE(oats->accessibleDescription().contains(QStringLiteral("\u201COats\u201D")))
        << oats->accessibleDescription().toStdString();
    EXPECT_TRUE(amount(QStringLiteral("Grams of Carrots, raw"))->accessibleDescription().isEmpty());

    // Staying to correct it: the keyboard goes to the food's amount, not the message below.
    QWidget* elsewhere = find<QPushButton>("addFoodButton");
    elsewhere->setFocus();
    tryToLeaveAndStay();
    EXPECT_EQ(QApplication::focusWidget(), oats);
    EXPECT_EQ(page.currentDate(), m_clock.today());

    // Corrected, the mark goes.
    typeOver(oats, QStringLiteral("60"));
    oats->interpretText();
    EXPECT_TRUE(page.saveNow());
    EXPECT_TRUE(labelsWith(QStringLiteral("\u26a0 Oats")).isEmpty());
    EXPECT_TRUE(oats->accessibleDescription().isEmpty());
}

TEST_F(MagnesiumRowsTest, ADoseWithATimeButNoAmountTakesTheKeyboardToItsOwnRow)
{
    DiaryPage& page = showDiary();
    // The first row is left empty (no part of the day); the second is given a time only.
    auto* add = find<QPushButton>("addSupplementButton");
    add->click();
    add->click();
    QCoreApplication::processEvents(); // a row added to a shown window shows a moment later
    const auto times = m_window->findChildren<TimeField*>();
    std::vector<TimeField*> doseTimes;
    for (TimeField* time : times) {
        if (time->accessibleName() == QLatin1String("Time taken"))
            doseTimes.push_back(time);
    }
    ASSERT_EQ(doseTimes.size(), 2u);
    doseTimes[1]->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(doseTimes[1], QStringLiteral("2100"));
    EXPECT_FALSE(page.saveNow());

    // The amount of the row with the time, the second: the day's first dose.
    std::vector<QDoubleSpinBox*> amounts;
    for (auto* field : m_window->findChildren<QDoubleSpinBox*>()) {
        if (field->accessibleName() == QLatin1String("Elemental magnesium in mg, as on the label"))
            amounts.push_back(field);
    }
    ASSERT_EQ(amounts.size(), 2u);
    EXPECT_TRUE(amounts[0]->accessibleDescription().isEmpty());
    EXPECT_FALSE(amounts[1]->accessibleDescription().isEmpty());
    find<QPushButton>("addFoodButton")->setFocus();
    tryToLeaveAndStay();
    EXPECT_EQ(QApplication::focusWidget(), amounts[1]);

    // A time that is not a time is named on the row it is in, too.
    typeOver(amounts[1], QStringLiteral("200"));
    typeOver(doseTimes[1], QStringLiteral("25:99"));
    EXPECT_FALSE(page.saveNow());
    find<QPushButton>("addFoodButton")->setFocus();
    tryToLeaveAndStay();
    EXPECT_EQ(QApplication::focusWidget(), doseTimes[1]);
    EXPECT_TRUE(doseTimes[1]->accessibleDescription().contains(QStringLiteral("25:99")));
}

} // namespace
} // namespace stilla
