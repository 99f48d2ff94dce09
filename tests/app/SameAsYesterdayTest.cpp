// Repeating yesterday's medications onto today, as a person on regular medicines does each
// evening.
#include "AppFixture.h"
#include "app/gui/pages/DiaryPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>

namespace stilla {
namespace {

class SameAsYesterdayTest : public test::AppFixture
{
protected:
    QDate today() const { return m_clock.today(); }
    std::optional<DayEntry> stored(const QDate& date)
    {
        auto day = m_diary->day(date);
        EXPECT_TRUE(day.ok());
        return day.ok() ? day.value() : std::nullopt;
    }
};

TEST_F(SameAsYesterdayTest, YesterdaysMedicationsAreAddedOnceToADayWithoutAny)
{
    DayEntry yesterday;
    yesterday.date = today().addDays(-1);
    yesterday.medications.push_back(
        {0, QStringLiteral("Pramipexol 0,18 mg"), MedicationClass::DopamineAgonist, QTime(20, 0)});
    yesterday.medications.push_back(
        {0, QStringLiteral("Levaxin"), MedicationClass::Levothyroxine, QTime(7, 0)});
    ASSERT_TRUE(m_diary->save(yesterday).ok());
    DiaryPage& page = showDiary();
    auto* same = find<QPushButton>("medicationsSameAsYesterdayButton");
    // An empty row added first (nothing typed in it yet) is no medication: still offered,
    // and the row gives way to yesterday's.
    find<QPushButton>("addMedicationButton")->click();
    ASSERT_TRUE(same->isEnabled());
    same->setFocus();
    QTest::keyClick(same, Qt::Key_Space);
    EXPECT_FALSE(same->isEnabled()) << "offered again, it would log each medicine twice";
    // The focus is on the first name added, not left on the button, where a Space would add
    // them again.
    auto* name = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->text(), QStringLiteral("Pramipexol 0,18 mg"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const auto names = find<QWidget>("healthSection")
                           ->findChildren<QLineEdit*>(QStringLiteral("medicationNameEdit"))
                           .size();
    EXPECT_EQ(names, 2) << "the empty row stayed beside yesterday's two";
    ASSERT_TRUE(page.saveNow());
    auto day = stored(today());
    ASSERT_TRUE(day.has_value());
    ASSERT_EQ(day->medications.size(), 2u);
    EXPECT_EQ(day->medications[0].name, QStringLiteral("Pramipexol 0,18 mg"));
    EXPECT_EQ(day->medications[0].medicationClass, MedicationClass::DopamineAgonist);
    EXPECT_EQ(day->medications[0].timeTaken, QTime(20, 0));
    EXPECT_EQ(day->medications[1].medicationClass, MedicationClass::Levothyroxine);
    // Yesterday's rows are its own: nothing of them changed.
    EXPECT_EQ(stored(today().addDays(-1))->medications.size(), 2u);

    // A day before which nothing was logged offers nothing.
    page.showDate(today().addDays(-1));
    EXPECT_FALSE(same->isEnabled());
    // A day that already has a medicine is not offered yesterday's.
    page.showDate(today());
    EXPECT_FALSE(same->isEnabled());
    DayEntry tomorrow;
    tomorrow.date = today().addDays(1);
    tomorrow.medications.push_back({0, QStringLiteral("Alvedon"), MedicationClass::Other, {}});
    ASSERT_TRUE(m_diary->save(tomorrow).ok());
    page.showDate(tomorrow.date);
    EXPECT_FALSE(same->isEnabled());
}

} // namespace
} // namespace stilla
