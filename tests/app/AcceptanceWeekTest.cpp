// The acceptance week: a person keeps the diary for seven mornings and evenings through the
// real main window, with real mouse clicks, key presses and wheel turns only. Dialogs (the
// first-run question, file choosers, confirmations) are answered the same way, from inside their
// own event loop. What the person ends up with is then read from the diary and from the files
// they exported.
//
// It would have caught every fault of the daily-use issue (14): problem texts that cannot be
// read, a night filed one day off, doses changed by the wheel, findings left in the old
// language, undo writing into a restored diary, and a repeat day that costs too many actions.
#include "AppFixture.h"
#include "ScriptedUser.h"
#include "app/gui/Theme.h"
#include "app/gui/widgets/OptionalSpinBox.h"
#include "app/gui/widgets/TimeField.h"
#include "core/io/DiaryIo.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTimer>

#include <deque>
#include <functional>

namespace stilla {
namespace {

using test::Dialogs;
using test::fileName;
using test::Person;
using test::press;

constexpr int kRepeatDayActionLimit = 8;
constexpr int kAppearanceCount = 4; // System, Light, Dark, High contrast

class AcceptanceWeekTest : public test::AppFixture
{
protected:
    void TearDown() override
    {
        closeWindow();
        AppFixture::TearDown();
    }

    /// Starts Stilla at @p when, as the person does each morning and evening.
    MainWindow& start(const QDateTime& when)
    {
        closeWindow();
        m_clock.setNow(when);
        MainWindow& window = showWindow();
        window.resize(1366, 768);
        QCoreApplication::processEvents();
        return window;
    }
    std::optional<DayEntry> stored(const QDate& date)
    {
        auto day = m_diary->day(date);
        EXPECT_TRUE(day.ok()) << day.errorMessage().toStdString();
        return day.ok() ? day.value() : std::nullopt;
    }
    DiaryPage* diaryPage()
    {
        return static_cast<DiaryPage*>(m_window->page(MainWindow::PageId::Diary));
    }
    /// The title the sleep section shows ("Night of Mon 16 → Tue 17 Nov").
    QString nightTitle() { return find<QGroupBox>("sleepSection")->title(); }
    /// Every visible problem text (the field messages, the save state, the marked labels) with
    /// less than WCAG AA contrast against what is behind it; empty when all can be read.
    /// @p seen counts the problem texts looked at.
    QStringList unreadableProblems(int& seen)
    {
        QStringList unreadable;
        seen = 0;
        for (QLabel* label : m_window->findChildren<QLabel*>()) {
            if (!label->isVisibleTo(m_window.get()) || label->text().isEmpty()
                || label->foregroundRole() != QPalette::BrightText)
                continue;
            ++seen;
            const QColor text = label->palette().color(label->foregroundRole());
            const QColor background = Theme::backgroundBehind(label);
            if (Theme::contrastRatio(text, background) < Theme::kMinimumTextContrast)
                unreadable << QStringLiteral("%1 (%2 on %3)")
                                  .arg(label->text(), text.name(), background.name());
        }
        return unreadable;
    }
    void waitUntilSaved() { WAIT_UNTIL(!diaryPage()->hasUnsavedChanges()); }

    /// Logs one night in the morning, field by field (the first week's mornings).
    void logNight(
        Person& person, const QString& intoBed, const QString& finalAwakening, int quality)
    {
        person.fill(find<QWidget>("intoBedField"), intoBed);
        person.fill(find<QWidget>("triedToSleepField"), intoBed);
        person.fill(find<QWidget>("latencySpinBox"), QStringLiteral("20"));
        person.fill(find<QWidget>("awakeningsSpinBox"), QStringLiteral("2"));
        person.fill(find<QWidget>("wakeMinutesSpinBox"), QStringLiteral("25"));
        person.fill(find<QWidget>("finalAwakeningField"), finalAwakening);
        person.fill(find<QWidget>("outOfBedField"), finalAwakening);
        person.click(find<QWidget>(QStringLiteral("qualityButton%1").arg(quality).toLatin1()));
    }
    /// The repeat morning: the same times as the night before, and how the night was.
    void repeatNight(Person& person, int quality)
    {
        person.click(find<QPushButton>("sleepSameAsYesterdayButton"));
        person.click(find<QWidget>(QStringLiteral("qualityButton%1").arg(quality).toLatin1()));
    }
    /// The repeat evening: the usual dose (or yesterday's), yesterday's foods and the severity.
    void repeatEvening(Person& person, int severity)
    {
        auto* usual = find<QPushButton>("usualSupplementButton");
        person.click(
            usual->isVisible() ? usual : find<QPushButton>("supplementsSameAsYesterdayButton"));
        person.click(find<QPushButton>("foodsSameAsYesterdayButton"));
        person.fill(find<QWidget>("severitySpinBox"), QString::number(severity));
    }
    /// Adds a food from the food picker: a search, Enter for the first result, Enter to add.
    void addFood(Person& person, const QString& search)
    {
        auto* edit = find<QLineEdit>("foodSearchEdit");
        person.fill(edit, search);
        auto* view = find<QAbstractItemView>("foodResultsView");
        const QString word = search.section(QLatin1Char(' '), 0, 0);
        WAIT_UNTIL(view->model() && view->model()->rowCount() > 0
            && view->model()->index(0, 0).data().toString().contains(word, Qt::CaseInsensitive));
        person.key(Qt::Key_Return);
        person.key(Qt::Key_Return);
    }

    /// Day @p day of the week (0: Monday) at @p hour:@p minute.
    QDateTime at(int day, int hour, int minute = 0) const
    {
        return QDateTime(m_monday.addDays(day), QTime(hour, minute));
    }
    QString csvPath() const { return m_dir.filePath(QStringLiteral("week.csv")); }
    QString jsonPath() const { return m_dir.filePath(QStringLiteral("week.json")); }

    /// Monday evening: the first start.
    void mondayEvening()
    {
        MainWindow* window = &start(at(0, 21));
        m_dialogs.expect(press(QMessageBox::Yes)); // "Would you like to fill in your profile now?"
        QTimer::singleShot(0, window, &MainWindow::showFirstRunNotice); // as GuiApplication does
        WAIT_UNTIL(m_dialogs.allAnswered());
        WAIT_UNTIL(window->currentPage() == MainWindow::PageId::Settings);
        m_person.click(find<QPushButton>("profileDoneButton")); // Continue to Today's Diary
        ASSERT_EQ(window->currentPage(), MainWindow::PageId::Diary);
        EXPECT_EQ(diaryPage()->currentDate(), m_monday);
        EXPECT_EQ(nightTitle(), QStringLiteral("Night of Sun 15 → Mon 16 Nov"));

        // A supplement, mistyped: 3000 mg. The diary asks before it keeps it; the m_person says No
        // and corrects it to 300 mg.
        m_person.click(find<QPushButton>("addSupplementButton")); // the amount has the cursor
        m_person.typeText(QStringLiteral("3000"));
        QWidget* amount = QApplication::focusWidget();
        ASSERT_NE(qobject_cast<QDoubleSpinBox*>(amount), nullptr)
            << (amount ? amount->metaObject()->className() : "no focus") << " "
            << (amount ? amount->objectName().toStdString() : std::string());
        QWidget* row = amount->parentWidget();
        auto* form = row->findChildren<QComboBox*>(Qt::FindDirectChildrenOnly).value(0);
        ASSERT_NE(form, nullptr);
        m_person.choose(form, int(SupplementForm::Citrate));
        m_person.fill(row->findChild<TimeField*>(), QStringLiteral("20:00"));
        m_dialogs.expect(press(QMessageBox::No));
        m_person.key(Qt::Key_S, Qt::ControlModifier);
        WAIT_UNTIL(m_dialogs.allAnswered());
        EXPECT_TRUE(m_dialogs.texts.last().contains(QStringLiteral("3,000"))
            || m_dialogs.texts.last().contains(QStringLiteral("3000")))
            << m_dialogs.texts.last().toStdString();
        EXPECT_FALSE(stored(m_monday).has_value()) << "the mistyped dose was saved without asking";
        m_person.fill(amount, QStringLiteral("300"));
        m_person.key(Qt::Key_S, Qt::ControlModifier);
        waitUntilSaved();

        // Two foods from the food picker, which names the day it adds to and leads back to it.
        m_person.click(find<QPushButton>("addFoodButton"));
        ASSERT_EQ(window->currentPage(), MainWindow::PageId::Foods);
        EXPECT_EQ(find<QLabel>("foodsDayLabel")->text(),
            QStringLiteral("Adding to today, %1")
                .arg(QLocale().toString(m_monday, QLocale::LongFormat)));
        addFood(m_person, QStringLiteral("pumpkin seeds"));
        addFood(m_person, QStringLiteral("spinach"));
        m_person.click(find<QPushButton>("backToDiaryButton"));
        ASSERT_EQ(window->currentPage(), MainWindow::PageId::Diary);
        EXPECT_EQ(diaryPage()->currentDate(), m_monday);
        m_person.fill(find<QWidget>("severitySpinBox"), QStringLiteral("6"));
        m_person.key(Qt::Key_S, Qt::ControlModifier);
        waitUntilSaved();
        {
            const auto day = stored(m_monday);
            ASSERT_TRUE(day.has_value());
            ASSERT_EQ(day->supplements.size(), 1u);
            EXPECT_EQ(day->supplements[0].elementalMg, 300);
            EXPECT_EQ(day->supplements[0].form, SupplementForm::Citrate);
            EXPECT_EQ(day->supplements[0].timeTaken, QTime(20, 0));
            EXPECT_EQ(day->foods.size(), 2u);
            EXPECT_EQ(day->symptoms.severity, 6);
            EXPECT_FALSE(day->sleep.timeIntoBed.has_value());
        }
    }

    /// Tuesday morning: last night, stored on the morning it ended.
    void tuesdayMorning()
    {
        MainWindow* window = &start(at(1, 7, 30));
        ASSERT_EQ(window->currentPage(), MainWindow::PageId::Diary);
        EXPECT_EQ(nightTitle(), QStringLiteral("Night of Mon 16 → Tue 17 Nov"));
        logNight(m_person, QStringLiteral("22:30"), QStringLiteral("0630"), 3);
        m_person.key(Qt::Key_S, Qt::ControlModifier);
        waitUntilSaved();
        ASSERT_TRUE(stored(m_monday.addDays(1)).has_value());
        EXPECT_EQ(stored(m_monday.addDays(1))->sleep.timeIntoBed, QTime(22, 30));
        EXPECT_EQ(stored(m_monday.addDays(1))->sleep.finalAwakening, QTime(6, 30));
        EXPECT_FALSE(stored(m_monday)->sleep.timeIntoBed.has_value())
            << "the night was filed a day off";
    }

    /// Tuesday evening: the same as yesterday.
    void tuesdayEvening()
    {
        start(at(1, 21, 30));
        repeatEvening(m_person, 5);
        waitUntilSaved();
        {
            const auto monday_ = stored(m_monday);
            const auto tuesday = stored(m_monday.addDays(1));
            ASSERT_TRUE(tuesday.has_value());
            ASSERT_EQ(tuesday->foods.size(), monday_->foods.size());
            for (std::size_t i = 0; i < tuesday->foods.size(); ++i) {
                EXPECT_EQ(tuesday->foods[i].foodId, monday_->foods[i].foodId);
                EXPECT_EQ(tuesday->foods[i].grams, monday_->foods[i].grams);
            }
            EXPECT_EQ(tuesday->supplements.size(), 1u);
            EXPECT_EQ(tuesday->symptoms.severity, 5);
        }
    }

    /// Wednesday: the repeat day, counted.
    void wednesdayRepeatDay()
    {
        // Same bed times, the usual supplement, the same two foods, a new severity and quality.
        start(at(2, 7, 15));
        m_person.actions = 0;
        repeatNight(m_person, 4);
        waitUntilSaved();
        start(at(2, 21));
        ASSERT_TRUE(find<QPushButton>("usualSupplementButton")->isVisible())
            << "two evenings of 300 mg citrate at 20:00 make a usual dose";
        repeatEvening(m_person, 3);
        waitUntilSaved();
        EXPECT_LE(m_person.actions, kRepeatDayActionLimit);
        RecordProperty("repeat_day_actions", m_person.actions);
        {
            const auto day = stored(m_monday.addDays(2));
            ASSERT_TRUE(day.has_value());
            EXPECT_EQ(day->sleep.timeIntoBed, QTime(22, 30));
            EXPECT_EQ(day->sleep.quality, 4);
            EXPECT_EQ(day->symptoms.severity, 3);
            ASSERT_EQ(day->supplements.size(), 1u);
            EXPECT_EQ(day->supplements[0].elementalMg, 300);
            EXPECT_EQ(day->foods.size(), 2u);
        }
    }

    /// Thursday: in Swedish from now on.
    void thursdayInSwedish()
    {
        MainWindow* window = &start(at(3, 7));
        m_person.key(Qt::Key_Comma, Qt::ControlModifier); // Settings
        ASSERT_EQ(window->currentPage(), MainWindow::PageId::Settings);
        auto* language = find<QComboBox>("languageComboBox");
        m_person.choose(language, language->findData(QStringLiteral("sv")));
        ASSERT_EQ(m_translators.language(), QStringLiteral("sv"));
        m_person.key(Qt::Key_2, Qt::ControlModifier); // the diary
        ASSERT_EQ(window->currentPage(), MainWindow::PageId::Diary);
        EXPECT_EQ(nightTitle(), QStringLiteral("Natten ons 18 → tors 19 nov"))
            << window->windowTitle().toStdString() << " | "
            << find<QPushButton>("todayButton")->text().toStdString();
        repeatNight(m_person, 2);
        waitUntilSaved();
        window = &start(at(3, 21));
        repeatEvening(m_person, 7);
        waitUntilSaved();

        // One turn of the wheel over every field of the diary: the m_person scrolls; nothing
        // changes.
        {
            const auto before = stored(m_monday.addDays(3));
            auto* dayForm = find<QScrollArea>("dayForm");
            QList<QWidget*> fields;
            for (QWidget* field : dayForm->widget()->findChildren<QWidget*>()) {
                if ((qobject_cast<QAbstractSpinBox*>(field) || qobject_cast<QComboBox*>(field)
                        || qobject_cast<TimeField*>(field))
                    && field->isVisibleTo(dayForm))
                    fields << field;
            }
            ASSERT_GT(fields.size(), 10);
            // The field that has the focus is the one the m_person works in: the wheel may change
            // it.
            fields.removeIf([](QWidget* field) {
                return field->hasFocus() || field->isAncestorOf(QApplication::focusWidget());
            });
            for (QWidget* field : fields) {
                dayForm->ensureWidgetVisible(field, 0, 0);
                test::wheelOver(field, -1);
            }
            QCoreApplication::processEvents();
            EXPECT_FALSE(diaryPage()->hasUnsavedChanges()) << "the wheel changed a field";
            EXPECT_EQ(stored(m_monday.addDays(3)), before);
        }
    }

    /// Friday: a backup in the morning, a restore in the evening, then Ctrl+Z.
    void fridayBackupAndRestore()
    {
        MainWindow* window = &start(at(4, 7));
        const QString backup = m_dir.filePath(QStringLiteral("friday-morning.sqlite"));
        m_dialogs.expect(fileName(backup));
        m_dialogs.expect(press(QMessageBox::Ok)); // "Säkerhetskopieringen är klar"
        m_person.chooseFromMenu(
            *window, window->findChild<QAction*>(QStringLiteral("backupAction")));
        WAIT_UNTIL(m_dialogs.allAnswered());
        ASSERT_TRUE(QFileInfo::exists(backup));
        repeatNight(m_person, 3);
        waitUntilSaved();
        ASSERT_TRUE(stored(m_monday.addDays(4)).has_value());
        window = &start(at(4, 21));
        m_dialogs.expect(fileName(backup));
        m_dialogs.expect(press(QMessageBox::Yes)); // "Återställa den här säkerhetskopian?"
        m_dialogs.expect(press(QMessageBox::Ok));
        m_person.chooseFromMenu(
            *window, window->findChild<QAction*>(QStringLiteral("restoreAction")));
        WAIT_UNTIL(m_dialogs.allAnswered());
        EXPECT_FALSE(stored(m_monday.addDays(4)).has_value()) << "the restored diary has Friday";
        m_person.click(find<QWidget>("severitySpinBox"));
        m_person.key(Qt::Key_Z, Qt::ControlModifier); // nothing of the old diary comes back
        QCoreApplication::processEvents();
        EXPECT_FALSE(stored(m_monday.addDays(4)).has_value())
            << "undo wrote into the restored diary";
        repeatNight(m_person, 3);
        repeatEvening(m_person, 4);
        waitUntilSaved();
    }

    /// Saturday: problems can be read in every appearance.
    void saturdayEveryAppearance()
    {
        MainWindow* window = &start(at(5, 7));
        for (int index = 0; index < kAppearanceCount; ++index) {
            m_person.key(
                Qt::Key_Comma, Qt::ControlModifier); // the settings, where the appearance is
            auto* appearance = find<QComboBox>("appearanceComboBox");
            ASSERT_NE(appearance, nullptr);
            ASSERT_EQ(appearance->count(), kAppearanceCount);
            SCOPED_TRACE(appearance->itemText(index).toStdString());
            m_person.choose(appearance, index);
            m_person.key(Qt::Key_2, Qt::ControlModifier);
            ASSERT_EQ(window->currentPage(), MainWindow::PageId::Diary);
            m_person.fill(find<QWidget>("outOfBedField"), QStringLiteral("25:61"));
            // The field's message and its marked label come at once; the save state when the
            // autosave has tried and could not.
            int seen = 0;
            WAIT_UNTIL((unreadableProblems(seen), seen >= 3));
            const QStringList unreadable = unreadableProblems(seen);
            EXPECT_GE(seen, 3) << "the message, the save state and the marked label";
            EXPECT_TRUE(unreadable.isEmpty()) << unreadable.join(u'\n').toStdString();
            m_person.fill(find<QWidget>("outOfBedField"), QStringLiteral("07:00"));
            m_person.key(Qt::Key_S, Qt::ControlModifier);
            waitUntilSaved();
        }
        repeatNight(m_person, 4);
        waitUntilSaved();
        window = &start(at(5, 21));
        repeatEvening(m_person, 2);
        waitUntilSaved();
    }

    /// Sunday: back to English, the last day, and the week exported.
    void sundayExport()
    {
        start(at(6, 8));
        m_person.key(Qt::Key_Comma, Qt::ControlModifier);
        auto* language = find<QComboBox>("languageComboBox");
        m_person.choose(language, language->findData(QStringLiteral("en")));
        m_person.key(Qt::Key_2, Qt::ControlModifier);
        EXPECT_EQ(nightTitle(), QStringLiteral("Night of Sat 21 → Sun 22 Nov"));
        repeatNight(m_person, 5);
        repeatEvening(m_person, 1);
        waitUntilSaved();

        for (const QString& path : {csvPath(), jsonPath()}) {
            m_dialogs.expect(fileName(path));
            m_dialogs.expect(press(QMessageBox::Ok)); // "Export finished"
            m_person.key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
            WAIT_UNTIL(m_dialogs.allAnswered());
        }
    }

    /// What the m_person ends up with.
    void checkTheWeek()
    {
        struct Expected
        {
            int day;
            std::optional<int> severity;
            std::optional<int> quality;
            std::optional<QTime> intoBed;
        };
        const std::vector<Expected> week {
            {0, 6, std::nullopt, std::nullopt},
            {1, 5, 3, QTime(22, 30)},
            {2, 3, 4, QTime(22, 30)},
            {3, 7, 2, QTime(22, 30)},
            {4, 4, 3, QTime(22, 30)},
            {5, 2, 4, QTime(22, 30)},
            {6, 1, 5, QTime(22, 30)},
        };
        const auto all = m_diary->days(QDate(), QDate());
        ASSERT_TRUE(all.ok());
        ASSERT_EQ(all.value().size(), week.size());
        const ImportReport fromCsv = DiaryIo::importFile(csvPath(), DiaryFormat::Csv);
        const ImportReport fromJson = DiaryIo::importFile(jsonPath(), DiaryFormat::Json);
        ASSERT_TRUE(fromCsv.problems.empty());
        ASSERT_TRUE(fromJson.problems.empty());
        ASSERT_EQ(fromCsv.days.size(), week.size());
        ASSERT_EQ(fromJson.days.size(), week.size());
        for (std::size_t i = 0; i < week.size(); ++i) {
            const Expected& expected = week[i];
            SCOPED_TRACE(m_monday.addDays(expected.day).toString(Qt::ISODate).toStdString());
            for (const DayEntry* day : {&all.value()[i], &fromCsv.days[i], &fromJson.days[i]}) {
                EXPECT_EQ(day->date, m_monday.addDays(expected.day));
                EXPECT_EQ(day->symptoms.severity, expected.severity);
                EXPECT_EQ(day->sleep.quality, expected.quality);
                EXPECT_EQ(day->sleep.timeIntoBed, expected.intoBed);
                EXPECT_DOUBLE_EQ(day->supplementMagnesiumMg(), 300);
                EXPECT_NEAR(day->totalMagnesiumMg(), all.value()[0].totalMagnesiumMg(), 0.05);
            }
            EXPECT_EQ(fromJson.days[i].foods.size(), 2u);
        }
    }

    const QDate m_monday {2026, 11, 16};
    Person m_person;
    Dialogs m_dialogs;
};

TEST_F(AcceptanceWeekTest, AWeekOfMorningsAndEveningsThroughTheWindow)
{
    mondayEvening();
    STOP_IF_FAILED();
    tuesdayMorning();
    STOP_IF_FAILED();
    tuesdayEvening();
    STOP_IF_FAILED();
    wednesdayRepeatDay();
    STOP_IF_FAILED();
    thursdayInSwedish();
    STOP_IF_FAILED();
    fridayBackupAndRestore();
    STOP_IF_FAILED();
    saturdayEveryAppearance();
    STOP_IF_FAILED();
    sundayExport();
    STOP_IF_FAILED();
    checkTheWeek();
}

} // namespace
} // namespace stilla
