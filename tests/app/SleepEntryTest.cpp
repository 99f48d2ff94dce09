// A night as a person logs it on waking: the day it is filed on, and what the diary works out
// from it (time in bed, total sleep, efficiency) while the minutes are still blank.
#include "AppFixture.h"
#include "app/gui/pages/DiaryPage.h"
#include "app/gui/widgets/OptionalSpinBox.h"
#include "app/gui/widgets/TimeField.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>

namespace stilla {
namespace {

class SleepEntryTest : public test::AppFixture
{
protected:
    void type(const char* field, const QString& text)
    {
        QWidget* widget = find<QWidget>(field);
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }
    QString derived() { return find<QLabel>("sleepDerivedLabel")->text(); }
    std::optional<DayEntry> stored(const QDate& date)
    {
        auto day = m_diary->day(date);
        EXPECT_TRUE(day.ok());
        return day.ok() ? day.value() : std::nullopt;
    }
};

TEST_F(SleepEntryTest, ANightTypedOnAMorningIsStoredOnThatDay)
{
    // Logged on waking, on today's page: the night that ended this morning is today's.
    DiaryPage& page = showDiary();
    type("intoBedField", QStringLiteral("2330"));
    type("finalAwakeningField", QStringLiteral("0615"));
    type("latencySpinBox", QStringLiteral("20"));
    type("wakeMinutesSpinBox", QStringLiteral("20"));
    ASSERT_TRUE(page.saveNow());
    EXPECT_EQ(stored(m_clock.today())->sleep.timeIntoBed, QTime(23, 30));
    EXPECT_FALSE(stored(m_clock.today().addDays(-1)).has_value());
    EXPECT_EQ(derived(), QStringLiteral("Total sleep: 6\u00A0h 5\u00A0min"));
}

TEST_F(SleepEntryTest, TotalSleepWaitsForTheMinutesInsteadOfCountingBlanksAsNone)
{
    showDiary();
    type("intoBedField", QStringLiteral("2245"));
    type("finalAwakeningField", QStringLiteral("6:30"));
    type("outOfBedField", QStringLiteral("0700"));
    EXPECT_EQ(derived(),
        QStringLiteral("Time in bed: 8\u00A0h 15\u00A0min   ·   Total sleep: fill in the minutes "
                       "to fall asleep and awake in the night"));
    type("latencySpinBox", QStringLiteral("15"));
    EXPECT_TRUE(derived().endsWith(
        QStringLiteral("Total sleep: fill in the minutes awake in the night (0 if none)")));
    // No awakenings: no minutes awake to fill in.
    type("awakeningsSpinBox", QStringLiteral("0"));
    EXPECT_EQ(derived(),
        QStringLiteral("Time in bed: 8\u00A0h 15\u00A0min   ·   Total sleep: 7\u00A0h 30\u00A0min"
                       "   ·   Sleep efficiency: 91\u00A0%"));
}

TEST_F(SleepEntryTest, TheNightBeforesTimesLeaveTheMinutesToFillIn)
{
    DayEntry yesterday;
    yesterday.date = m_clock.today().addDays(-1);
    yesterday.sleep.timeIntoBed = QTime(23, 0);
    yesterday.sleep.finalAwakening = yesterday.sleep.timeOutOfBed = QTime(7, 0);
    yesterday.sleep.latencyMinutes = 10;
    yesterday.sleep.awakenings = 0;
    ASSERT_TRUE(m_diary->save(yesterday).ok());
    showDiary();
    find<QPushButton>("sleepSameAsYesterdayButton")->click();
    // Last night's minutes are this night's to tell: total sleep is not 8 hours yet.
    EXPECT_TRUE(derived().endsWith(
        QStringLiteral("Total sleep: fill in the minutes to fall asleep and awake in the night")))
        << derived().toStdString();
    type("latencySpinBox", QStringLiteral("30"));
    type("wakeMinutesSpinBox", QStringLiteral("45"));
    EXPECT_TRUE(derived().contains(QStringLiteral("Total sleep: 6\u00A0h 45\u00A0min")));
}

TEST_F(SleepEntryTest, TheEveningAndMorningFieldsLineUpWhenStackedInAnyFont)
{
    showDiary();
    m_window->resize(800, 600);
    QCoreApplication::processEvents();
    const auto fieldX = [this](const char* name) {
        return find<QWidget>(name)->mapTo(m_window.get(), QPoint()).x();
    };
    const QFont usual = QApplication::font();
    const auto restore = qScopeGuard([&usual] { QApplication::setFont(usual); });
    for (const qreal points : {usual.pointSizeF(), 14.0}) {
        QFont font = usual;
        font.setPointSizeF(points);
        QApplication::setFont(font);
        QCoreApplication::processEvents();
        SCOPED_TRACE(points);
        // Stacked at this width: the evening's last field above the morning's first.
        ASSERT_LT(find<QWidget>("latencySpinBox")->mapTo(m_window.get(), QPoint()).y(),
            find<QWidget>("awakeningsSpinBox")->mapTo(m_window.get(), QPoint()).y());
        EXPECT_EQ(fieldX("intoBedField"), fieldX("finalAwakeningField"));
        EXPECT_EQ(fieldX("latencySpinBox"), fieldX("wakeMinutesSpinBox"));
    }
}

} // namespace
} // namespace stilla
