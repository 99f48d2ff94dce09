// Noting yesterday evening after midnight: today's page says where those entries belong and
// goes there in one press, and the words follow the clock while the window stays open.
#include "AppFixture.h"
#include "app/gui/diary/DayNavigator.h"
#include "app/gui/pages/DiaryPage.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace stilla {
namespace {

class SmallHoursTest : public test::AppFixture
{
protected:
    DiaryPage& startAt(const QTime& time)
    {
        m_clock.setNow(QDateTime(QDate(2026, 12, 8), time));
        DiaryPage& page = showDiary();
        m_window->resize(1366, 768);
        QCoreApplication::processEvents();
        return page;
    }
    QWidget* note() { return find<QLabel>("smallHoursLabel")->parentWidget(); }
};

TEST_F(SmallHoursTest, AfterMidnightTodaysPageOffersYesterdayEvening)
{
    DiaryPage& page = startAt(QTime(1, 19));
    ASSERT_EQ(page.currentDate(), QDate(2026, 12, 8));
    EXPECT_TRUE(note()->isVisible());
    EXPECT_EQ(find<QLabel>("smallHoursLabel")->text(),
        QStringLiteral("It is after midnight: what you note about yesterday evening belongs to "
                       "Monday 7 December."));
    auto* yesterday = find<QPushButton>("smallHoursYesterdayButton");
    EXPECT_EQ(yesterday->text(), QStringLiteral("Go to Monday"));
    QTest::mouseClick(yesterday, Qt::LeftButton);
    EXPECT_EQ(page.currentDate(), QDate(2026, 12, 7));
    EXPECT_EQ(find<QLabel>("weekdayLabel")->text(), QStringLiteral("Monday, yesterday"));
    EXPECT_FALSE(note()->isVisible()); // said on today's page only
    // Back on today's page the offer stands until the small hours end.
    QTest::keyClick(m_window.get(), Qt::Key_Home, Qt::AltModifier);
    EXPECT_EQ(page.currentDate(), QDate(2026, 12, 8));
    EXPECT_TRUE(note()->isVisible());
}

TEST_F(SmallHoursTest, FromFourOClockTodayIsTodayAndTheWordsFollowTheClock)
{
    startAt(QTime(DayNavigator::kSmallHoursEnd, 0));
    EXPECT_FALSE(note()->isVisible());
    closeWindow();
    // A second before four, the words are to be said again a second after it.
    startAt(QTime(DayNavigator::kSmallHoursEnd - 1, 59, 59));
    EXPECT_TRUE(note()->isVisible());
    auto* timer = m_window->findChild<DayNavigator*>()->findChild<QTimer*>();
    ASSERT_NE(timer, nullptr);
    EXPECT_TRUE(timer->isActive());
    EXPECT_EQ(timer->interval(), 2000);
    // Its time comes (the clock has moved on): the offer goes, and the next is midnight.
    m_clock.setNow(QDateTime(QDate(2026, 12, 8), QTime(DayNavigator::kSmallHoursEnd, 0, 1)));
    timer->start(0);
    QCoreApplication::processEvents();
    EXPECT_FALSE(note()->isVisible());
    EXPECT_EQ(timer->interval(), (24 - DayNavigator::kSmallHoursEnd) * 3600 * 1000);
    // At midnight the day shown becomes yesterday, and stays the day shown.
    m_clock.setNow(QDateTime(QDate(2026, 12, 9), QTime(0, 0, 1)));
    timer->start(0);
    QCoreApplication::processEvents();
    EXPECT_EQ(find<QLabel>("weekdayLabel")->text(), QStringLiteral("Tuesday, yesterday"));
    EXPECT_FALSE(note()->isVisible());
}

} // namespace
} // namespace stilla
