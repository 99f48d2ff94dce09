// The findings on the diary page: one compact line per cause, details on demand, urgent ones
// unmissable, never more than about a quarter of the page, and in the language shown.
#include "app/gui/diary/FindingsPanel.h"

#include "AppFixture.h"
#include "app/gui/Theme.h"
#include "app/gui/diary/DayForm.h"
#include "app/gui/pages/DiaryPage.h"
#include "core/safety/ProfileStore.h"
#include "core/safety/SafetyEngine.h"

#include <QAbstractButton>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QToolButton>

#include <initializer_list>

namespace stilla {
namespace {

class FindingsPanelTest : public test::AppFixture
{
protected:
    void saveProfile(unsigned conditions, std::vector<MedicationClass> medications = {})
    {
        Profile profile;
        profile.ageGroup = AgeGroup::Adult;
        profile.conditions = conditions;
        profile.medications = std::move(medications);
        ProfileStore(*m_settings).save(profile);
    }
    void saveDay(
        std::initializer_list<double> doses, SideEffects sideEffects = 0, bool caffeine = false)
    {
        DayEntry day;
        day.date = m_clock.today();
        for (double mg : doses) {
            SupplementIntake dose;
            dose.form = SupplementForm::Citrate;
            dose.elementalMg = mg;
            day.supplements.push_back(dose);
        }
        day.sideEffects = sideEffects;
        if (caffeine) {
            day.symptoms.severity = 5;
            day.remedies.caffeineServings = 2;
        }
        ASSERT_TRUE(m_diary->save(day).ok());
    }
    /// The diary page at @p size, laid out.
    DiaryPage& diary(QSize size)
    {
        MainWindow& window = showWindow();
        window.showPage(MainWindow::PageId::Diary);
        window.resize(size);
        settle();
        return *static_cast<DiaryPage*>(window.page(MainWindow::PageId::Diary));
    }
    void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }
    FindingsPanel* panel() { return m_window->findChild<FindingsPanel*>(); }
    /// The lines shown, top to bottom.
    QList<QFrame*> rows()
    {
        QList<QFrame*> found;
        for (QFrame* frame : panel()->findChildren<QFrame*>()) {
            if (frame->objectName().startsWith(QLatin1String("finding_"))
                && frame->isVisibleTo(panel()))
                found << frame;
        }
        std::sort(found.begin(), found.end(),
            [](const QFrame* a, const QFrame* b) { return a->y() < b->y(); });
        return found;
    }
    template<typename T> T* in(QFrame* row, const char* name)
    {
        T* widget = row->findChild<T*>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    /// Nothing in a line overlaps, and no wrapped text is cut.
    void expectReadable(QFrame* row)
    {
        QList<QWidget*> shown;
        for (QWidget* widget : row->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (widget->isVisibleTo(row))
                shown << widget;
        }
        for (qsizetype i = 0; i < shown.size(); ++i) {
            for (qsizetype j = i + 1; j < shown.size(); ++j) {
                EXPECT_FALSE(shown[i]->geometry().intersects(shown[j]->geometry()))
                    << row->objectName().toStdString() << ": "
                    << shown[i]->objectName().toStdString() << " overlaps "
                    << shown[j]->objectName().toStdString();
            }
            EXPECT_TRUE(row->rect().contains(shown[i]->geometry()))
                << shown[i]->objectName().toStdString() << " is cut";
            if (auto* label = qobject_cast<QLabel*>(shown[i]); label && label->wordWrap()) {
                EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                    << label->text().toStdString() << " is cut";
            }
        }
    }
    /// Whole lines only: none is cut at the panel's edge, and the "more" line says how many
    /// are out of view exactly when some are.
    void expectNoLineCut()
    {
        auto* scroll = panel()->findChild<QScrollArea*>();
        int outOfView = 0;
        for (QFrame* row : rows()) {
            const QRect shown(row->mapTo(scroll->viewport(), QPoint(0, 0)), row->size());
            EXPECT_TRUE(!shown.intersects(scroll->viewport()->rect())
                || scroll->viewport()->rect().contains(shown))
                << row->objectName().toStdString() << " is cut by the panel's edge";
            if (!shown.intersects(scroll->viewport()->rect()))
                ++outOfView;
        }
        auto* more = panel()->findChild<QLabel*>(QStringLiteral("findingsMoreLabel"));
        ASSERT_NE(more, nullptr);
        EXPECT_EQ(more->isVisible(), outOfView > 0) << more->text().toStdString();
        if (outOfView > 0) {
            EXPECT_TRUE(more->text().contains(QString::number(outOfView)))
                << more->text().toStdString();
            EXPECT_TRUE(panel()->rect().contains(more->geometry()));
        }
    }
    /// With STILLA_SCREENSHOT_DIR set, saves the window as <name>.png there, to look at.
    void saveScreenshot(const QString& name)
    {
        const QString folder = qEnvironmentVariable("STILLA_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        EXPECT_TRUE(m_window->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
    }
    static constexpr unsigned kKidney = unsigned(Condition::KidneyDisease);
};

const std::vector<QSize> kScreens {QSize(1366, 768), QSize(800, 600)};

TEST_F(FindingsPanelTest, AKidneyDayWith400MgIsTwoCompactLinesInAQuarterOfThePage)
{
    saveProfile(kKidney);
    saveDay({400});
    for (const QSize& screen : kScreens) {
        DiaryPage& page = diary(screen);
        SCOPED_TRACE(testing::Message() << screen.width() << "x" << screen.height());
        ASSERT_TRUE(panel()->isVisible());
        // Four findings, two causes: the kidneys, and the 400 mg.
        EXPECT_EQ(panel()->findings().size(), 4u);
        const QList<QFrame*> lines = rows();
        ASSERT_EQ(lines.size(), 2);
        EXPECT_EQ(lines[0]->objectName(), QStringLiteral("finding_condition.kidney_disease"));
        EXPECT_EQ(
            lines[1]->objectName(), QStringLiteral("finding_dose.supplement_above_article_range"));
        const int line = page.fontMetrics().height();
        for (QFrame* row : lines) {
            // Not by colour alone: an icon and the severity in words.
            auto* icon = in<QLabel>(row, "findingIconLabel");
            EXPECT_FALSE(icon->pixmap().isNull());
            EXPECT_EQ(icon->accessibleName(), QStringLiteral("Warning"));
            EXPECT_EQ(in<QLabel>(row, "findingSeverityLabel")->text(), QStringLiteral("Warning"));
            EXPECT_FALSE(in<QLabel>(row, "findingDetailsLabel")->isVisible());
            EXPECT_LE(row->height(), 3 * line + 16) << row->objectName().toStdString();
            expectReadable(row);
        }
        EXPECT_LE(panel()->height(), page.height() / 4);
        expectNoLineCut();
        saveScreenshot(
            QStringLiteral("diary-kidney-400mg-%1x%2").arg(screen.width()).arg(screen.height()));
        auto* form = m_window->findChild<QWidget*>(QStringLiteral("dayForm"));
        ASSERT_NE(form, nullptr);
        EXPECT_GE(form->height(), page.height() / 2);
        closeWindow();
    }
}

TEST_F(FindingsPanelTest, FindingsAboutTheSame400MgAreOneLineWithEveryDetail)
{
    saveProfile(kKidney);
    saveDay({400});
    diary(QSize(1366, 768));
    QFrame* dose = rows().value(1);
    ASSERT_NE(dose, nullptr);
    // The line says it once; the details keep what each finding adds.
    EXPECT_EQ(in<QLabel>(dose, "findingSummaryLabel")->text(),
        QStringLiteral("400\u00A0mg from supplements: above the 250\u00A0mg limit and the "
                       "article's 270–350\u00A0mg"));
    const QString details = in<QLabel>(dose, "findingDetailsLabel")->text();
    EXPECT_TRUE(details.contains(QStringLiteral("270–350\u00A0mg"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("250\u00A0mg a day that Swedish and European")))
        << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("at least two doses"))) << details.toStdString();
    // And where each comes from, once: the article, the authorities' limit, the BfR.
    EXPECT_TRUE(details.contains(QStringLiteral("Source: the article; Livsmedelsverket")))
        << details.toStdString();
    EXPECT_EQ(details.count(QStringLiteral("Opinion No. 034/2017")), 1) << details.toStdString();
    EXPECT_EQ(
        panel()->findChildren<QFrame*>(QStringLiteral("finding_dose.single_dose_large")).size(), 0);
}

TEST_F(FindingsPanelTest, MagnesiumWithEgfrsThatShowKidneyDiseaseIsOneLineWithEachSourceOnce)
{
    saveProfile(0);
    saveDay({100});
    for (const auto& [date, value] : {std::pair(m_clock.today().addMonths(-5), 52.0),
             std::pair(m_clock.today().addDays(-7), 48.0)}) {
        LabResult result;
        result.date = date;
        result.egfr = value;
        ASSERT_TRUE(m_diary->labs().save(result).ok());
    }
    diary(QSize(1366, 768));
    // The day's supplements and the eGFR note share their cause: one line, led by the day.
    EXPECT_EQ(panel()->findChildren<QFrame*>(QStringLiteral("finding_kidney.egfr_low")).size(), 0);
    QFrame* kidney = rows().value(0);
    ASSERT_NE(kidney, nullptr);
    EXPECT_EQ(kidney->objectName(), QStringLiteral("finding_condition.kidney_disease"));
    EXPECT_EQ(in<QLabel>(kidney, "findingSummaryLabel")->text(),
        QStringLiteral("eGFR 48 and magnesium: the article advises against it; talk to your "
                       "doctor"));
    const QString details = in<QLabel>(kidney, "findingDetailsLabel")->text();
    EXPECT_TRUE(details.contains(QStringLiteral("in tests more than three months apart")))
        << details.toStdString();
    EXPECT_EQ(details.count(QStringLiteral("KDIGO 2012 Clinical Practice Guideline")), 1)
        << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Source: the article; KDIGO 2012")))
        << details.toStdString();
    EXPECT_EQ(details.count(QStringLiteral("NIH Office of Dietary Supplements")), 1)
        << details.toStdString();
}

TEST_F(FindingsPanelTest, DetailsOpenAndCloseFromTheKeyboard)
{
    saveProfile(kKidney);
    saveDay({400});
    DiaryPage& page = diary(QSize(800, 600));
    QFrame* kidney = rows().value(0);
    ASSERT_NE(kidney, nullptr);
    auto* button = in<QToolButton>(kidney, "findingDetailsButton");
    auto* details = in<QLabel>(kidney, "findingDetailsLabel");
    EXPECT_TRUE(button->focusPolicy() & Qt::TabFocus);
    EXPECT_TRUE(button->accessibleName().startsWith(QStringLiteral("Details: Kidney disease")))
        << button->accessibleName().toStdString();
    EXPECT_FALSE(in<QPushButton>(kidney, "findingGuideButton")->accessibleName().isEmpty());
    EXPECT_FALSE(in<QLabel>(kidney, "findingSummaryLabel")->accessibleName().isEmpty());
    // Tab reaches the lines where they are read: after the day's buttons, before the form.
    auto* deleteButton = m_window->findChild<QPushButton*>(QStringLiteral("deleteDayButton"));
    deleteButton->setFocus();
    QTest::keyClick(deleteButton, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), button);
    QTest::keyClick(button, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), in<QPushButton>(kidney, "findingGuideButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(
        QApplication::focusWidget(), in<QToolButton>(rows().value(1), "findingDetailsButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_TRUE(m_window->findChild<QWidget*>(QStringLiteral("dayForm"))
                    ->isAncestorOf(QApplication::focusWidget()))
        << QApplication::focusWidget()->objectName().toStdString();
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    settle();
    EXPECT_TRUE(details->isVisible());
    EXPECT_TRUE(details->text().contains(QStringLiteral("kidney failure")));
    EXPECT_TRUE(button->isChecked());
    EXPECT_LE(panel()->height(), page.height() / 4);
    // Typing on keeps it open.
    m_window->findChild<QPushButton*>(QStringLiteral("addSupplementButton"))->click();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50"));
    settle();
    EXPECT_TRUE(in<QLabel>(rows().value(0), "findingDetailsLabel")->isVisible());
    button = in<QToolButton>(rows().value(0), "findingDetailsButton");
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    settle();
    EXPECT_FALSE(in<QLabel>(rows().value(0), "findingDetailsLabel")->isVisible());
}

TEST_F(FindingsPanelTest, DetailsOpenedOnALowerLineShowWhereTheyWereAskedFor)
{
    // At 800 x 600 the second line's details did not fit whole, so the panel shrank to the
    // first line and the details opened out of sight.
    saveProfile(kKidney);
    saveDay({400});
    for (const QSize& screen : kScreens) {
        DiaryPage& page = diary(screen);
        SCOPED_TRACE(testing::Message() << screen.width() << "x" << screen.height());
        const int closedHeight = panel()->height();
        QFrame* second = rows().value(1);
        ASSERT_NE(second, nullptr);
        auto* button = in<QToolButton>(second, "findingDetailsButton");
        QTest::mouseClick(button, Qt::LeftButton);
        settle();
        auto* details = in<QLabel>(second, "findingDetailsLabel");
        ASSERT_TRUE(details->isVisible());
        auto* viewport = panel()->findChild<QScrollArea*>()->viewport();
        const QRect line(second->mapTo(viewport, QPoint(0, 0)), button->size());
        const int detailsTop = details->mapTo(viewport, QPoint(0, 0)).y();
        EXPECT_GE(line.top(), 0) << "the line the details belong to is in view";
        EXPECT_LT(detailsTop + page.fontMetrics().height(), viewport->height())
            << "at least one line of the details is in view";
        EXPECT_GE(panel()->height(), closedHeight);
        EXPECT_LE(panel()->height(), page.height() / 4);
        saveScreenshot(QStringLiteral("diary-details-second-line-%1x%2")
                           .arg(screen.width())
                           .arg(screen.height()));
        closeWindow();
    }
}

TEST_F(FindingsPanelTest, NotesAppearingAboveTheFormLeaveTheFieldBeingTypedInWhereItIs)
{
    diary(QSize(1180, 780));
    ASSERT_TRUE(panel()->isHidden());
    // A new supplement row's dose field takes the focus and is scrolled into view, whole.
    m_window->findChild<QPushButton*>(QStringLiteral("addSupplementButton"))->click();
    settle();
    QWidget* dose = QApplication::focusWidget();
    ASSERT_TRUE(qobject_cast<QDoubleSpinBox*>(dose));
    EXPECT_EQ(dose->visibleRegion().boundingRect(), dose->rect()) << "in view";
    const int before = dose->mapTo(m_window.get(), QPoint()).y();
    QTest::keyClicks(dose, QStringLiteral("400")); // above the upper limit: notes appear
    settle();
    ASSERT_TRUE(panel()->isVisible());
    EXPECT_EQ(dose->mapTo(m_window.get(), QPoint()).y(), before)
        << "the notes took " << panel()->height() << " pixels above the form";
    // Another day is shown where the form is scrolled to, not scrolled by this day's notes
    // going away.
    const QScrollBar* bar = m_window->findChild<DayForm*>()->verticalScrollBar();
    const int scrolled = bar->value();
    QTest::keyClick(dose, Qt::Key_Left, Qt::AltModifier);
    settle();
    EXPECT_TRUE(panel()->isHidden());
    EXPECT_EQ(bar->value(), scrolled);
}

TEST_F(FindingsPanelTest, UrgentFindingsComeFirstWithTheirDetailsOpen)
{
    saveProfile(kKidney);
    saveDay({400}, unsigned(SideEffect::SlowedBreathing), true);
    DiaryPage& page = diary(QSize(800, 600));
    const QList<QFrame*> lines = rows();
    ASSERT_EQ(lines.size(), 4); // urgent, kidneys, 400 mg, caffeine
    QFrame* urgent = lines[0];
    EXPECT_EQ(urgent->objectName(), QStringLiteral("finding_side_effect.serious"));
    EXPECT_EQ(urgent->frameShape(), QFrame::Box);
    EXPECT_TRUE(in<QLabel>(urgent, "findingDetailsLabel")->isVisible());
    EXPECT_TRUE(in<QLabel>(urgent, "findingDetailsLabel")->text().contains(QStringLiteral("112")));
    EXPECT_EQ(in<QLabel>(urgent, "findingSeverityLabel")->text(), QStringLiteral("Seek care now"));
    // Visible without scrolling.
    auto* scroll = panel()->findChild<QScrollArea*>();
    EXPECT_EQ(scroll->verticalScrollBar()->value(), 0);
    EXPECT_TRUE(scroll->viewport()->rect().intersects(
        QRect(urgent->mapTo(scroll->viewport(), QPoint(0, 0)), urgent->size())));
    expectReadable(urgent);
    expectNoLineCut();
    EXPECT_LE(panel()->height(), page.height() / 4);
}

TEST_F(FindingsPanelTest, ManyFindingsScrollInsideAQuarterOfThePage)
{
    saveProfile(unsigned(Condition::KidneyDisease) | unsigned(Condition::BleedingDisorder),
        {MedicationClass::Antibiotic, MedicationClass::Diuretic, MedicationClass::Bisphosphonate,
            MedicationClass::MuscleRelaxant, MedicationClass::CalciumChannelBlocker});
    saveDay({400, 300}, unsigned(SideEffect::Nausea) | unsigned(SideEffect::Confusion), true);
    for (const QSize& screen : kScreens) {
        DiaryPage& page = diary(screen);
        SCOPED_TRACE(testing::Message() << screen.width() << "x" << screen.height());
        EXPECT_GE(rows().size(), 10);
        EXPECT_LE(panel()->height(), page.height() / 4);
        EXPECT_GE(panel()->height(), page.fontMetrics().height() * 2);
        auto* scroll = panel()->findChild<QScrollArea*>();
        EXPECT_GT(scroll->verticalScrollBar()->maximum(), 0);
        for (QFrame* row : rows())
            expectReadable(row);
        expectNoLineCut();
        auto* more = panel()->findChild<QLabel*>(QStringLiteral("findingsMoreLabel"));
        EXPECT_TRUE(more->text().contains(QStringLiteral("below"))) << more->text().toStdString();
        // At the end of the list it says what is above instead.
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        settle();
        EXPECT_TRUE(more->text().contains(QStringLiteral("above"))) << more->text().toStdString();
        int hidden = 0; // the notes most of which is above the panel's top
        for (QFrame* row : rows())
            hidden += row->mapTo(scroll->viewport(), row->rect().center()).y() < 0 ? 1 : 0;
        EXPECT_TRUE(more->text().startsWith(QString::number(hidden) + u' '))
            << hidden << ": " << more->text().toStdString();
        EXPECT_EQ(panel()->height(), panel()->sizeHint().height());
        closeWindow();
    }
}

TEST_F(FindingsPanelTest, EachLineLinksToItsGuideSection)
{
    saveProfile(kKidney);
    saveDay({400});
    diary(QSize(1366, 768));
    QSignalSpy spy(panel(), &FindingsPanel::guideSectionRequested);
    in<QPushButton>(rows().value(1), "findingGuideButton")->click();
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("forms-and-doses"));
    in<QPushButton>(rows().value(0), "findingGuideButton")->click();
    EXPECT_EQ(m_window->currentPage(), MainWindow::PageId::Guide);
}

TEST_F(FindingsPanelTest, FindingsFollowALanguageSwitchAtOnce)
{
    saveProfile(kKidney);
    saveDay({400}, unsigned(SideEffect::SlowedBreathing));
    diary(QSize(1366, 768));
    const auto texts = [this] {
        QStringList shown;
        for (QFrame* row : rows()) {
            for (QLabel* label : row->findChildren<QLabel*>())
                shown << label->text();
            for (QAbstractButton* button : row->findChildren<QAbstractButton*>())
                shown << button->text() << button->accessibleName();
        }
        shown.removeAll(QString());
        return shown;
    };
    const QStringList english = texts();
    ASSERT_FALSE(english.isEmpty());
    m_window->setLanguage(QStringLiteral("sv"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    settle();
    const QStringList swedish = texts();
    ASSERT_EQ(swedish.size(), english.size());
    for (const QString& text : swedish)
        EXPECT_FALSE(english.contains(text)) << "still English: " << text.toStdString();
    // The same as the engine says in Swedish now.
    const FindingGroup& first = panel()->groups().front();
    EXPECT_EQ(in<QLabel>(rows().value(0), "findingSummaryLabel")->text(),
        SafetyEngine::summary(first.lead));
    EXPECT_TRUE(
        in<QLabel>(rows().value(2), "findingSummaryLabel")->text().contains(u"400\u00A0mg"));
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    settle();
    EXPECT_EQ(texts(), english);
}

/// The diary page with findings in both languages at both sizes and in every appearance,
/// checked for overlapping and cut text; with STILLA_SCREENSHOT_DIR set, also saved as PNGs to
/// look at.
TEST_F(FindingsPanelTest, TheDiaryWithFindingsIsReadableAtBothSizesInBothLanguages)
{
    saveProfile(kKidney);
    saveDay({400}, unsigned(SideEffect::SlowedBreathing) | unsigned(SideEffect::Nausea));
    for (const Appearance appearance :
        {Appearance::System, Appearance::Light, Appearance::Dark, Appearance::HighContrast}) {
        Theme::apply(*qApp, appearance);
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv")}) {
            for (const QSize& screen : kScreens) {
                DiaryPage& page = diary(screen);
                m_window->setLanguage(language);
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
                settle();
                SCOPED_TRACE(testing::Message()
                    << Theme::toString(appearance).toStdString() << " " << language.toStdString()
                    << " " << screen.width() << "x" << screen.height());
                EXPECT_LE(panel()->height(), page.height() / 4);
                for (QFrame* row : rows())
                    expectReadable(row);
                expectNoLineCut();
                saveScreenshot(QStringLiteral("diary-findings-%1-%2-%3x%4")
                                   .arg(Theme::toString(appearance), language)
                                   .arg(screen.width())
                                   .arg(screen.height()));
                m_window->setLanguage(QStringLiteral("en"));
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
                closeWindow();
            }
        }
    }
    Theme::apply(*qApp, Appearance::System);
}

} // namespace
} // namespace stilla
