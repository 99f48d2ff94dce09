#include "app/gui/pages/ChartsPage.h"

#include "AppFixture.h"
#include "ChartsFixture.h"
#include "app/gui/charts/ChartExport.h"
#include "app/gui/charts/ComparisonChart.h"
#include "app/gui/charts/TrendChart.h"
#include "app/gui/widgets/FileDialog.h"
#include "app/gui/widgets/MessageBox.h"
#include "core/diary/DiaryStore.h"
#include "core/labs/LabResult.h"

#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTest>
#include <QToolTip>

namespace stilla {
namespace {

TEST_F(ChartsPageTest, MissingDaysAreGapsNotZeros)
{
    // Days 0-4 logged, 5-7 missing, 8-9 logged.
    for (int ago : {0, 1, 2, 3, 4, 8, 9})
        logDay(ago, 4, 100);
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::TwoWeeks);
    TrendChart* chart = page.trendChart();
    EXPECT_EQ(pointsIn(chart, QStringLiteral("Severity")), 7);
    EXPECT_EQ(partsOf(chart, QStringLiteral("Severity")), 2); // the gap splits the line
    for (QAbstractSeries* series : seriesOf(chart)) {
        if (auto* xy = qobject_cast<QXYSeries*>(series);
            xy && xy->name() == QStringLiteral("Severity")) {
            for (const QPointF& point : xy->points())
                EXPECT_EQ(point.y(), 4.0);
        }
    }
}

TEST_F(ChartsPageTest, TheTrendIsDrawnOnceWhenThePageIsFirstShown)
{
    // Drawn twice, the first drawing's axes were removed before the event loop ran, and their
    // labels stayed in the picture beside the new ones (in a small window, a little apart).
    logDay(0, 3, 200, 150);
    logDay(1, 4, 0, 150);
    m_window = std::make_unique<MainWindow>(*m_context);
    auto* page = static_cast<ChartsPage*>(m_window->page(MainWindow::PageId::Charts));
    QSignalSpy rebuilt(page->trendChart(), &TrendChart::rebuilt);
    m_window->showPage(MainWindow::PageId::Charts);
    m_window->resize(720, 540);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    EXPECT_EQ(rebuilt.count(), 1);
    // Drawn once, the panels still line up their plot areas to the widest axes: they lay out,
    // then line up, in passes of posted events.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::processEvents();
    const std::vector<QChart*> panels = page->trendChart()->panels();
    const QRectF first = panels[0]->mapRectToParent(panels[0]->plotArea());
    for (QChart* panel : panels) {
        const QRectF area = panel->mapRectToParent(panel->plotArea());
        EXPECT_NEAR(area.left(), first.left(), 1.0) << panel->objectName().toStdString();
        EXPECT_NEAR(area.right(), first.right(), 1.0) << panel->objectName().toStdString();
    }
}

TEST_F(ChartsPageTest, MagnesiumBarsStackFoodAndSupplements)
{
    logDay(0, 3, 200, 150);
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::TwoWeeks);
    QStackedBarSeries* bars = nullptr;
    for (QAbstractSeries* series : seriesOf(page.trendChart()))
        bars = bars ? bars : qobject_cast<QStackedBarSeries*>(series);
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 2);
    const int last = bars->barSets()[0]->count() - 1;
    EXPECT_EQ(bars->barSets()[0]->at(last), 200); // supplements, from zero
    EXPECT_EQ(bars->barSets()[1]->at(last), 150); // food, above them
    EXPECT_TRUE(page.trendChart()->describePoint(last).contains(QStringLiteral("200")));
}

TEST_F(ChartsPageTest, BloodTestsAreMarkedOnTheTimeAxisAndNamedOnHover)
{
    logDay(0, 4, 100);
    logDay(3, 5, 100);
    LabResult inRange;
    inRange.date = m_clock.today().addDays(-3);
    inRange.ferritin = 41;
    inRange.transferrinSaturation = 18;
    LabResult before; // before the range: not on this chart
    before.date = m_clock.today().addDays(-40);
    before.ferritin = 90;
    ASSERT_TRUE(m_diary->labs().save(inRange).ok());
    ASSERT_TRUE(m_diary->labs().save(before).ok());
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::TwoWeeks);
    TrendChart* chart = page.trendChart();
    const auto markers = [chart] {
        for (QAbstractSeries* series : seriesOf(chart)) {
            if (series->objectName() == QStringLiteral("labMarkers"))
                return qobject_cast<QScatterSeries*>(series)->points();
        }
        return QList<QPointF>();
    };
    ASSERT_EQ(markers().size(), 1);
    const int index = int(markers().front().x());
    const QString hover = chart->describePoint(index);
    EXPECT_TRUE(hover.contains(QStringLiteral("ferritin 41\u00A0µg/L"))) << hover.toStdString();
    EXPECT_TRUE(hover.contains(QStringLiteral("transferrin saturation 18\u00A0%")))
        << hover.toStdString();
    EXPECT_FALSE(chart->describePoint(index + 1).contains(QStringLiteral("Blood test")));

    // A new result shows at once, on the open page.
    LabResult today;
    today.date = m_clock.today();
    today.haemoglobin = 131;
    ASSERT_TRUE(m_diary->labs().save(today).ok());
    QCoreApplication::processEvents();
    EXPECT_EQ(markers().size(), 2);
}

TEST_F(ChartsPageTest, SafetyFindingsAreMarked)
{
    logDay(0, 5, 400); // above both upper limits
    logDay(1, 5, 100);
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::TwoWeeks);
    EXPECT_EQ(pointsIn(page.trendChart(), QStringLiteral("Days with a safety warning")), 1);
}

TEST_F(ChartsPageTest, SafetyMarksFollowTheProfileEditedInSettings)
{
    logDay(1, 5, 100); // within every limit, for a person with healthy kidneys
    ChartsPage& page = charts();
    MainWindow& window = *m_window;
    page.setRange(ChartsPage::Range::TwoWeeks);
    const QString marks = QStringLiteral("Days with a safety warning");
    ASSERT_EQ(pointsIn(page.trendChart(), marks), 0);

    // The person ticks kidney disease in Settings, as they would, and comes back.
    window.showPage(MainWindow::PageId::Settings);
    auto* kidneys = window.findChild<QComboBox*>(QStringLiteral("condition_kidney_disease"));
    ASSERT_NE(kidneys, nullptr);
    kidneys->setFocus();
    QTest::keyClick(kidneys, Qt::Key_Down); // not answered → yes
    window.showPage(MainWindow::PageId::Charts);
    EXPECT_EQ(pointsIn(page.trendChart(), marks), 1);

    QTest::keyClick(kidneys, Qt::Key_Down); // yes → no
    EXPECT_EQ(pointsIn(page.trendChart(), marks), 0) << "refreshed while shown, too";
}

TEST_F(ChartsPageTest, ComparedMeansHaveOneDecimalAndTheirDaysUnderTheBars)
{
    for (int ago = 0; ago < 6; ++ago)
        logDay(ago, ago % 2 == 0 ? 5 : 4, ago % 2 == 0 ? 0 : 200, 150);
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::TwoWeeks);
    page.showView(ChartsPage::View::Comparison);
    QStringList labels;
    for (QAbstractAxis* axis : page.comparisonChart()->axes(Qt::Horizontal)) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            labels = categories->categories();
    }
    ASSERT_EQ(labels.size(), 2);
    // 5 and 4 exactly: written 5.0 and 4.0, as any other mean is, never "5" beside "4.2".
    EXPECT_TRUE(labels[0].contains(QStringLiteral("mean 5.0, 3 days"))) << labels[0].toStdString();
    EXPECT_TRUE(labels[1].contains(QStringLiteral("mean 4.0, 3 days"))) << labels[1].toStdString();
    for (QAbstractSeries* series : page.comparisonChart()->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            EXPECT_FALSE(bars->isLabelsVisible()) << "Qt's own labels drop the decimal";
        }
    }
}

TEST_F(ChartsPageTest, TheSplitDateShowsOnlyWhileDaysAreComparedBeforeAndAfterIt)
{
    for (int ago = 0; ago < 8; ++ago)
        logDay(ago, ago < 4 ? 2 : 6, 0);
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::TwoWeeks);
    page.showView(ChartsPage::View::Comparison);
    auto* mode = page.findChild<QComboBox*>(QStringLiteral("comparisonModeComboBox"));
    auto* split = page.findChild<QDateEdit*>(QStringLiteral("splitDateEdit"));
    ASSERT_TRUE(mode && split);
    EXPECT_FALSE(split->isVisible()) << "no date without a meaning beside the supplement days";

    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    ASSERT_TRUE(split->isVisible());
    EXPECT_EQ(split->date(), m_clock.today().addDays(-7)) << "the middle of the two weeks";
    split->setDate(m_clock.today().addDays(-3));
    const QString from = QLocale().toString(split->date(), QLocale::ShortFormat);
    const QString summary = page.comparisonSummary();
    EXPECT_TRUE(summary.contains(QStringLiteral("average RLS severity 6.0 over 4 days")))
        << summary.toStdString();
    EXPECT_TRUE(
        summary.contains(QStringLiteral("From %1: average RLS severity 2.0 over 4 days").arg(from)))
        << summary.toStdString();

    QTest::keyClick(mode, Qt::Key_Up);
    EXPECT_FALSE(split->isVisible());
    EXPECT_TRUE(page.comparisonSummary().startsWith(QStringLiteral("Without supplements")));
}

TEST_F(ChartsPageTest, RelationshipSaysTooLittleDataBelowFourteenPairs)
{
    for (int ago = 0; ago < 5; ++ago)
        logDay(ago, ago, 100 + 50 * ago);
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::Month);
    page.showView(ChartsPage::View::Relationship);
    EXPECT_TRUE(
        page.relationshipSummary().contains(QStringLiteral("too little"), Qt::CaseInsensitive))
        << page.relationshipSummary().toStdString();
}

TEST_F(ChartsPageTest, TheScatterPlotIsDrawnWhenItsTabIsOpenedAndFollowsTheData)
{
    for (int ago = 0; ago < 20; ++ago)
        logDay(ago, ago % 10, 100 + 10 * ago);
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::Month);
    auto* view = m_window->findChild<QChartView*>(QStringLiteral("relationshipChartView"));
    ASSERT_NE(view, nullptr);
    auto dots = [view] {
        int count = 0;
        for (QAbstractSeries* series : view->chart()->series()) {
            if (auto* xy = qobject_cast<QXYSeries*>(series); xy && xy->pointsVisible())
                count += xy->count();
        }
        return count;
    };
    EXPECT_EQ(dots(), 0) << "not drawn while its tab is hidden";
    EXPECT_TRUE(page.relationshipSummary().contains(QStringLiteral("20")))
        << "the numbers are current all the same: " << page.relationshipSummary().toStdString();
    page.showView(ChartsPage::View::Relationship);
    EXPECT_EQ(dots(), 20);
    logDay(25, 4, 300);
    EXPECT_EQ(dots(), 21) << "redrawn when the diary changes while it is shown";
    page.showView(ChartsPage::View::Trend);
    page.setRange(ChartsPage::Range::TwoWeeks);
    page.showView(ChartsPage::View::Relationship);
    EXPECT_EQ(dots(), 14);
}

TEST_F(ChartsPageTest, SleepIsComparedWithTheNightAfterTheMagnesiumAndSaysSo)
{
    // Every day has magnesium, severity and a night. Severity pairs with the same day (20
    // pairs); a day's magnesium pairs with the night that followed it, logged on the next day,
    // so today's magnesium has no night yet (19 pairs).
    for (int ago = 0; ago < 20; ++ago)
        logDay(ago, ago % 10, 100 + 10 * ago);
    ChartsPage& page = charts();
    m_window->resize(1366, 768); // wide enough for the legend to say it too
    page.setRange(ChartsPage::Range::Month);
    page.showView(ChartsPage::View::Relationship);
    EXPECT_TRUE(page.relationshipSummary().contains(QStringLiteral("20 day")))
        << page.relationshipSummary().toStdString();
    auto* outcome = m_window->findChild<QComboBox*>(QStringLiteral("outcomeComboBox"));
    ASSERT_NE(outcome, nullptr);
    outcome->setFocus();
    QTest::keyClick(outcome, Qt::Key_Down); // as a person picks it: "Magnesium and sleep quality"
    ASSERT_EQ(outcome->currentIndex(), 1);
    const QString summary = page.relationshipSummary();
    EXPECT_TRUE(summary.contains(QStringLiteral("19 day"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral(
        "sleep quality of the night that followed it, which is logged on the next day's page")))
        << summary.toStdString();
    auto* view = m_window->findChild<QChartView*>(QStringLiteral("relationshipChartView"));
    ASSERT_NE(view, nullptr);
    QStringList names;
    for (QAbstractSeries* series : view->chart()->series())
        names << series->name();
    EXPECT_TRUE(names.contains(
        QStringLiteral("One day (magnesium, then sleep quality of the night that followed)")))
        << names.join(QLatin1Char('|')).toStdString();
    auto* lag = m_window->findChild<QSpinBox*>(QStringLiteral("lagSpinBox"));
    ASSERT_NE(lag, nullptr);
    EXPECT_TRUE(lag->toolTip().contains(QStringLiteral("logged on the next day's page")));
    lag->setValue(1);
    EXPECT_TRUE(page.relationshipSummary().contains(QStringLiteral("18 day")))
        << page.relationshipSummary().toStdString();
}

TEST_F(ChartsPageTest, TotalSleepCanBeComparedAndLookingAtManyCombinationsIsNamed)
{
    for (int ago = 0; ago < 20; ++ago) {
        DayEntry day;
        day.date = m_clock.today().addDays(-ago);
        day.symptoms.severity = ago % 10;
        day.supplements.push_back({0, SupplementForm::Citrate, 100.0 + 10 * ago, {}, Route::Oral});
        // Asleep at 23:00, awake at 06:00 to 06:50: 7 h to 7 h 50 min.
        day.sleep.timeIntoBed = QTime(22, 45);
        day.sleep.timeTriedToSleep = QTime(23, 0);
        day.sleep.latencyMinutes = 0;
        day.sleep.awakenings = 0;
        day.sleep.finalAwakening = QTime(6, 0).addSecs(600 * (ago % 6));
        day.sleep.timeOutOfBed = QTime(7, 0);
        ASSERT_TRUE(m_diary->save(day).ok());
    }
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::Month);
    page.showView(ChartsPage::View::Relationship);
    auto* outcome = m_window->findChild<QComboBox*>(QStringLiteral("outcomeComboBox"));
    ASSERT_NE(outcome, nullptr);
    outcome->setFocus();
    QTest::keyClick(outcome, Qt::Key_Down);
    QTest::keyClick(outcome, Qt::Key_Down);
    ASSERT_EQ(outcome->currentText(), QStringLiteral("Magnesium and total sleep"));
    const QString summary = page.relationshipSummary();
    EXPECT_TRUE(summary.contains(QStringLiteral("total sleep of the night that followed it")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("19 day"))) << summary.toStdString();
    // Severity, sleep quality and total sleep have been looked at: three chances of a pattern.
    EXPECT_TRUE(summary.contains(QStringLiteral("You have looked at 3 combinations")))
        << summary.toStdString();
    auto* view = m_window->findChild<QChartView*>(QStringLiteral("relationshipChartView"));
    ASSERT_NE(view, nullptr);
    QStringList titles;
    for (QAbstractAxis* axis : view->chart()->axes(Qt::Vertical))
        titles << axis->titleText();
    EXPECT_EQ(titles, QStringList {QStringLiteral("Total sleep (hours)")});
    double highest = 0;
    for (QAbstractSeries* series : view->chart()->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series); line && line->pointsVisible()) {
            for (const QPointF& point : line->points())
                highest = std::max(highest, point.y());
        }
    }
    EXPECT_NEAR(highest, 7 + 50.0 / 60, 1e-9) << "drawn in hours";
}

TEST_F(ChartsPageTest, LongRangesShowWeeklyThenFourWeeklyMeans)
{
    std::vector<DayEntry> days;
    for (int ago = 0; ago < 800; ++ago) {
        DayEntry day;
        day.date = m_clock.today().addDays(-ago);
        day.symptoms.severity = ago % 11;
        days.push_back(day);
    }
    ASSERT_TRUE(m_diary->saveMany(days, ConflictPolicy::Fail).ok());
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::Month);
    EXPECT_EQ(pointsIn(page.trendChart(), QStringLiteral("Severity")),
        page.rangeStart().daysTo(page.rangeEnd()) + 1)
        << "daily";
    const auto bandsIn = [](TrendChart* chart) {
        QStringList bands;
        for (QAbstractSeries* series : seriesOf(chart)) {
            if (series->objectName().endsWith(u"Band"))
                bands << series->objectName();
        }
        return bands;
    };
    EXPECT_TRUE(bandsIn(page.trendChart()).isEmpty()) << "no bands for days";
    auto* note = page.findChild<QLabel*>(QStringLiteral("trendNoteLabel"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("Hover over a day")));

    page.setRange(ChartsPage::Range::Year);
    EXPECT_EQ(pointsIn(page.trendChart(), QStringLiteral("Severity")), 53) << "365 days in weeks";
    const QString week = page.trendChart()->describePoint(1);
    EXPECT_TRUE(week.startsWith(QStringLiteral("Week "))) << week.toStdString();
    EXPECT_TRUE(week.contains(QStringLiteral("on 7 of 7 days; middle half"))) << week.toStdString();
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("Weekly means:")));
    const QStringList bands = bandsIn(page.trendChart());
    EXPECT_TRUE(bands.contains(QStringLiteral("severityBand"))) << bands.join(u' ').toStdString();

    page.setRange(ChartsPage::Range::All);
    EXPECT_EQ(pointsIn(page.trendChart(), QStringLiteral("Severity")), 29) << "800 days in 4 weeks";
    EXPECT_TRUE(page.trendChart()->describePoint(0).contains(QStringLiteral(" to ")))
        << page.trendChart()->describePoint(0).toStdString();
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("Four-week means:")));
    const auto axes = page.trendChart()->panels().back()->axes(Qt::Horizontal);
    const bool titled = std::any_of(axes.begin(), axes.end(), [](QAbstractAxis* axis) {
        return axis->isVisible() && axis->titleText() == QStringLiteral("Four-week means");
    });
    EXPECT_TRUE(titled) << "the date axis says what a point is";
}

TEST_F(ChartsPageTest, RangePresetsSetTheDates)
{
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::TwoWeeks);
    EXPECT_EQ(page.rangeStart().daysTo(page.rangeEnd()), 13);
    EXPECT_EQ(page.rangeEnd(), m_clock.today());
    page.setRange(ChartsPage::Range::Year);
    EXPECT_EQ(page.rangeStart(), m_clock.today().addYears(-1).addDays(1));
    page.setCustomRange(QDate(2026, 3, 10), QDate(2026, 3, 1));
    EXPECT_EQ(page.rangeStart(), QDate(2026, 3, 1));
    EXPECT_EQ(page.rangeEnd(), QDate(2026, 3, 10));
}

TEST_F(ChartsPageTest, ChartsRefreshWhenTheDiaryChanges)
{
    ChartsPage& page = charts();
    page.setRange(ChartsPage::Range::TwoWeeks);
    EXPECT_EQ(pointsIn(page.trendChart(), QStringLiteral("Severity")), 0);
    logDay(2, 7, 0);
    EXPECT_EQ(pointsIn(page.trendChart(), QStringLiteral("Severity")), 1);
}

TEST_F(ChartsPageTest, ExportsPngAndPdfFromItsButtons)
{
    logDay(0, 3, 150);
    ChartsPage& page = charts();
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    auto* pngButton = page.findChild<QPushButton*>(QStringLiteral("chartPngButton"));
    auto* pdfButton = page.findChild<QPushButton*>(QStringLiteral("chartPdfButton"));
    ASSERT_TRUE(pngButton && pdfButton);
    // Cancelled: nothing is written.
    FileDialog::setNextPath(QString());
    pngButton->click();
    EXPECT_FALSE(QFile::exists(png));
    FileDialog::setNextPath(png);
    pngButton->click();
    FileDialog::setNextPath(pdf);
    pdfButton->click();
    EXPECT_EQ(FileDialog::takeCaptions(),
        QStringList({QStringLiteral("Save the Chart"), QStringLiteral("Save the Chart"),
            QStringLiteral("Save the Chart")}));
    QFile pngFile(png);
    ASSERT_TRUE(pngFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pngFile.read(8).startsWith("\x89PNG"));
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5) == "%PDF-");
    EXPECT_TRUE(MessageBox::takeMessages().isEmpty()) << "no error shown";
}

} // namespace
} // namespace stilla
