// A language switch reaches every visible text at once, page by page, with a diary that has
// something to show (findings, a field question, saved days).
#include "AppFixture.h"
#include "app/gui/diary/FindingsPanel.h"
#include "app/gui/pages/DiaryPage.h"
#include "app/gui/pages/FoodsPage.h"
#include "app/gui/widgets/MessageBox.h"
#include "app/gui/widgets/OptionalSpinBox.h"
#include "app/gui/widgets/TimeField.h"
#include "core/safety/ProfileStore.h"

#include <QAbstractButton>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>

namespace stilla {
namespace {

/// The texts a person sees or hears on the window now: the texts of the visible labels,
/// buttons and group boxes, and the tooltips and accessible names of every visible widget.
QSet<QString> visibleTexts(QWidget& window, QMap<QString, QString>* where = nullptr)
{
    QSet<QString> texts;
    const auto add = [&](QWidget* widget, const QString& text) {
        if (text.trimmed().isEmpty())
            return;
        texts.insert(text);
        if (where) {
            where->insert(text,
                widget->objectName() + QLatin1Char('/')
                    + QString::fromLatin1(widget->metaObject()->className()));
        }
    };
    add(&window, window.windowTitle());
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&window))
            continue;
        add(widget, widget->toolTip());
        add(widget, widget->accessibleName());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(widget, label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(widget, button->text());
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(widget, group->title());
    }
    return texts;
}

/// Texts that are the same in both languages on purpose.
bool sameInBothLanguages(const QString& text)
{
    static const QSet<QString> allowed {QStringLiteral("Stilla"), QStringLiteral("Guide"),
        QStringLiteral("&Guide"), QStringLiteral("Svenska"), QStringLiteral("English"),
        QStringLiteral("A+"), QStringLiteral("A−"), QStringLiteral("✕"),
        QStringLiteral("Guide — Stilla"), QStringLiteral("Magnesium"), QStringLiteral("Massage"),
        QStringLiteral("Portion"), QStringLiteral("&Portion:"), QStringLiteral("Opioid"),
        QStringLiteral("PDF…"), QStringLiteral("PNG…")};
    if (allowed.contains(text))
        return true;
    // Numbers, dates, amounts and the like carry no language.
    static const QRegularExpression noWords(QStringLiteral(R"(^[^A-Za-zÅÄÖåäö]*(mg|g|h|min)?$)"));
    return noWords.match(text).hasMatch();
}

class LanguageSwitchTest : public test::AppFixture
{
protected:
    void SetUp() override
    {
        AppFixture::SetUp();
        if (HasFatalFailure())
            return;
        // A profile and a logged day, so the diary shows findings and the charts have data.
        Profile profile;
        profile.ageGroup = AgeGroup::Adult;
        profile.conditions = unsigned(Condition::KidneyDisease);
        ProfileStore(*m_settings).save(profile);
        for (int back = 0; back < 3; ++back) {
            DayEntry day;
            day.date = m_clock.today().addDays(-back);
            SupplementIntake dose;
            dose.form = SupplementForm::Citrate;
            dose.elementalMg = back == 0 ? 400 : 200;
            day.supplements.push_back(dose);
            day.symptoms.severity = 4 + back;
            day.sleep.quality = 3;
            day.sideEffects = unsigned(SideEffect::Nausea);
            ASSERT_TRUE(m_diary->save(day).ok());
        }
    }

    void switchTo(const QString& language)
    {
        m_window->setLanguage(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    /// Switches to Swedish and back on the page shown, and fails for every text that did not
    /// follow either way.
    void expectEveryTextFollows(const char* page)
    {
        QMap<QString, QString> where;
        const QSet<QString> english = visibleTexts(*m_window, &where);
        ASSERT_FALSE(english.isEmpty());
        switchTo(QStringLiteral("sv"));
        const QSet<QString> swedish = visibleTexts(*m_window, &where);
        for (const QString& text : swedish) {
            if (english.contains(text) && !sameInBothLanguages(text))
                ADD_FAILURE() << page << ": \"" << text.toStdString() << "\" is still English ("
                              << where.value(text).toStdString() << ")";
        }
        switchTo(QStringLiteral("en"));
        const QSet<QString> back = visibleTexts(*m_window, &where);
        for (const QString& text : back) {
            if (swedish.contains(text) && !english.contains(text) && !sameInBothLanguages(text))
                ADD_FAILURE() << page << ": \"" << text.toStdString() << "\" is still Swedish ("
                              << where.value(text).toStdString() << ")";
        }
    }
};

TEST_F(LanguageSwitchTest, TheGuideFollowsAtOnce)
{
    showWindow().showPage(MainWindow::PageId::Guide);
    expectEveryTextFollows("guide");
}

TEST_F(LanguageSwitchTest, TheDiaryWithFindingsAndQuestionsFollowsAtOnce)
{
    MainWindow& window = showWindow();
    window.resize(1366, 768);
    window.showPage(MainWindow::PageId::Diary);
    auto* panel = window.findChild<FindingsPanel*>();
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(panel->isVisible());
    // A question beside a field, shown while typing.
    auto* awakenings = window.findChild<OptionalSpinBox*>(QStringLiteral("awakeningsSpinBox"));
    ASSERT_NE(awakenings, nullptr);
    awakenings->setOptionalValue(30);
    bool questionShown = false;
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("awakenings in one")))
            questionShown = true;
    }
    ASSERT_TRUE(questionShown);
    // A time that cannot be, so the day cannot be saved and the status says why.
    auto* outOfBed = window.findChild<TimeField*>(QStringLiteral("outOfBedField"));
    ASSERT_NE(outOfBed, nullptr);
    outOfBed->setFocus();
    QTest::keyClicks(outOfBed, QStringLiteral("25:61"));
    auto* page = static_cast<DiaryPage*>(window.page(MainWindow::PageId::Diary));
    EXPECT_FALSE(page->saveNow());
    auto* status = window.findChild<QLabel*>(QStringLiteral("saveStatusLabel"));
    ASSERT_NE(status, nullptr);
    ASSERT_TRUE(status->text().startsWith(QStringLiteral("Not saved yet")));
    expectEveryTextFollows("diary");
    MessageBox::setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(page->showDate(m_clock.today().addDays(-1)));
}

TEST_F(LanguageSwitchTest, TheFoodsPageFollowsAtOnce)
{
    showWindow().showPage(MainWindow::PageId::Foods);
    expectEveryTextFollows("foods");
}

TEST_F(LanguageSwitchTest, TheFoodChosenKeepsItsAmount)
{
    // Pumpkin seeds, 3 portions: switching language kept the food but reset the amount.
    showWindow().showPage(MainWindow::PageId::Foods);
    auto& page = *static_cast<FoodsPage*>(m_window->page(MainWindow::PageId::Foods));
    page.search(QStringLiteral("pumpkin seeds"));
    page.selectResult(0);
    auto* servings = m_window->findChild<QDoubleSpinBox*>(QStringLiteral("servingsSpinBox"));
    ASSERT_NE(servings, nullptr);
    servings->setValue(3);
    auto* grams = m_window->findChild<QDoubleSpinBox*>(QStringLiteral("gramsSpinBox"));
    ASSERT_NE(grams, nullptr);
    const double chosen = grams->value();
    ASSERT_GT(chosen, 0);
    switchTo(QStringLiteral("sv"));
    EXPECT_DOUBLE_EQ(grams->value(), chosen);
    switchTo(QStringLiteral("en"));
    EXPECT_DOUBLE_EQ(grams->value(), chosen);
    EXPECT_DOUBLE_EQ(servings->value(), 3);
}

TEST_F(LanguageSwitchTest, TheChartsFollowAtOnce)
{
    showWindow().showPage(MainWindow::PageId::Charts);
    expectEveryTextFollows("charts");
}

TEST_F(LanguageSwitchTest, TheSettingsFollowAtOnce)
{
    showWindow().showPage(MainWindow::PageId::Settings);
    expectEveryTextFollows("settings");
}

} // namespace
} // namespace stilla
