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

TEST(TimeFieldTest, ReadsTheWaysPeopleTypeATime)
{
    // An hour alone is on the hour: "7" was refused while "630" was read (an acceptance run).
    const std::vector<std::pair<const char*, QTime>> read {{"7", QTime(7, 0)}, {"07", QTime(7, 0)},
        {"21", QTime(21, 0)}, {"12", QTime(12, 0)}, {"630", QTime(6, 30)}, {"0630", QTime(6, 30)},
        {"6:30", QTime(6, 30)}, {"6.30", QTime(6, 30)}, {" 23:59 ", QTime(23, 59)},
        {"123", QTime(1, 23)}, {"0", QTime(0, 0)}};
    for (const auto& [text, time] : read)
        EXPECT_EQ(TimeField::parse(QLatin1String(text)), std::optional(time)) << text;
    for (const char* text : {"", "24", "25:61", "7:5", "12345", "7 pm", "abc", "-1", "21:"})
        EXPECT_EQ(TimeField::parse(QLatin1String(text)), std::nullopt) << text;
}

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

TEST_F(SleepEntryTest, AMessageUnderAFieldLeavesTheEveningAndMorningSideBySide)
{
    // A message wraps inside its column: the form does not jump to one column under the hand.
    showDiary();
    m_window->resize(1366, 768);
    QCoreApplication::processEvents();
    const auto position
        = [this](const char* name) { return find<QWidget>(name)->mapTo(m_window.get(), QPoint()); };
    ASSERT_EQ(position("intoBedField").y(), position("awakeningsSpinBox").y())
        << "side by side before any message";
    const QPoint before = position("finalAwakeningField");
    for (const auto& [field, text] : {std::pair {"intoBedField", QStringLiteral("2300")},
             std::pair {"outOfBedField", QStringLiteral("2200")},
             std::pair {"triedToSleepField", QStringLiteral("25:61")}}) {
        type(field, text);
        QCoreApplication::processEvents();
        SCOPED_TRACE(field);
        EXPECT_EQ(position("intoBedField").y(), position("awakeningsSpinBox").y());
        EXPECT_EQ(position("finalAwakeningField"), before);
    }
    const QList<QLabel*> messages
        = m_window->findChildren<QLabel*>(QStringLiteral("fieldMessageLabel"));
    const auto shown = std::count_if(messages.begin(), messages.end(),
        [this](QLabel* label) { return label->isVisibleTo(m_window.get()); });
    EXPECT_EQ(shown, 2) << "the question about the night and the error in the evening's column";
    // Every line of each message shows, side by side and stacked in a narrow window.
    for (const QSize size : {QSize(1366, 768), QSize(800, 600)}) {
        m_window->resize(size);
        QCoreApplication::processEvents();
        SCOPED_TRACE(size.width());
        for (QLabel* message : messages) {
            if (!message->isVisibleTo(m_window.get()))
                continue;
            const QWidget* column = message->parentWidget();
            EXPECT_LE(message->geometry().right(), column->contentsRect().right())
                << message->text().toStdString();
            EXPECT_GE(message->height(), message->heightForWidth(message->width()))
                << message->text().toStdString();
        }
    }
}

TEST_F(SleepEntryTest, AnUnusualNightIsAskedAboutAndSavedAnImpossibleTimeIsMarkedAndNot)
{
    // A question (the day is saved as typed) and an error (it is not) must not look alike.
    DiaryPage& page = showDiary();
    type("intoBedField", QStringLiteral("2300"));
    type("outOfBedField", QStringLiteral("2200"));
    auto* outOfBed = find<TimeField>("outOfBedField");
    const auto messageAbout = [this](const QString& words) -> QLabel* {
        for (QLabel* label : m_window->findChildren<QLabel*>(QStringLiteral("fieldMessageLabel")))
            if (label->isVisibleTo(m_window.get()) && label->text().contains(words))
                return label;
        return nullptr;
    };
    const auto fieldLabel = [this](QWidget* field) -> QLabel* {
        for (QLabel* label : m_window->findChildren<QLabel*>())
            if (label->buddy() == field)
                return label;
        return nullptr;
    };
    QLabel* question = messageAbout(QStringLiteral("longer than a night"));
    ASSERT_NE(question, nullptr) << "a 23-hour night is asked about";
    EXPECT_TRUE(question->text().startsWith(QStringLiteral("\u2139 ")))
        << question->text().toStdString();
    EXPECT_EQ(question->foregroundRole(), QPalette::WindowText)
        << "a question is not shown as an error";
    ASSERT_NE(fieldLabel(outOfBed), nullptr);
    EXPECT_FALSE(fieldLabel(outOfBed)->text().startsWith(QStringLiteral("\u26a0")));
    ASSERT_TRUE(page.saveNow());
    EXPECT_EQ(find<QLabel>("saveStatusLabel")->text(), QStringLiteral("Saved"));
    EXPECT_EQ(outOfBed->accessibleDescription(), question->text().mid(2))
        << "a screen reader hears the question without its sign";

    outOfBed->selectAll();
    QTest::keyClicks(outOfBed, QStringLiteral("25:61"));
    EXPECT_FALSE(page.saveNow());
    QLabel* error = messageAbout(QStringLiteral("25:61"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("\u26a0 "))) << error->text().toStdString();
    EXPECT_EQ(error->foregroundRole(), QPalette::BrightText);
    EXPECT_TRUE(fieldLabel(outOfBed)->text().startsWith(QStringLiteral("\u26a0 ")));
}

} // namespace
} // namespace stilla
